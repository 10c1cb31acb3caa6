#include "statements.h"

#include <pqxx/pqxx>

namespace msp::server {

void prepareWebhookStatements(pqxx::connection_base &c)
{
    c.prepare("stripe_event_insert",
              "INSERT INTO stripe_events (id, type, object_id, created, livemode, payload) "
              "VALUES ($1, $2, $3, $4, $5, $6::jsonb) ON CONFLICT (id) DO NOTHING RETURNING 1");
    c.prepare("stripe_event_done",
              "UPDATE stripe_events SET org_id = NULLIF($2, '')::uuid, applied = $3 WHERE id = $1");
    c.prepare("stripe_org_exists", "SELECT 1 FROM orgs WHERE id = $1::uuid");
    c.prepare("stripe_orgs", "SELECT id::text FROM orgs ORDER BY id LIMIT 2");
    c.prepare("stripe_payment_record_org", "SELECT org_id::text FROM records WHERE kind = 'payment' AND id = $1::uuid");

    // The row is made first so that two events of one object, delivered at
    // once, queue on its lock instead of both inserting.
    c.prepare("stripe_payment_touch", "INSERT INTO stripe_payments (intent_id) VALUES ($1) ON CONFLICT DO NOTHING");
    c.prepare("stripe_payment_get",
              "SELECT coalesce(payment_id::text, ''), coalesce(org_id::text, ''), status, stripe_status, status_at, "
              "amount, currency, amount_received, amount_refunded, refunded_at, charge_id, failure_code, "
              "failure_message FROM stripe_payments WHERE intent_id = $1 FOR UPDATE");
    c.prepare("stripe_payment_put",
              "UPDATE stripe_payments SET payment_id = NULLIF($2, '')::uuid, org_id = NULLIF($3, '')::uuid, "
              "status = $4, stripe_status = $5, status_at = $6, amount = $7, currency = $8, amount_received = $9, "
              "amount_refunded = $10, refunded_at = $11, charge_id = $12, failure_code = $13, failure_message = $14, "
              "updated_at = now() WHERE intent_id = $1");

    c.prepare("stripe_payout_touch", "INSERT INTO stripe_payouts (id) VALUES ($1) ON CONFLICT DO NOTHING");
    c.prepare("stripe_payout_get",
              "SELECT coalesce(org_id::text, ''), status, status_at, amount, currency, arrival_date, failure_code, "
              "failure_message FROM stripe_payouts WHERE id = $1 FOR UPDATE");
    c.prepare("stripe_payout_put",
              "UPDATE stripe_payouts SET org_id = NULLIF($2, '')::uuid, status = $3, status_at = $4, amount = $5, "
              "currency = $6, arrival_date = $7, failure_code = $8, failure_message = $9, updated_at = now() "
              "WHERE id = $1");
}

} // namespace msp::server
