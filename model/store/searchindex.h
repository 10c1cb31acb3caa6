#pragma once

#include "domain/result.h"

namespace msp::store {

class Database;

// Writes one client's searchable text into the FTS4 index (replacing what was
// there). Phone numbers are indexed as their digits and their national and
// local suffixes, so "555123" and "5551234567" both find "+1 555 123 4567".
Result<void> indexClient(Database &db, qint64 clientRowId, const QString &names, const QString &phoneE164,
                         const QString &email);
Result<void> unindexClient(Database &db, qint64 clientRowId);

// Builds an FTS4 MATCH expression from what a person typed: every word must
// match as a prefix. Returns empty when nothing searchable was typed.
QString searchExpression(QStringView typed);

} // namespace msp::store
