#include "store/database.h"
#include "store/schema.h"

namespace msp::store {

// Version 10 makes booking and free-slot search touch fewer pages (every page
// is decrypted on read and encrypted, HMAC'd and fsync'd on commit):
// - appointment_busy covers the free-slot query (block range, status and the
//   ids it returns), so loading a day's busy blocks reads index pages only
//   instead of one table page per appointment, wherever its row lies.
// - The per-practitioner, per-room and per-device block indexes were never
//   used by a query (the snapshot loads a time window for everyone); each
//   cost index pages in every booking's commit.
// - The insert trigger skips its second write when the writer already
//   stored the right buffered block (the repositories do); other writers
//   (sync, imports) still get it filled in.
Result<void> applySchemaV10(Database &db)
{
    return db.exec(R"sql(
DROP INDEX appointment_block;
DROP INDEX appointment_block_by_practitioner;
DROP INDEX appointment_block_by_room;
DROP INDEX appointment_block_by_device;
CREATE INDEX appointment_busy ON appointment(block_start_utc, block_end_utc, status, id, service_id,
  practitioner_id, room_id, device_id);
DROP TRIGGER appointment_block_on_insert;
CREATE TRIGGER appointment_block_on_insert AFTER INSERT ON appointment
WHEN NEW.block_start_utc IS NOT NEW.start_utc
       - 60000 * (SELECT buffer_before_min FROM service WHERE service.id = NEW.service_id)
  OR NEW.block_end_utc IS NOT NEW.end_utc
       + 60000 * (SELECT buffer_after_min FROM service WHERE service.id = NEW.service_id)
BEGIN
  UPDATE appointment SET
    block_start_utc = NEW.start_utc
      - 60000 * (SELECT buffer_before_min FROM service WHERE service.id = NEW.service_id),
    block_end_utc = NEW.end_utc
      + 60000 * (SELECT buffer_after_min FROM service WHERE service.id = NEW.service_id)
  WHERE id = NEW.id;
END;
)sql");
}

} // namespace msp::store
