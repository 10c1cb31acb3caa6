#include "store/database.h"
#include "store/schema.h"

namespace msp::store {

// Version 8 is what merging duplicate clients needs:
// - client.merged_into: set on a client merged into another. The row stays
//   (it is never hard-deleted, so the merge can be undone and old audit events
//   still name a real record); it leaves the search index and the counts.
// - client_merge: the merge journal. It holds what an exact undo needs: both
//   clients' fields before, the kept client's fields after (an undo over later
//   edits is refused rather than losing them), and the id of every row whose
//   client reference moved, per table.
Result<void> applySchemaV8(Database &db)
{
    return db.exec(R"sql(
-- No REFERENCES: a pulled page may bring the merged client before the kept one.
ALTER TABLE client ADD COLUMN merged_into TEXT;
CREATE INDEX client_by_merged_into ON client(merged_into) WHERE merged_into IS NOT NULL;
CREATE TABLE client_merge (
  id TEXT PRIMARY KEY,
  kept_id TEXT NOT NULL REFERENCES client(id),
  merged_id TEXT NOT NULL REFERENCES client(id),
  kept_before TEXT NOT NULL,   -- JSON: field -> value
  kept_after TEXT NOT NULL,
  merged_fields TEXT NOT NULL,
  moved TEXT NOT NULL,         -- JSON: table -> [row ids]
  user_id TEXT,
  created_at INTEGER NOT NULL,
  undone_at INTEGER,
  undone_by TEXT
);
CREATE INDEX client_merge_by_time ON client_merge(created_at);
CREATE INDEX client_merge_by_kept ON client_merge(kept_id);
-- The per-client audit view (AuditLog::forClient) reads by record.
CREATE INDEX audit_event_by_entity ON audit_event(entity_id);
CREATE INDEX deposit_by_client ON deposit(client_id);
CREATE INDEX waitlist_by_client ON waitlist_entry(client_id);
CREATE INDEX series_by_client ON appointment_series(client_id);
)sql");
}

} // namespace msp::store
