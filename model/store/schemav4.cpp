#include "store/database.h"
#include "store/schema.h"

namespace msp::store {

// Version 4 is what the sync engine needs:
// - outbox.push_id: the per-device mutation id the server sees. It is given
//   once, in order, to mutations the server understands, and never changes,
//   so a resent batch carries the same ids (idempotent) and the server sees no
//   gaps. Mutations the server does not carry (clinic set-up) get -1.
// - attention_item: the "Needs attention" inbox: bookings the server refused
//   (with the conflicting booking and suggested free slots) and client field
//   conflicts; each is resolved by a person and the resolution is synced.
// - sync_parked_row: pulled rows waiting for a row they refer to.
Result<void> applySchemaV4(Database &db)
{
    return db.exec(R"sql(
ALTER TABLE outbox ADD COLUMN push_id INTEGER;
CREATE UNIQUE INDEX outbox_by_push_id ON outbox(push_id) WHERE push_id > 0;
CREATE INDEX outbox_by_entity ON outbox(entity_id);
CREATE TABLE attention_item (
  id TEXT PRIMARY KEY,
  kind TEXT NOT NULL,             -- 'booking_rejected' | 'client_field'
  entity_id TEXT NOT NULL,        -- the appointment or client
  field TEXT NOT NULL DEFAULT '',
  server_value TEXT NOT NULL DEFAULT '',
  device_value TEXT NOT NULL DEFAULT '',
  base_value TEXT NOT NULL DEFAULT '',
  message TEXT NOT NULL DEFAULT '',
  details TEXT NOT NULL DEFAULT '{}', -- JSON: conflicting booking, next free slots
  created_at INTEGER NOT NULL,
  resolved_at INTEGER,
  resolution TEXT NOT NULL DEFAULT ''
);
CREATE INDEX attention_open ON attention_item(resolved_at, created_at);
-- INSERT OR REPLACE deletes without firing DELETE triggers; refuse it too.
CREATE TRIGGER audit_event_no_replace BEFORE INSERT ON audit_event
WHEN EXISTS (SELECT 1 FROM audit_event WHERE seq = NEW.seq OR id = NEW.id)
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
-- Pulled rows that refer to something not here yet (a client whose newer
-- version comes later in the feed); applied as soon as it arrives.
CREATE TABLE sync_parked_row (
  type TEXT NOT NULL,
  id TEXT NOT NULL,
  data TEXT NOT NULL,
  PRIMARY KEY (type, id)
);
)sql");
}

} // namespace msp::store
