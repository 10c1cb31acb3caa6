#pragma once

#include "domain/result.h"

namespace msp::store {

class Database;

// One function per schema version; each is called inside the migration's
// transaction.
Result<void> applySchemaV1(Database &db);
Result<void> applySchemaV2(Database &db);
Result<void> applySchemaV3(Database &db);
Result<void> applySchemaV4(Database &db);
Result<void> applySchemaV5(Database &db);
Result<void> applySchemaV6(Database &db);
Result<void> applySchemaV8(Database &db);
Result<void> applySchemaV9(Database &db);
Result<void> applySchemaV10(Database &db);
Result<void> applySchemaV11(Database &db);
Result<void> applySchemaV7(Database &db);
Result<void> applySchemaV12(Database &db);
Result<void> applySchemaV13(Database &db);
Result<void> applySchemaV14(Database &db);

} // namespace msp::store
