#include "store/database.h"
#include "store/schema.h"

namespace msp::store {

// Version 5 is what checkout needs:
// - payment: one row per attempt to take money through a processor (Stripe),
//   written before the processor is called. Its id is the root of every
//   Idempotency-Key sent for it, so after a crash or a lost answer the retry
//   reuses the key and the card is never charged twice.
// - refund: every refund with its reason, against the tender line it returns
//   money through; card refunds are pending until Stripe confirms them.
// - deposit: money taken at booking, held until checkout applies it (or a
//   no-show fee forfeits it, or it is refunded).
Result<void> applySchemaV5(Database &db)
{
    return db.exec(R"sql(
CREATE TABLE payment (
  id TEXT PRIMARY KEY,
  invoice_id TEXT REFERENCES invoice(id),
  appointment_id TEXT REFERENCES appointment(id),
  purpose TEXT NOT NULL,
  kind TEXT NOT NULL,
  amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
  currency TEXT NOT NULL,
  status TEXT NOT NULL,
  provider_ref TEXT NOT NULL DEFAULT '',
  failure TEXT NOT NULL DEFAULT '',
  tender_line_id TEXT,
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX payment_by_invoice ON payment(invoice_id);
CREATE INDEX payment_by_status ON payment(status);
CREATE TABLE refund (
  id TEXT PRIMARY KEY,
  invoice_id TEXT NOT NULL REFERENCES invoice(id),
  tender_line_id TEXT NOT NULL REFERENCES tender_line(id),
  kind TEXT NOT NULL,
  amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
  reason TEXT NOT NULL,
  status TEXT NOT NULL,
  provider_ref TEXT NOT NULL DEFAULT '',
  failure TEXT NOT NULL DEFAULT '',
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX refund_by_invoice ON refund(invoice_id);
CREATE TABLE deposit (
  id TEXT PRIMARY KEY,
  appointment_id TEXT NOT NULL REFERENCES appointment(id),
  client_id TEXT NOT NULL REFERENCES client(id),
  kind TEXT NOT NULL,
  amount_minor INTEGER NOT NULL CHECK (amount_minor > 0),
  currency TEXT NOT NULL,
  reference TEXT NOT NULL DEFAULT '',
  status TEXT NOT NULL,
  invoice_id TEXT REFERENCES invoice(id),
  created_at INTEGER NOT NULL,
  updated_at INTEGER NOT NULL
);
CREATE INDEX deposit_by_appointment ON deposit(appointment_id);
)sql");
}

} // namespace msp::store
