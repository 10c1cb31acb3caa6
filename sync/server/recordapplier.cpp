#include "recordapplier.h"

#include "protocol/recordargs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <pqxx/pqxx>

namespace msp::server {

using protocol::MutationOutcome;
using protocol::MutationResult;

namespace {
MutationResult refused(qint64 id, QStringView why, const QString &message)
{
    MutationResult r;
    r.id = id;
    r.outcome = MutationOutcome::Rejected;
    r.reason = why.toString();
    r.message = message;
    return r;
}
} // namespace

void prepareRecordStatements(pqxx::connection_base &conn)
{
    // $3 is a JSON array of {kind, id, data}.
    conn.prepare("records_foreign",
                 "SELECT count(*) FROM records r JOIN jsonb_to_recordset($2::jsonb) AS x(kind text, id uuid) "
                 "ON r.kind = x.kind AND r.id = x.id WHERE r.org_id <> $1::uuid");
    conn.prepare("records_put",
                 "INSERT INTO records (kind, id, org_id, data, written_by) "
                 "SELECT x.kind, x.id, $1::uuid, x.data, NULLIF($2, '')::uuid "
                 "FROM jsonb_to_recordset($3::jsonb) AS x(kind text, id uuid, data jsonb) "
                 "ON CONFLICT (kind, id) DO UPDATE SET data = EXCLUDED.data, written_by = EXCLUDED.written_by "
                 "WHERE records.org_id = EXCLUDED.org_id AND records.data IS DISTINCT FROM EXCLUDED.data");
    conn.prepare("records_claim_stripe",
                 "UPDATE stripe_payments SET org_id = $1::uuid WHERE org_id IS NULL AND payment_id IN "
                 "(SELECT x.id FROM jsonb_to_recordset($2::jsonb) AS x(kind text, id uuid) WHERE x.kind = 'payment')");
}

MutationResult applyRecords(pqxx::transaction_base &tx, const Caller &caller, const protocol::Mutation &m)
{
    namespace reason = protocol::reason;
    const protocol::RecordMutationRule *rule = protocol::recordMutationRule(m.name);
    auto args = protocol::putRecordsFromJson(m.args);
    if (!rule || !args)
        return refused(m.id, reason::kInvalid,
                       args ? trServer("\"%1\" is not a record change.").arg(m.name) : args.error().message);
    QSet<QString> seen;
    QJsonArray rows;
    for (const protocol::RecordRow &r : std::as_const(args->records)) {
        if (!rule->kinds.contains(r.kind))
            return refused(m.id, reason::kInvalid, trServer("\"%1\" may not write a \"%2\" row.").arg(m.name, r.kind));
        const QString key = r.kind + u'/' + r.id;
        if (seen.contains(key))
            return refused(m.id, reason::kInvalid, trServer("The row %1 is sent twice in one change.").arg(key));
        seen.insert(key);
        rows.append(QJsonObject {
            {QStringLiteral("kind"), r.kind}, {QStringLiteral("id"), r.id}, {QStringLiteral("data"), r.data}});
    }
    if (rows.isEmpty())
        return refused(m.id, reason::kInvalid, trServer("The change carries no rows."));
    const std::string json = QJsonDocument(rows).toJson(QJsonDocument::Compact).toStdString();
    if (tx.exec_prepared1("records_foreign", caller.claims.orgId, json)[0].as<long long>() > 0)
        return refused(m.id, reason::kNotPermitted, trServer("These rows belong to another clinic."));
    tx.exec_prepared("records_put", caller.claims.orgId, caller.claims.deviceId, json);
    // Stripe's news about a payment that came before the app's record (and
    // named no clinic) now has its clinic, and travels the feed.
    tx.exec_prepared("records_claim_stripe", caller.claims.orgId, json);
    MutationResult r;
    r.id = m.id;
    return r;
}

} // namespace msp::server
