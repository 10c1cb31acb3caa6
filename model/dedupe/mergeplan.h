#pragma once

#include "domain/client.h"

#include <QHash>

namespace msp::dedupe {

// Where a field of the merged record comes from.
enum class FieldSource { Kept, Merged, Both };

using FieldChoices = QHash<QString, FieldSource>;

// Free-text fields whose two values can both be kept (one per line), so an
// allergy on either record is never lost by a merge.
bool canCombine(QStringView field);
// The field's name for people ("Date of birth"), translated.
QString fieldLabel(const QString &field);
// A field's value for display (the phone formatted, consent as Yes/No).
QString displayValue(const Client &c, const QString &field);

// The kept client with each field taken as chosen; a field not in `choices`
// keeps the kept client's value. The id and creation time are the kept one's.
Client combineClients(const Client &kept, const Client &merged, const FieldChoices &choices);
// What the merge screen starts with: the kept value, unless it is empty and
// the other is not; both values of a combinable field when they differ.
FieldChoices suggestedChoices(const Client &kept, const Client &merged);

} // namespace msp::dedupe
