#include "store/database.h"
#include "store/schema.h"

namespace msp::store {

// Times are INTEGER milliseconds since the Unix epoch, UTC. Ids are UUIDv7
// text. Money is INTEGER minor units beside a currency code.
Result<void> applySchemaV1(Database &db)
{
    return db.exec(R"sql(
CREATE TABLE clinic (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  time_zone TEXT NOT NULL,
  currency TEXT NOT NULL
);
CREATE TABLE location (
  id TEXT PRIMARY KEY,
  clinic_id TEXT NOT NULL REFERENCES clinic(id),
  name TEXT NOT NULL,
  address TEXT NOT NULL DEFAULT ''
);
CREATE TABLE room (
  id TEXT PRIMARY KEY,
  location_id TEXT NOT NULL REFERENCES location(id),
  name TEXT NOT NULL,
  room_type TEXT NOT NULL DEFAULT ''
);
CREATE TABLE device (
  id TEXT PRIMARY KEY,
  location_id TEXT NOT NULL REFERENCES location(id),
  name TEXT NOT NULL,
  kind TEXT NOT NULL
);
CREATE TABLE service (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL,
  duration_min INTEGER NOT NULL CHECK (duration_min > 0),
  buffer_before_min INTEGER NOT NULL DEFAULT 0 CHECK (buffer_before_min >= 0),
  buffer_after_min INTEGER NOT NULL DEFAULT 0 CHECK (buffer_after_min >= 0),
  price_minor INTEGER NOT NULL,
  currency TEXT NOT NULL,
  room_type TEXT NOT NULL DEFAULT '',
  device_kind TEXT NOT NULL DEFAULT '',
  color TEXT NOT NULL DEFAULT ''
);
CREATE TABLE practitioner (
  id TEXT PRIMARY KEY,
  display_name TEXT NOT NULL,
  title TEXT NOT NULL DEFAULT '',
  color TEXT NOT NULL DEFAULT '',
  working_hours TEXT NOT NULL DEFAULT '{}',
  active INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE practitioner_service (
  practitioner_id TEXT NOT NULL REFERENCES practitioner(id) ON DELETE CASCADE,
  service_id TEXT NOT NULL REFERENCES service(id) ON DELETE CASCADE,
  PRIMARY KEY (practitioner_id, service_id)
);
CREATE TABLE client (
  id TEXT PRIMARY KEY,
  given_name TEXT NOT NULL,
  family_name TEXT NOT NULL,
  preferred_name TEXT NOT NULL DEFAULT '',
  date_of_birth TEXT NOT NULL DEFAULT '',
  phone TEXT NOT NULL DEFAULT '',
  email TEXT NOT NULL DEFAULT '',
  address TEXT NOT NULL DEFAULT '',
  allergies TEXT NOT NULL DEFAULT '',
  alerts TEXT NOT NULL DEFAULT '',
  notes TEXT NOT NULL DEFAULT '',
  marketing_consent INTEGER NOT NULL DEFAULT 0,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX client_by_family ON client(family_name, given_name);
CREATE TABLE appointment (
  id TEXT PRIMARY KEY,
  client_id TEXT NOT NULL REFERENCES client(id),
  practitioner_id TEXT NOT NULL REFERENCES practitioner(id),
  service_id TEXT NOT NULL REFERENCES service(id),
  room_id TEXT REFERENCES room(id),
  device_id TEXT REFERENCES device(id),
  start_utc INTEGER NOT NULL,
  end_utc INTEGER NOT NULL CHECK (end_utc > start_utc),
  status TEXT NOT NULL,
  notes TEXT NOT NULL DEFAULT '',
  sync_state TEXT NOT NULL DEFAULT 'local',
  updated_at INTEGER NOT NULL
);
CREATE INDEX appointment_by_start ON appointment(start_utc);
CREATE INDEX appointment_by_practitioner ON appointment(practitioner_id, start_utc);
CREATE INDEX appointment_by_client ON appointment(client_id);
CREATE TABLE appointment_history (
  seq INTEGER PRIMARY KEY AUTOINCREMENT,
  appointment_id TEXT NOT NULL REFERENCES appointment(id),
  at_utc INTEGER NOT NULL,
  user_id TEXT,
  from_status TEXT,
  to_status TEXT NOT NULL,
  reason TEXT NOT NULL DEFAULT ''
);
CREATE TABLE invoice (
  id TEXT PRIMARY KEY,
  client_id TEXT NOT NULL REFERENCES client(id),
  appointment_id TEXT REFERENCES appointment(id),
  status TEXT NOT NULL,
  currency TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE INDEX invoice_by_client ON invoice(client_id);
CREATE TABLE invoice_line (
  id TEXT PRIMARY KEY,
  invoice_id TEXT NOT NULL REFERENCES invoice(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL,
  description TEXT NOT NULL,
  quantity INTEGER NOT NULL CHECK (quantity > 0),
  unit_price_minor INTEGER NOT NULL,
  tax_basis_points INTEGER NOT NULL DEFAULT 0,
  service_id TEXT,
  practitioner_id TEXT
);
CREATE TABLE tender_line (
  id TEXT PRIMARY KEY,
  invoice_id TEXT NOT NULL REFERENCES invoice(id) ON DELETE CASCADE,
  position INTEGER NOT NULL,
  kind TEXT NOT NULL,
  amount_minor INTEGER NOT NULL,
  authorisation_code TEXT NOT NULL DEFAULT '',
  reward_value_minor INTEGER NOT NULL DEFAULT 0,
  reference TEXT NOT NULL DEFAULT ''
);
CREATE INDEX tender_by_kind ON tender_line(kind);
CREATE TABLE app_user (
  id TEXT PRIMARY KEY,
  username TEXT NOT NULL UNIQUE COLLATE NOCASE,
  display_name TEXT NOT NULL,
  role TEXT NOT NULL,
  password_hash TEXT NOT NULL,
  practitioner_id TEXT REFERENCES practitioner(id),
  active INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE audit_event (
  seq INTEGER PRIMARY KEY,
  id TEXT NOT NULL UNIQUE,
  at_utc INTEGER NOT NULL,
  user_id TEXT,
  device_id TEXT NOT NULL DEFAULT '',
  action TEXT NOT NULL,
  entity_type TEXT NOT NULL,
  entity_id TEXT,
  detail TEXT NOT NULL DEFAULT '',
  prev_hash TEXT NOT NULL,
  hash TEXT NOT NULL
);
-- The audit log is append-only: the store itself refuses edits and deletes.
CREATE TRIGGER audit_event_no_update BEFORE UPDATE ON audit_event
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
CREATE TRIGGER audit_event_no_delete BEFORE DELETE ON audit_event
BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
-- Local changes waiting to be pushed to the sync server, in order.
CREATE TABLE outbox (
  mutation_id INTEGER PRIMARY KEY AUTOINCREMENT,
  name TEXT NOT NULL,
  entity_id TEXT NOT NULL,
  payload TEXT NOT NULL,
  created_at INTEGER NOT NULL
);
CREATE TABLE setting (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
);
)sql");
}

} // namespace msp::store
