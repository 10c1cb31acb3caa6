#include "store/database.h"
#include "store/schema.h"

namespace msp::store {

// Version 7 is what reconciliation keeps:
// - reconcile_import: one row per imported file, with its SHA-256 so the same
//   file imported twice is recognised and adds nothing.
// - reconcile_row: the money movements read from imported files. A row is
//   known by its side, its fingerprint (hash of the normalised date, amount,
//   payer, product and reference) and which occurrence of that fingerprint it
//   is in its file, so an overlapping export adds only its new rows while two
//   identical redemptions in one file both stay.
// - reconcile_preset: saved column mappings (header name per field).
// - reconcile_decision: what staff decided on a proposed pair; the comparison
//   pattern is kept so a decision refines the model even after its rows have
//   left the period on screen.
// - reconcile_model: the learnt Fellegi-Sunter model per matching group.
Result<void> applySchemaV7(Database &db)
{
    return db.exec(R"sql(
CREATE TABLE reconcile_import (
  id TEXT PRIMARY KEY,
  file_sha256 TEXT NOT NULL,
  file_name TEXT NOT NULL,
  source TEXT NOT NULL,
  preset_id TEXT,
  row_count INTEGER NOT NULL,
  added_count INTEGER NOT NULL,
  duplicate_count INTEGER NOT NULL,
  issue_count INTEGER NOT NULL,
  imported_by TEXT,
  imported_at INTEGER NOT NULL
);
CREATE INDEX reconcile_import_by_sha ON reconcile_import(file_sha256);
CREATE TABLE reconcile_row (
  id TEXT PRIMARY KEY,
  import_id TEXT NOT NULL REFERENCES reconcile_import(id),
  side TEXT NOT NULL CHECK (side IN ('left', 'right')),
  source TEXT NOT NULL,
  line INTEGER NOT NULL,
  external_id TEXT NOT NULL DEFAULT '',
  day INTEGER NOT NULL,
  amount_minor INTEGER NOT NULL,
  name TEXT NOT NULL DEFAULT '',
  product TEXT NOT NULL DEFAULT '',
  reference TEXT NOT NULL DEFAULT '',
  fingerprint INTEGER NOT NULL,
  occurrence INTEGER NOT NULL,
  UNIQUE (side, fingerprint, occurrence)
);
CREATE INDEX reconcile_row_by_day ON reconcile_row(day);
CREATE TABLE reconcile_preset (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  source TEXT NOT NULL,
  mapping TEXT NOT NULL,
  date_order TEXT NOT NULL DEFAULT '',
  updated_at INTEGER NOT NULL
);
CREATE TABLE reconcile_decision (
  id TEXT PRIMARY KEY,
  left_id TEXT NOT NULL,
  right_id TEXT NOT NULL,
  grp TEXT NOT NULL,
  decision TEXT NOT NULL CHECK (decision IN ('accept', 'reject')),
  pattern INTEGER NOT NULL,
  user_id TEXT,
  decided_at INTEGER NOT NULL
);
CREATE INDEX reconcile_decision_by_pair ON reconcile_decision(left_id, right_id);
CREATE TABLE reconcile_model (
  grp TEXT PRIMARY KEY,
  model TEXT NOT NULL,
  updated_at INTEGER NOT NULL
);
)sql");
}

} // namespace msp::store
