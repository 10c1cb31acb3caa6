#pragma once

namespace msp::server {

// Migration 2: Stripe webhooks. Every verified event is kept once by its id
// (a redelivery finds it and changes nothing). The processor's view of each
// PaymentIntent and payout is one row, merged from whatever events arrived in
// whatever order; those rows sync like the others through (txid, seq).
// org_id stays NULL until an event says which clinic the object belongs to:
// such rows are kept but not in any clinic's feed.
inline constexpr char kSchemaV2[] = R"SQL(
CREATE TABLE stripe_events (
  id text PRIMARY KEY,
  type text NOT NULL,
  object_id text NOT NULL,
  created bigint NOT NULL,
  livemode boolean NOT NULL,
  org_id uuid REFERENCES orgs,
  applied boolean NOT NULL DEFAULT false,
  payload jsonb NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now());
CREATE INDEX stripe_events_object ON stripe_events (object_id, created);

CREATE TABLE stripe_payments (
  intent_id text PRIMARY KEY,
  payment_id uuid,
  org_id uuid REFERENCES orgs,
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'failed', 'cancelled', 'succeeded')),
  stripe_status text NOT NULL DEFAULT '',
  status_at bigint NOT NULL DEFAULT 0,
  amount bigint NOT NULL DEFAULT 0,
  currency text NOT NULL DEFAULT '',
  amount_received bigint NOT NULL DEFAULT 0,
  amount_refunded bigint NOT NULL DEFAULT 0,
  refunded_at bigint NOT NULL DEFAULT 0,
  charge_id text NOT NULL DEFAULT '',
  failure_code text NOT NULL DEFAULT '',
  failure_message text NOT NULL DEFAULT '',
  updated_at timestamptz NOT NULL DEFAULT now(),
  txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  seq bigint NOT NULL DEFAULT nextval('change_seq'));
CREATE INDEX stripe_payments_feed ON stripe_payments (org_id, txid, seq);
CREATE INDEX stripe_payments_charge ON stripe_payments (charge_id) WHERE charge_id <> '';
CREATE TRIGGER stripe_payments_stamp BEFORE UPDATE ON stripe_payments
  FOR EACH ROW EXECUTE FUNCTION stamp_change();

CREATE TABLE stripe_payouts (
  id text PRIMARY KEY,
  org_id uuid REFERENCES orgs,
  status text NOT NULL DEFAULT 'pending',
  status_at bigint NOT NULL DEFAULT 0,
  amount bigint NOT NULL DEFAULT 0,
  currency text NOT NULL DEFAULT '',
  arrival_date bigint NOT NULL DEFAULT 0,
  failure_code text NOT NULL DEFAULT '',
  failure_message text NOT NULL DEFAULT '',
  updated_at timestamptz NOT NULL DEFAULT now(),
  txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  seq bigint NOT NULL DEFAULT nextval('change_seq'));
CREATE INDEX stripe_payouts_feed ON stripe_payouts (org_id, txid, seq);
CREATE TRIGGER stripe_payouts_stamp BEFORE UPDATE ON stripe_payouts
  FOR EACH ROW EXECUTE FUNCTION stamp_change();
)SQL";

} // namespace msp::server
