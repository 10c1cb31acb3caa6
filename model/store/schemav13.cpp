#include "store/database.h"
#include "store/schema.h"

namespace msp::store {

// Version 13: checkout records travel between devices (sync of record rows,
// recordrows.cpp). A payment or refund another device made is marked, so
// this device never tries to settle it with Stripe itself after a restart:
// only the device that started a card payment may decide what became of it.
// Changes of those kinds made before were never sent (they were numbered -1,
// "not for the server"): they are numbered again, and so sent.
Result<void> applySchemaV13(Database &db)
{
    return db.exec(R"sql(
ALTER TABLE payment ADD COLUMN replicated INTEGER NOT NULL DEFAULT 0;
ALTER TABLE refund ADD COLUMN replicated INTEGER NOT NULL DEFAULT 0;
UPDATE outbox SET push_id = NULL WHERE push_id = -1;
)sql");
}

} // namespace msp::store
