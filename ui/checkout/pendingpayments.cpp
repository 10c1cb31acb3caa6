#include "pendingpayments.h"

#include "cardcharger.h"
#include "checkout/paymentrepository.h"
#include "checkout/refundrepository.h"
#include "offthread.h"
#include "store/clinicstore.h"
#include "store/processorreplica.h"
#include "stripe/stripeerror.h"
#include "stripe/stripegateway.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcPending, "medspasync.checkout")

namespace msp::ui {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("msp::ui::PendingPaymentRecovery", text);
}

bool unreachable(const Error &e)
{
    return stripe::failureKindOf(e) == stripe::FailureKind::Unreachable;
}

PendingVerdict unknown(const QString &message)
{
    return {PendingVerdict::Unknown, {}, message};
}

PendingVerdict released(const QString &ref)
{
    return {PendingVerdict::NotCharged, ref,
            tr("The card was not charged: the app stopped before the payment was finished. Take the payment "
               "again.")};
}
} // namespace

PendingVerdict inspectPendingPayment(stripe::StripeGateway &gateway, const checkout::Payment &p)
{
    const QString localId = p.id.toString();
    Result<stripe::PaymentIntent> intent = p.providerRef.isEmpty() ? CardCharger::createIntent(gateway, p)
                                                                   : gateway.retrievePaymentIntent(p.providerRef);
    if (!intent) {
        if (unreachable(intent.error()))
            return unknown(intent.error().message);
        // No PaymentIntent to be found, or the first create was another
        // request (a reader payment): it was never confirmed by us.
        return released(p.providerRef);
    }
    const QString status = intent->status;
    if (status == u"succeeded")
        return {PendingVerdict::Charged, intent->id, {}};
    if (status == u"processing")
        return unknown(tr("Stripe is still processing this card payment."));
    if (status == u"canceled")
        return released(intent->id);
    if (status == u"requires_capture") {
        // Authorised at a reader before the app stopped: the client presented
        // the card for this amount, so the money is taken as agreed.
        auto captured = gateway.capturePaymentIntent(localId, intent->id);
        if (captured && captured->isSucceeded())
            return {PendingVerdict::Charged, captured->id, {}};
        if (!captured && unreachable(captured.error()))
            return unknown(captured.error().message);
        return unknown(captured ? tr("Stripe did not capture the card payment.") : captured.error().message);
    }
    // Never confirmed (or declined): release it so it can never be confirmed later.
    auto cancelled = gateway.cancelPaymentIntent(localId, intent->id, QStringLiteral("abandoned"));
    if (!cancelled && unreachable(cancelled.error()))
        return unknown(cancelled.error().message);
    if (cancelled && cancelled->isSucceeded())
        return {PendingVerdict::Charged, cancelled->id, {}};
    if (!cancelled) {
        // Refused: it moved on meanwhile; look again next time.
        return unknown(cancelled.error().message);
    }
    return released(intent->id);
}

Result<checkout::Payment> applyPendingVerdict(store::ClinicStore &store, const Actor &actor, const checkout::Payment &p,
                                              const PendingVerdict &verdict)
{
    checkout::PaymentRepository payments(store);
    switch (verdict.kind) {
    case PendingVerdict::Charged: return payments.completeCardPayment(actor, p.id, verdict.providerRef);
    case PendingVerdict::NotCharged: return payments.failCardPayment(actor, p.id, verdict.message);
    case PendingVerdict::Unknown: break;
    }
    return p;
}

QString PendingPaymentRecovery::Report::summary() const
{
    QStringList parts;
    if (charged > 0)
        parts.append(tr("%n card payment(s) from before the restart went through and are recorded.", nullptr, charged));
    if (released > 0)
        parts.append(
            tr("%n card payment(s) from before the restart were not charged; take them again.", nullptr, released));
    if (stillPending > 0)
        parts.append(tr("%n card payment(s) still have no answer from Stripe; they are checked again at the next "
                        "start or when taken again.",
                        nullptr, stillPending));
    if (refundsSent > 0)
        parts.append(tr("%n card refund(s) waiting since before the restart were sent.", nullptr, refundsSent));
    if (!problem.isEmpty())
        parts.append(problem);
    return parts.join(u' ');
}

PendingPaymentRecovery::PendingPaymentRecovery(store::ClinicStore &store, stripe::StripeGateway &gateway,
                                               const Actor &actor, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_gateway(gateway)
    , m_actor(actor)
{
}

void PendingPaymentRecovery::start()
{
    if (m_running)
        return;
    QList<checkout::Payment> payments;
    QList<checkout::Refund> refunds;
    Report early;
    if (auto pending = checkout::PaymentRepository(m_store).pendingPayments()) {
        for (const checkout::Payment &p : *pending) {
            if (p.kind != TenderKind::Card)
                continue;
            // Stripe's webhook, through the sync server, may already have
            // said the money was taken: no need to ask (or be online).
            auto known = store::processorPaymentForPayment(m_store.database(), p.id.toString());
            if (known && known->has_value() && (*known)->status == u"succeeded") {
                if (applyPendingVerdict(m_store, m_actor, p, {PendingVerdict::Charged, (*known)->intentId, {}}))
                    ++early.charged;
                continue;
            }
            payments.append(p);
        }
    }
    if (auto pending = checkout::RefundRepository(m_store).pending())
        for (const checkout::Refund &r : *pending)
            if (r.kind == TenderKind::Card)
                refunds.append(r);
    if (payments.isEmpty() && refunds.isEmpty()) {
        Q_EMIT finished(early);
        return;
    }
    qCInfo(lcPending) << "settling" << payments.size() << "pending card payments and" << refunds.size()
                      << "pending card refunds";
    m_running = true;
    stripe::StripeGateway *gateway = &m_gateway;
    using Answers = std::pair<QList<PendingVerdict>, QList<Result<stripe::Refund>>>;
    runOffThread(
        this,
        [gateway, payments, refunds] {
            Answers a;
            for (const checkout::Payment &p : payments)
                a.first.append(inspectPendingPayment(*gateway, p));
            for (const checkout::Refund &r : refunds)
                a.second.append(CardCharger::askStripeRefund(*gateway, r));
            return a;
        },
        [this, payments, refunds, early](Answers a) {
            m_running = false;
            Report report = early;
            for (qsizetype i = 0; i < payments.size(); ++i) {
                const PendingVerdict &v = a.first[i];
                auto applied = applyPendingVerdict(m_store, m_actor, payments[i], v);
                if (!applied)
                    report.problem = applied.error().message;
                else if (v.kind == PendingVerdict::Charged)
                    ++report.charged;
                else if (v.kind == PendingVerdict::NotCharged)
                    ++report.released;
                else
                    ++report.stillPending;
            }
            checkout::RefundRepository repo(m_store);
            for (qsizetype i = 0; i < refunds.size(); ++i) {
                auto done = CardCharger::finishRefund(m_actor, repo, refunds[i], a.second[i]);
                if (done)
                    ++report.refundsSent;
            }
            qCInfo(lcPending) << "pending card work settled: charged" << report.charged << "released" << report.released
                              << "still pending" << report.stillPending << "refunds" << report.refundsSent;
            Q_EMIT finished(report);
        });
}

} // namespace msp::ui
