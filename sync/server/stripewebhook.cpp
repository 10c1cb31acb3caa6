#include "context.h"
#include "handlers.h"
#include "protocol/apierror.h"
#include "stripe/webhooksignature.h"
#include "webhookevent.h"

#include <QJsonDocument>
#include <QUuid>

#include <pqxx/pqxx>

namespace msp::server {

namespace {
namespace ec = protocol::errorcode;
constexpr char16_t kBadSignature[] = u"invalid_signature";

std::string s(const QString &text)
{
    return text.toStdString();
}

QString q(const pqxx::field &f)
{
    return QString::fromUtf8(f.c_str());
}

// Which clinic an object belongs to: the app's metadata when it names a
// clinic of this server, else what the object already had, else the only
// clinic when the server has one (automatic payouts carry no metadata).
// A payment the app already sent (its record_payment row) names its clinic
// too, so a PaymentIntent without the org in its metadata still lands.
// Empty when none of these says: the object is kept unassigned until an
// event or the app's payment record does (recordapplier.cpp).
QString resolveOrg(Context &ctx, pqxx::work &tx, const StripeEvent &event, const QString &claimed, const QString &known,
                   const QString &paymentId = {})
{
    if (!claimed.isEmpty()) {
        const bool wellFormed = !QUuid::fromString(claimed).isNull();
        if (wellFormed && !tx.exec_prepared("stripe_org_exists", s(claimed)).empty()) {
            if (!known.isEmpty() && known != claimed)
                ctx.log.warn("stripe_event_org_mismatch", {{"event", s(event.id)}, {"object", s(event.objectId)}});
            return known.isEmpty() ? claimed : known;
        }
        ctx.log.warn("stripe_event_unknown_org", {{"event", s(event.id)}, {"object", s(event.objectId)}});
    }
    if (!known.isEmpty())
        return known;
    if (!paymentId.isEmpty() && !QUuid::fromString(paymentId).isNull()) {
        const auto owner = tx.exec_prepared("stripe_payment_record_org", s(paymentId));
        if (!owner.empty())
            return q(owner[0][0]);
    }
    const auto orgs = tx.exec_prepared("stripe_orgs");
    return orgs.size() == 1 ? q(orgs[0][0]) : QString();
}

struct Applied {
    bool changed = false;
    QString orgId; // empty: no clinic known yet
    QString rowId; // pi_... or po_...: a refund's event names the charge
};

Applied applyPayment(Context &ctx, pqxx::work &tx, const StripeEvent &event, PaymentFacts facts)
{
    tx.exec_prepared("stripe_payment_touch", s(facts.intentId));
    const auto r = tx.exec_prepared1("stripe_payment_get", s(facts.intentId));
    PaymentState state;
    state.intentId = facts.intentId;
    state.paymentId = q(r[0]);
    state.orgId = q(r[1]);
    state.status = q(r[2]);
    state.stripeStatus = q(r[3]);
    state.statusAt = r[4].as<qint64>();
    state.amount = r[5].as<qint64>();
    state.currency = q(r[6]);
    state.amountReceived = r[7].as<qint64>();
    state.amountRefunded = r[8].as<qint64>();
    state.refundedAt = r[9].as<qint64>();
    state.chargeId = q(r[10]);
    state.failureCode = q(r[11]);
    state.failureMessage = q(r[12]);
    facts.orgId = resolveOrg(ctx, tx, event, facts.orgId, state.orgId, facts.paymentId);
    if (!facts.paymentId.isEmpty() && QUuid::fromString(facts.paymentId).isNull())
        facts.paymentId.clear(); // not one of ours: the column is a uuid
    if (!mergePayment(state, facts))
        return {false, state.orgId, facts.intentId};
    tx.exec_prepared("stripe_payment_put", s(state.intentId), s(state.paymentId), s(state.orgId), s(state.status),
                     s(state.stripeStatus), state.statusAt, state.amount, s(state.currency), state.amountReceived,
                     state.amountRefunded, state.refundedAt, s(state.chargeId), s(state.failureCode),
                     s(state.failureMessage));
    return {true, state.orgId, state.intentId};
}

Applied applyPayout(Context &ctx, pqxx::work &tx, const StripeEvent &event, PayoutFacts facts)
{
    tx.exec_prepared("stripe_payout_touch", s(facts.id));
    const auto r = tx.exec_prepared1("stripe_payout_get", s(facts.id));
    PayoutState state;
    state.id = facts.id;
    state.orgId = q(r[0]);
    state.status = q(r[1]);
    state.statusAt = r[2].as<qint64>();
    state.amount = r[3].as<qint64>();
    state.currency = q(r[4]);
    state.arrivalDate = r[5].as<qint64>();
    state.failureCode = q(r[6]);
    state.failureMessage = q(r[7]);
    facts.orgId = resolveOrg(ctx, tx, event, facts.orgId, state.orgId);
    if (!mergePayout(state, facts))
        return {false, state.orgId, facts.id};
    tx.exec_prepared("stripe_payout_put", s(state.id), s(state.orgId), s(state.status), state.statusAt, state.amount,
                     s(state.currency), state.arrivalDate, s(state.failureCode), s(state.failureMessage));
    return {true, state.orgId, state.id};
}

QList<QByteArray> secrets(const Config &config)
{
    QList<QByteArray> out;
    for (const auto &secret : config.stripeWebhookSecrets)
        out.append(QByteArray::fromStdString(secret));
    return out;
}
} // namespace

// Stripe calls this, so there is no access token: the signature is the
// authentication. It is checked before anything is parsed or stored. The
// event, its effect on the payment or payout, the change hint and the audit
// line are one transaction; a redelivered event finds its id stored and is
// answered 200 without touching anything, so Stripe stops retrying.
HttpResponse handleStripeWebhook(Context &ctx, const HttpRequest &req, pqxx::connection_base &conn)
{
    const QByteArray body = QByteArray::fromStdString(req.body);
    const auto verdict = stripe::verifyWebhookSignature(body, QByteArray::fromStdString(req.header("stripe-signature")),
                                                        secrets(ctx.config), unixNow());
    if (verdict == stripe::WebhookVerdict::NoSecret) {
        ctx.log.error("stripe_webhook_unconfigured", {{"request_id", req.requestId}});
        // 503, not 400: Stripe keeps retrying for days, so nothing is lost
        // once the secret is configured.
        return errorResponse(503, ec::kUnavailable, stripe::webhookVerdictMessage(verdict));
    }
    if (verdict != stripe::WebhookVerdict::Valid) {
        ctx.log.warn("stripe_webhook_refused",
                     {{"request_id", req.requestId}, {"reason", s(stripe::webhookVerdictMessage(verdict))}});
        return errorResponse(400, kBadSignature, stripe::webhookVerdictMessage(verdict));
    }
    auto event = parseStripeEvent(body);
    if (!event)
        return invalidResponse(event.error());

    pqxx::work tx(conn, "stripe_webhook");
    if (tx.exec_prepared("stripe_event_insert", s(event->id), s(event->type), s(event->objectId), event->created,
                         event->livemode, req.body)
            .empty()) {
        tx.abort();
        ctx.log.info("stripe_event", {{"request_id", req.requestId}, {"event", s(event->id)}, {"duplicate", "true"}});
        return jsonResponse(200, R"({"received":true,"duplicate":true,"applied":false})");
    }
    bool known = true;
    Applied applied;
    QString entity;
    if (auto facts = paymentFacts(*event)) {
        entity = QStringLiteral("payment");
        applied = applyPayment(ctx, tx, *event, *facts);
    } else if (auto payout = payoutFacts(*event)) {
        entity = QStringLiteral("payout");
        applied = applyPayout(ctx, tx, *event, *payout);
    } else {
        known = false; // stored, so a later version can apply it; nothing to do now
    }
    tx.exec_prepared("stripe_event_done", s(event->id), s(applied.orgId), applied.changed);
    if (applied.changed && !applied.orgId.isEmpty()) {
        tx.exec_prepared("notify", s(applied.orgId)); // delivered at commit: every device pulls
        tx.exec_prepared("audit", s(applied.orgId), "", "", "stripe_event", s(entity), s(applied.rowId));
    }
    tx.commit();
    ctx.log.info("stripe_event",
                 {{"request_id", req.requestId},
                  {"event", s(event->id)},
                  {"type", s(event->type)},
                  {"object", s(event->objectId)},
                  {"applied", applied.changed ? "true" : "false"}});
    if (known && applied.orgId.isEmpty())
        ctx.log.warn("stripe_event_unassigned", {{"event", s(event->id)}, {"object", s(event->objectId)}});
    return jsonResponse(200,
                        applied.changed ? R"({"received":true,"duplicate":false,"applied":true})"
                                        : R"({"received":true,"duplicate":false,"applied":false})");
}

} // namespace msp::server
