#pragma once

#include "protocol/mutationargs.h"

#include <QStringList>

namespace msp::protocol {

// merge_clients and unmerge_clients. `id` is the kept client; `changes` are
// its fields as the merge (or its undo) set them, with the value the device
// saw before, so the server merges them field by field as for
// update_client_fields. A merge also moves every appointment of the merged
// client on the server; an undo moves back the appointments listed here (the
// ones the device moved).
struct MergeClientsArgs {
    QString id;
    QString mergedId;
    QMap<QString, FieldChange> changes;
    QStringList appointmentIds;
};

QJsonObject toJson(const MergeClientsArgs &a);
Result<MergeClientsArgs> mergeClientsFromJson(const QJsonObject &o);

// The key a merged client's fields carry on the server and in the pull feed:
// the id of the client it was merged into.
inline constexpr char16_t kMergedIntoField[] = u"mergedInto";

} // namespace msp::protocol
