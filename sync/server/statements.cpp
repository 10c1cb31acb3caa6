#include "statements.h"

#include "clientmerge.h"
#include "loginlimits.h"
#include "pullfence.h"
#include "recordapplier.h"

#include <pqxx/pqxx>
#include <string>

namespace msp::server {

namespace {
constexpr char kOccupies[] = "status NOT IN ('cancelled', 'noshow', 'waitlist', 'entered-in-error')";
constexpr char kTime[] = "to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"')";

std::string wireTime(const std::string &column)
{
    std::string t = kTime;
    return t.replace(t.find("%1"), 2, column);
}

// Stripe's Unix seconds as wire time; 0 (not known yet) as null.
std::string unixWireTime(const std::string &column)
{
    return "CASE WHEN " + column + " > 0 THEN " + wireTime("to_timestamp(" + column + ")") + " END";
}

// The change feed, in the columns of FeedColumn (statements.h). Each arm is
// limited on its own index order before the merge, so JSON is built only for
// rows that can make the page.
//
// An appointment's JSON is written by the server (appointmentjson.h), not
// here: building it in SQL was most of PostgreSQL's work in a first sync (a
// 10,000-row page: 28 ms of execution against 7 ms for the raw columns, 53
// ms of the backend's CPU against 26 with the output). Its times come as
// `timestamp` in UTC, whose text does not depend on the session's TimeZone;
// its form depends on DateStyle, which the pull's transaction sets
// (pullhandler.cpp).
//
// The incremental feed ($5, $6: pullfence.h) keeps rows of transactions
// still running below the fence out, so a late committer is never skipped.
// A snapshot page runs inside an imported snapshot, where every visible row
// belongs to the first pull: no fence.
std::string feedQuery(bool fenced)
{
    const std::string fence = fenced ? ", fence" : "";
    const std::string after = fence + " WHERE org_id = $1 AND (txid, seq) > ($2::xid8, $3::bigint)"
        + (fenced ? std::string(" AND txid < fence.xmin") : std::string()) + " ORDER BY txid, seq LIMIT $4)";
    // The appointment's columns, in the arms of every other row.
    std::string noAppointment;
    for (int column = FeedColumn::ClientId; column <= FeedColumn::Overbooked; ++column)
        noAppointment += ", NULL";
    // What Stripe's webhooks told the server about card payments and payouts
    // (stripewebhook.cpp); shapes in README.md.
    const std::string paymentJson
        = "json_build_object('payment_id', payment_id, 'intent_id', intent_id, 'status', status, "
          "'stripe_status', stripe_status, 'status_at', "
        + unixWireTime("status_at")
        + ", 'amount', amount, 'currency', currency, 'amount_received', amount_received, "
          "'amount_refunded', amount_refunded, 'refunded_at', "
        + unixWireTime("refunded_at")
        + ", 'charge_id', charge_id, 'failure_code', failure_code, 'failure_message', failure_message)";
    const std::string payoutJson = "json_build_object('payout_id', id, 'status', status, 'status_at', "
        + unixWireTime("status_at") + ", 'amount', amount, 'currency', currency, 'arrival_date', "
        + unixWireTime("arrival_date") + ", 'failure_code', failure_code, 'failure_message', failure_message)";
    return (fenced ? "WITH fence AS (SELECT " + pullFenceSql("$5", "$6") + " AS xmin) " : std::string())
        + "SELECT feed.type, feed.id::text, feed.txid::text, feed.seq, feed.data, feed.client_id, "
          "feed.practitioner_id, feed.service_id, feed.room_id, feed.equipment_id, feed.starts_at, feed.ends_at, "
          "feed.status, feed.notes, feed.overbooked FROM ("
          " (SELECT 'appointment' AS type, id::text AS id, txid, seq, NULL::text AS data, client_id, practitioner_id, "
          "service_id, room_id, equipment_id, starts_at AT TIME ZONE 'UTC' AS starts_at, ends_at AT TIME ZONE 'UTC' "
          "AS ends_at, status, notes, overbooked FROM appointments"
        + after + " UNION ALL (SELECT 'client', id::text, txid, seq, fields::text" + noAppointment + " FROM clients"
        + after
        + " UNION ALL (SELECT 'conflict', id::text, txid, seq, json_build_object('client_id', client_id,"
          "  'field', field, 'server_value', server_value, 'device_value', device_value,"
          "  'base_value', base_value, 'resolved', resolved)::text"
        + noAppointment + " FROM conflicts" + after
        + " UNION ALL (SELECT 'tombstone:' || entity, id::text, txid, seq, NULL" + noAppointment + " FROM tombstones"
        + after + " UNION ALL (SELECT 'payment', intent_id, txid, seq, " + paymentJson + "::text" + noAppointment
        + " FROM stripe_payments" + after + " UNION ALL (SELECT 'payout', id, txid, seq, " + payoutJson + "::text"
        + noAppointment + " FROM stripe_payouts" + after
        + " UNION ALL (SELECT 'row:' || kind, id::text, txid, seq, data::text" + noAppointment + " FROM records" + after
        + ") feed ORDER BY feed.txid, feed.seq LIMIT $4";
}
} // namespace

void prepareStatements(pqxx::connection_base &c)
{
    const std::string occupies = kOccupies;
    c.prepare("device_state",
              "SELECT d.revoked_at IS NOT NULL, d.token_epoch, u.disabled, d.org_id "
              "FROM devices d JOIN users u ON u.id = d.user_id WHERE d.id = $1");
    c.prepare("device_lock", "SELECT last_mutation_id FROM devices WHERE id = $1 FOR UPDATE");
    c.prepare("stored_result", "SELECT result::text FROM mutation_results WHERE device_id = $1 AND mutation_id = $2");
    // Ends a mutation's transaction in one round trip: claims the id as the
    // device's next one, stores the result, audits an applied mutation and,
    // when asked ($9), queues the "pull now" hint (delivered at commit). No
    // row back means the id was not the next one (a resend or a gap): the
    // caller rolls back.
    c.prepare("push_finish",
              "WITH claimed AS (UPDATE devices SET last_mutation_id = $2::bigint, last_seen_at = now() "
              "  WHERE id = $1::uuid AND last_mutation_id = $2::bigint - 1 RETURNING id, org_id), "
              "stored AS (INSERT INTO mutation_results (device_id, mutation_id, result) "
              "  SELECT id, $2::bigint, $3::jsonb FROM claimed), "
              "audited AS (INSERT INTO audit_events (org_id, user_id, device_id, action, entity, entity_id) "
              "  SELECT org_id, NULLIF($5::text, '')::uuid, id, $6, $7, $8 FROM claimed WHERE $4::boolean) "
              "SELECT CASE WHEN $9::boolean THEN pg_notify('medspasync_changes', org_id::text) END FROM claimed");
    // Writes only when something changed: a write gives the pull's
    // transaction an xid, which holds back every other device's pull fence
    // while it runs, and most pulls (hints, timers) find nothing new.
    c.prepare("device_pulled",
              "UPDATE devices SET last_seen_at = now(), pull_txid = $2::xid8, pull_seq = $3, "
              "pending_push = coalesce(NULLIF($4, -1), pending_push) WHERE id = $1 AND (pull_txid IS DISTINCT FROM "
              "$2::xid8 OR pull_seq IS DISTINCT FROM $3 OR ($4 <> -1 AND pending_push IS DISTINCT FROM $4) "
              "OR last_seen_at < now() - interval '1 minute')");
    c.prepare("notify", "SELECT pg_notify('medspasync_changes', $1)");
    c.prepare("audit",
              "INSERT INTO audit_events (org_id, user_id, device_id, action, entity, entity_id) "
              "VALUES ($1, NULLIF($2, '')::uuid, NULLIF($3, '')::uuid, $4, $5, $6)");

    c.prepare("book",
              "INSERT INTO appointments (id, org_id, client_id, practitioner_id, service_id, room_id, "
              "equipment_id, starts_at, ends_at, status, notes, overbooked, overbook_reason) VALUES ($1, $2, $3, "
              "$4, $5, $6, NULLIF($7, '')::uuid, $8::timestamptz, $9::timestamptz, $10, $11, $12, $13) "
              "ON CONFLICT (id) DO NOTHING RETURNING 1");
    c.prepare("appointment_get",
              "SELECT practitioner_id, room_id, coalesce(equipment_id::text, ''), status, " + wireTime("starts_at")
                  + ", " + wireTime("ends_at") + " FROM appointments WHERE id = $1 AND org_id = $2 FOR UPDATE");
    c.prepare("appointment_status", "UPDATE appointments SET status = $3 WHERE id = $1 AND org_id = $2");
    c.prepare("appointment_move",
              "UPDATE appointments SET starts_at = $3::timestamptz, ends_at = $4::timestamptz, overbooked = $5, "
              "overbook_reason = $6, practitioner_id = $7::uuid, room_id = $8::uuid, "
              "equipment_id = NULLIF($9, '')::uuid WHERE id = $1 AND org_id = $2");
    c.prepare("conflicting_booking",
              "SELECT id, " + wireTime("starts_at") + ", " + wireTime("ends_at")
                  + ", practitioner_id, room_id, coalesce(equipment_id::text, '') FROM appointments WHERE " + occupies
                  + " AND NOT overbooked AND org_id = $1 AND id <> $2 AND tstzrange(starts_at, ends_at) && "
                    "tstzrange($3::timestamptz, $4::timestamptz) AND (practitioner_id = $5 OR room_id = $6 "
                    "OR equipment_id = NULLIF($7, '')::uuid) ORDER BY starts_at LIMIT 1");
    c.prepare("busy_intervals",
              "SELECT (extract(epoch FROM starts_at) * 1000)::bigint, (extract(epoch FROM ends_at) * 1000)::bigint "
              "FROM appointments WHERE "
                  + occupies
                  + " AND id <> $1 AND (practitioner_id = $2 OR room_id = $3 OR equipment_id = NULLIF($4, '')::uuid) "
                    "AND ends_at > $5::timestamptz AND starts_at < $5::timestamptz + interval '14 days' "
                    "ORDER BY starts_at");

    c.prepare("client_create",
              "INSERT INTO clients (id, org_id, fields) VALUES ($1, $2, $3::jsonb) ON CONFLICT (id) DO NOTHING "
              "RETURNING 1");
    c.prepare("client_fields", "SELECT fields::text FROM clients WHERE id = $1 AND org_id = $2 FOR UPDATE");
    c.prepare("client_set_fields", "UPDATE clients SET fields = $3::jsonb WHERE id = $1 AND org_id = $2");
    c.prepare("client_delete", "DELETE FROM clients WHERE id = $1 AND org_id = $2 RETURNING 1");
    c.prepare("tombstone",
              "INSERT INTO tombstones (entity, id, org_id) VALUES ($1, $2, $3) "
              "ON CONFLICT (entity, id) DO UPDATE SET txid = pg_current_xact_id(), "
              "seq = nextval('change_seq')");
    c.prepare("conflict_add",
              "INSERT INTO conflicts (org_id, client_id, field, server_value, device_value, "
              "base_value, device_id) VALUES ($1, $2, $3, $4, $5, $6, $7)");

    c.prepare("pull", feedQuery(true));
    c.prepare("pull_snapshot", feedQuery(false));
    // Snapshots a first pull pages through (pullsnapshots.cpp). A row lives
    // while its snapshot may be used; each page renews it, the last one
    // ends it and gives the cursor to hand over to the feed.
    const std::string alive = " AND last_used_at >= now() - make_interval(secs => idle_seconds)"
                              " AND opened_at >= now() - make_interval(secs => max_age_seconds)";
    c.prepare("pull_snapshot_add",
              "INSERT INTO pull_snapshots (id, org_id, handover, idle_seconds, max_age_seconds) "
              "VALUES ($1, $2, $3::xid8, $4, $5) ON CONFLICT (id) DO UPDATE SET org_id = $2, handover = $3::xid8, "
              "idle_seconds = $4, max_age_seconds = $5, opened_at = now(), last_used_at = now()");
    // A page's bookkeeping in one statement (one round trip, its own
    // transaction): renew the snapshot, or end it on the last page and give
    // the handover; only then record where the device stands and audit the
    // rows it is sent. $1 snapshot, $2 org, $3 user, $4 device, $5 txid,
    // $6 seq, $7 pending (-1: not reported), $8 rows sent.
    const std::string pageDone
        = "), a AS (INSERT INTO audit_events (org_id, user_id, device_id, action, entity, entity_id) "
          "SELECT $2::uuid, NULLIF($3::text, '')::uuid, NULLIF($4::text, '')::uuid, 'pull', 'feed', $8::text "
          "FROM s WHERE $8::text <> '0'), "
          "d AS (UPDATE devices SET last_seen_at = now(), pull_txid = $5::xid8, pull_seq = $6, "
          "pending_push = coalesce(NULLIF($7, -1), pending_push) WHERE id = $4::text::uuid AND EXISTS (SELECT 1 FROM "
          "s) "
          "AND (pull_txid IS DISTINCT FROM $5::xid8 OR pull_seq IS DISTINCT FROM $6 OR ($7 <> -1 AND "
          "pending_push IS DISTINCT FROM $7) OR last_seen_at < now() - interval '1 minute')) "
          "SELECT handover::text FROM s";
    c.prepare("pull_snapshot_page",
              "WITH s AS (UPDATE pull_snapshots SET last_used_at = now() WHERE id = $1 AND "
              "org_id = $2::uuid"
                  + alive + " RETURNING handover" + pageDone);
    c.prepare("pull_snapshot_last",
              "WITH s AS (DELETE FROM pull_snapshots WHERE id = $1 AND org_id = $2::uuid" + alive
                  + " RETURNING handover" + pageDone);
    c.prepare("pull_snapshot_sweep",
              "WITH gone AS (DELETE FROM pull_snapshots WHERE NOT (true" + alive
                  + ") RETURNING id) SELECT id FROM pull_snapshots WHERE id = ANY ($1::text[]) "
                    "AND id NOT IN (SELECT id FROM gone)");
    preparePullFenceStatements(c);
    prepareWebhookStatements(c);
    prepareClientMergeStatements(c);
    prepareRecordStatements(c);
    LoginLimits::prepare(c);
}

} // namespace msp::server
