#include "store/database.h"
#include "store/schema.h"

namespace msp::store {

// Version 11 lets staff undo a reconciliation decision. The row stays (who
// decided what and when is history, and the audit log points at it); the
// undo is recorded beside it, and a decision with `undone_at` set no longer
// settles a pair, excludes a pair or teaches the model.
Result<void> applySchemaV11(Database &db)
{
    return db.exec(R"sql(
ALTER TABLE reconcile_decision ADD COLUMN undone_at INTEGER;
ALTER TABLE reconcile_decision ADD COLUMN undone_by TEXT;
CREATE INDEX reconcile_decision_by_right ON reconcile_decision(right_id);
)sql");
}

} // namespace msp::store
