#include "store/database.h"
#include "store/schema.h"

namespace msp::store {

// Version 9 keeps what the sync server learnt from Stripe's webhooks, as it
// sends it in "payment" and "payout" pull rows (sync/server/README.md): the
// server's merged state of each PaymentIntent and payout, replaced whole by
// each newer row. Device-local payments point at a PaymentIntent through
// payment.provider_ref; the server's row names the device's payment id when
// the PaymentIntent carried it in its metadata.
Result<void> applySchemaV9(Database &db)
{
    return db.exec(R"sql(
CREATE TABLE processor_payment (
  intent_id TEXT PRIMARY KEY,
  payment_id TEXT,
  status TEXT NOT NULL,
  stripe_status TEXT NOT NULL DEFAULT '',
  status_at INTEGER,
  amount_minor INTEGER NOT NULL DEFAULT 0,
  currency TEXT NOT NULL DEFAULT '',
  amount_received_minor INTEGER NOT NULL DEFAULT 0,
  amount_refunded_minor INTEGER NOT NULL DEFAULT 0,
  refunded_at INTEGER,
  charge_id TEXT NOT NULL DEFAULT '',
  failure_code TEXT NOT NULL DEFAULT '',
  failure_message TEXT NOT NULL DEFAULT '',
  updated_at INTEGER NOT NULL
);
CREATE INDEX processor_payment_by_payment ON processor_payment(payment_id);
CREATE TABLE processor_payout (
  payout_id TEXT PRIMARY KEY,
  status TEXT NOT NULL,
  status_at INTEGER,
  amount_minor INTEGER NOT NULL DEFAULT 0,
  currency TEXT NOT NULL DEFAULT '',
  arrival_date INTEGER,
  failure_code TEXT NOT NULL DEFAULT '',
  failure_message TEXT NOT NULL DEFAULT '',
  updated_at INTEGER NOT NULL
);
CREATE INDEX processor_payout_by_arrival ON processor_payout(arrival_date);
)sql");
}

} // namespace msp::store
