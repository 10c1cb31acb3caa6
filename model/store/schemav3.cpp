#include "store/database.h"
#include "store/schema.h"

namespace msp::store {

// Version 3 is what model/scheduling needs:
// - block_start_utc/block_end_utc: the time an appointment holds its
//   practitioner, room and device, i.e. start/end widened by the service's
//   buffers. Triggers keep them in step with every writer (repositories, the
//   sync engine, imports), so conflict checks are a plain indexed range test.
//   The buffers are copied at booking time: changing a service later does not
//   move existing appointments' blocks.
// - ics_sequence: the RFC 5545 SEQUENCE, bumped by the same trigger whenever
//   the time, the people or the status change.
// - fee_flag/fee_minor: a no-show (or late cancel) fee for checkout to collect.
// - series: recurring series; every occurrence is a real appointment row
//   (series_id, recurrence_id_utc = its original start) so rules, the calendar
//   and sync treat it like any other booking.
// - waitlist_entry: clients waiting for a service in given time windows.
Result<void> applySchemaV3(Database &db)
{
    return db.exec(R"sql(
CREATE TABLE appointment_series (
  id TEXT PRIMARY KEY,
  rrule TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  first_start_utc INTEGER NOT NULL,
  duration_min INTEGER NOT NULL CHECK (duration_min > 0),
  exdates TEXT NOT NULL DEFAULT '',
  client_id TEXT NOT NULL REFERENCES client(id),
  practitioner_id TEXT NOT NULL REFERENCES practitioner(id),
  service_id TEXT NOT NULL REFERENCES service(id),
  room_id TEXT REFERENCES room(id),
  device_id TEXT REFERENCES device(id),
  ics_sequence INTEGER NOT NULL DEFAULT 0,
  updated_at INTEGER NOT NULL
);
ALTER TABLE appointment ADD COLUMN block_start_utc INTEGER;
ALTER TABLE appointment ADD COLUMN block_end_utc INTEGER;
ALTER TABLE appointment ADD COLUMN ics_sequence INTEGER NOT NULL DEFAULT 0;
ALTER TABLE appointment ADD COLUMN fee_flag TEXT NOT NULL DEFAULT '';
ALTER TABLE appointment ADD COLUMN fee_minor INTEGER NOT NULL DEFAULT 0;
ALTER TABLE appointment ADD COLUMN series_id TEXT REFERENCES appointment_series(id);
ALTER TABLE appointment ADD COLUMN recurrence_id_utc INTEGER;
UPDATE appointment SET
  block_start_utc = start_utc
    - 60000 * (SELECT buffer_before_min FROM service WHERE service.id = appointment.service_id),
  block_end_utc = end_utc
    + 60000 * (SELECT buffer_after_min FROM service WHERE service.id = appointment.service_id);
CREATE INDEX appointment_block ON appointment(block_start_utc);
CREATE INDEX appointment_block_by_practitioner ON appointment(practitioner_id, block_start_utc);
CREATE INDEX appointment_block_by_room ON appointment(room_id, block_start_utc);
CREATE INDEX appointment_block_by_device ON appointment(device_id, block_start_utc);
CREATE INDEX appointment_by_series ON appointment(series_id);
CREATE TRIGGER appointment_block_on_insert AFTER INSERT ON appointment
BEGIN
  UPDATE appointment SET
    block_start_utc = NEW.start_utc
      - 60000 * (SELECT buffer_before_min FROM service WHERE service.id = NEW.service_id),
    block_end_utc = NEW.end_utc
      + 60000 * (SELECT buffer_after_min FROM service WHERE service.id = NEW.service_id)
  WHERE id = NEW.id;
END;
CREATE TRIGGER appointment_block_on_update
AFTER UPDATE OF start_utc, end_utc, service_id, practitioner_id, room_id, device_id, status ON appointment
BEGIN
  UPDATE appointment SET
    block_start_utc = NEW.start_utc
      - 60000 * (SELECT buffer_before_min FROM service WHERE service.id = NEW.service_id),
    block_end_utc = NEW.end_utc
      + 60000 * (SELECT buffer_after_min FROM service WHERE service.id = NEW.service_id),
    ics_sequence = OLD.ics_sequence + 1
  WHERE id = NEW.id;
END;
CREATE TABLE waitlist_entry (
  id TEXT PRIMARY KEY,
  client_id TEXT NOT NULL REFERENCES client(id),
  service_id TEXT NOT NULL REFERENCES service(id),
  practitioner_ids TEXT NOT NULL DEFAULT '',
  windows TEXT NOT NULL DEFAULT '[]',
  note TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  status TEXT NOT NULL DEFAULT 'waiting'
);
CREATE INDEX waitlist_by_service ON waitlist_entry(service_id, status);
)sql");
}

} // namespace msp::store
