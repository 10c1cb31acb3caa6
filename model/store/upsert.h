#pragma once

#include "domain/result.h"

#include <functional>

namespace msp::store {

class Database;
class Query;

// Saves a row by UPDATE, then INSERT when nothing was updated. This runs on
// SQLite 3.15 (no UPSERT) and, unlike INSERT OR REPLACE, never deletes the
// row (which would cascade to its children). `bind` fills the same
// parameters for both statements.
Result<void> upsert(Database &db, const char *updateSql, const char *insertSql,
                    const std::function<void(Query &)> &bind);

} // namespace msp::store
