#pragma once

namespace msp::server {

// Migration 4. Clinic records that are neither bookings nor client details
// (invoices, tenders, payments, refunds, deposits, the waitlist, recurring
// series, reconciliation imports and decisions, practitioners, services,
// the checkout policy) are kept as whole rows the devices wrote, newest
// version wins, and served in the pull feed as "row:<kind>"
// (protocol/recordargs.h). A row belongs to one clinic for good: another
// clinic's device cannot overwrite it (recordapplier.cpp).
inline constexpr char kSchemaV4[] = R"SQL(
CREATE TABLE records (
  kind text NOT NULL,
  id uuid NOT NULL,
  org_id uuid NOT NULL REFERENCES orgs,
  data jsonb NOT NULL,
  written_by uuid,
  txid xid8 NOT NULL DEFAULT pg_current_xact_id(),
  seq bigint NOT NULL DEFAULT nextval('change_seq'),
  PRIMARY KEY (kind, id));
CREATE INDEX records_feed ON records (org_id, txid, seq);
CREATE TRIGGER records_stamp BEFORE UPDATE ON records FOR EACH ROW EXECUTE FUNCTION stamp_change();
)SQL";

} // namespace msp::server
