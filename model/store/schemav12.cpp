#include "store/database.h"
#include "store/schema.h"

namespace msp::store {

// Version 12 lets a refund return a deposit taken at booking (the client
// cancelled in time) as well as money paid on an invoice. A deposit refund has
// no invoice and no tender line, only the deposit; everything else (the
// pending card refund whose id keys Stripe's Idempotency-Key, the reason, the
// recovery after a lost answer) is the same, so it is the same table. SQLite
// cannot relax a NOT NULL column, hence the copy. (11 and 12 are other
// branches' numbers.)
Result<void> applySchemaV12(Database &db)
{
    return db.exec(R"sql(
CREATE TABLE refund_v12 (
  id TEXT PRIMARY KEY,
  invoice_id TEXT REFERENCES invoice(id),
  tender_line_id TEXT REFERENCES tender_line(id),
  deposit_id TEXT REFERENCES deposit(id),
  kind TEXT NOT NULL,
  amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
  reason TEXT NOT NULL,
  status TEXT NOT NULL,
  provider_ref TEXT NOT NULL DEFAULT '',
  failure TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL,
  CHECK ((invoice_id IS NOT NULL AND tender_line_id IS NOT NULL AND deposit_id IS NULL)
      OR (invoice_id IS NULL AND tender_line_id IS NULL AND deposit_id IS NOT NULL))
);
INSERT INTO refund_v12 (id, invoice_id, tender_line_id, kind, amount_minor, reason, status, provider_ref, failure,
                        created_at, updated_at)
  SELECT id, invoice_id, tender_line_id, kind, amount_minor, reason, status, provider_ref, failure, created_at,
         updated_at FROM refund;
DROP TABLE refund;
ALTER TABLE refund_v12 RENAME TO refund;
CREATE INDEX refund_by_invoice ON refund(invoice_id);
CREATE INDEX refund_by_deposit ON refund(deposit_id);
CREATE INDEX refund_by_status ON refund(status);
)sql");
}

} // namespace msp::store
