#pragma once

#include "domain/client.h"
#include "domain/result.h"

#include <QJsonObject>
#include <QList>

namespace msp::store {
class Database;
}

namespace msp::dedupe {

// Rows that refer to a client, by table: what a merge moves.
struct ReferenceCounts {
    int appointments = 0;
    int invoices = 0;
    int deposits = 0;
    int waitlistEntries = 0;
    int series = 0;
    int total() const { return appointments + invoices + deposits + waitlistEntries + series; }
};

// One line of the merge history (client_merge).
struct MergeEntry {
    EntityId id;
    EntityId keptId;
    EntityId mergedId;
    QString keptName; // as the kept record is now
    QString mergedName; // as the merged record was
    QDateTime at;
    EntityId userId;
    QDateTime undoneAt;
    ReferenceCounts moved;
    bool isUndone() const { return undoneAt.isValid(); }
};

// The tables with a client_id column, in the order a merge moves them. Add a
// table here when a schema gives another table a client reference.
const QStringList &referenceTables();
ReferenceCounts countsOf(const QJsonObject &movedIds);

// A client row as it is now, with where it was merged (null when it stands).
struct ClientState {
    Client client;
    EntityId mergedInto;
};
Result<ClientState> loadClientState(store::Database &db, const EntityId &id);
// Writes the client's fields (not its id or creation time), refreshes its
// search entry and stamps updated_at.
Result<void> writeClientFields(store::Database &db, const Client &client);
Result<ReferenceCounts> countReferences(store::Database &db, const EntityId &clientId);
Result<QList<MergeEntry>> mergeHistory(store::Database &db, int limit);

} // namespace msp::dedupe
