#pragma once

#include "domain/result.h"

namespace msp::store {

class Database;

// Numbered schema migrations. Each runs in one transaction together with the
// new `PRAGMA user_version`, so a crash leaves the store at the old or the
// new version, never between.
int latestSchemaVersion();
// Brings the store to `target` (default: latest). A store newer than this
// program knows is refused and left untouched.
Result<void> migrate(Database &db, int target = -1);

} // namespace msp::store
