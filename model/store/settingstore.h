#pragma once

#include "domain/result.h"

namespace msp::store {

class Database;

// Small key/value settings kept inside the encrypted store (sync cursor,
// clinic options). Call inside the caller's transaction when the value must
// change together with other rows.
Result<QString> readSetting(Database &db, const QString &key, const QString &fallback = {});
Result<void> writeSetting(Database &db, const QString &key, const QString &value);

} // namespace msp::store
