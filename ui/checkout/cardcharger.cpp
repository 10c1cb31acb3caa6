#include "cardcharger.h"

#include "checkout/paymentrepository.h"
#include "checkout/refundrepository.h"
#include "stripe/stripeerror.h"
#include "stripe/stripegateway.h"

#include <QCoreApplication>

namespace msp::ui {

Result<checkout::Payment> CardCharger::begin(const Actor &actor, const EntityId &invoiceId, qint64 amountMinor)
{
    return m_payments.beginCardPayment(actor, invoiceId, amountMinor);
}

Result<stripe::PaymentIntent> CardCharger::createIntent(stripe::StripeGateway &gateway, const checkout::Payment &p,
                                                        bool cardPresent)
{
    stripe::PaymentIntentRequest req;
    req.amount = p.amountMinor;
    req.currency = p.currency;
    req.cardPresent = cardPresent;
    if (!p.invoiceId.isNull())
        req.metadata.append({QStringLiteral("invoice_id"), p.invoiceId.toString()});
    if (!p.appointmentId.isNull())
        req.metadata.append({QStringLiteral("appointment_id"), p.appointmentId.toString()});
    return gateway.createPaymentIntent(p.id.toString(), req);
}

Result<checkout::Payment> CardCharger::attachIntent(const Actor &actor, const checkout::Payment &p,
                                                    const QString &intentId)
{
    return m_payments.attachProviderRef(actor, p.id, intentId);
}

Result<stripe::PaymentIntent> CardCharger::confirmIntent(stripe::StripeGateway &gateway, const checkout::Payment &p,
                                                         const QString &paymentMethod)
{
    return gateway.confirmPaymentIntent(p.id.toString(), p.providerRef, paymentMethod);
}

CardOutcome CardCharger::finish(const Actor &actor, const checkout::Payment &p,
                                const Result<stripe::PaymentIntent> &answer)
{
    CardOutcome out;
    out.payment = p;
    if (answer.isOk() && (answer->isSucceeded() || answer->status == u"requires_capture")) {
        auto done = m_payments.completeCardPayment(actor, p.id, answer->id);
        if (!done) {
            out.message = done.error().message;
            return out;
        }
        out.kind = CardOutcome::Paid;
        out.payment = *done;
        out.message = QCoreApplication::translate("msp::ui::CardCharger", "Card payment of %1 approved.")
                          .arg(Money(p.amountMinor, p.currency).toDisplayString());
        return out;
    }
    if (answer.isOk()) {
        // requires_action (3-D Secure) cannot be completed at a front desk.
        out.message = QCoreApplication::translate("msp::ui::CardCharger",
                                                  "The card needs the cardholder to confirm with their bank; use the "
                                                  "card reader instead.");
        auto failed = m_payments.failCardPayment(actor, p.id, out.message);
        if (failed)
            out.payment = *failed;
        return out;
    }
    out.message = answer.error().message;
    switch (stripe::failureKindOf(answer.error())) {
    case stripe::FailureKind::Unreachable: out.kind = CardOutcome::Unknown; return out; // stays pending
    case stripe::FailureKind::Declined: out.kind = CardOutcome::Declined; break;
    default: out.kind = CardOutcome::Failed; break;
    }
    auto failed = m_payments.failCardPayment(actor, p.id, out.message);
    if (failed)
        out.payment = *failed;
    return out;
}

CardOutcome CardCharger::charge(const Actor &actor, const EntityId &invoiceId, qint64 amountMinor,
                                const QString &paymentMethod)
{
    auto p = begin(actor, invoiceId, amountMinor);
    if (!p) {
        CardOutcome out;
        out.message = p.error().message;
        return out;
    }
    auto intent = createIntent(m_gateway, *p);
    if (!intent)
        return finish(actor, *p, intent);
    auto attached = attachIntent(actor, *p, intent->id);
    if (!attached) {
        CardOutcome out;
        out.payment = *p;
        out.message = attached.error().message;
        return out;
    }
    return finish(actor, *attached, confirmIntent(m_gateway, *attached, paymentMethod));
}

Result<stripe::Refund> CardCharger::askStripeRefund(stripe::StripeGateway &gateway, const checkout::Refund &r)
{
    return gateway.createRefund(r.id.toString(), r.providerRef, r.amountMinor);
}

Result<checkout::Refund> CardCharger::finishRefund(const Actor &actor, checkout::RefundRepository &refunds,
                                                   const checkout::Refund &r, const Result<stripe::Refund> &answer)
{
    if (answer)
        return refunds.complete(actor, r.id, answer->id);
    if (stripe::failureKindOf(answer.error()) == stripe::FailureKind::Unreachable)
        return answer.error(); // still pending; try again later with the same key
    auto failed = refunds.fail(actor, r.id, answer.error().message);
    if (!failed)
        return failed.error();
    return answer.error();
}

Result<int> CardCharger::settleCardRefunds(const Actor &actor, checkout::RefundRepository &refunds,
                                           const EntityId &invoiceId)
{
    auto all = refunds.forInvoice(invoiceId);
    if (!all)
        return all.error();
    int settled = 0;
    for (const checkout::Refund &r : *all) {
        if (r.status != checkout::PaymentStatus::Pending || r.kind != TenderKind::Card)
            continue;
        auto done = finishRefund(actor, refunds, r, askStripeRefund(m_gateway, r));
        if (!done) {
            if (stripe::failureKindOf(done.error()) == stripe::FailureKind::Unreachable)
                return done.error();
            continue;
        }
        ++settled;
    }
    return settled;
}

} // namespace msp::ui
