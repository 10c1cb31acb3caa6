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

Result<stripe::PaymentIntent> CardCharger::askStripe(stripe::StripeGateway &gateway, const checkout::Payment &p,
                                                     const QString &paymentMethod)
{
    stripe::PaymentIntentRequest req;
    req.amount = p.amountMinor;
    req.currency = p.currency;
    req.paymentMethod = paymentMethod;
    req.confirm = true;
    if (!p.invoiceId.isNull())
        req.metadata.append({QStringLiteral("invoice_id"), p.invoiceId.toString()});
    if (!p.appointmentId.isNull())
        req.metadata.append({QStringLiteral("appointment_id"), p.appointmentId.toString()});
    return gateway.createPaymentIntent(p.id.toString(), req);
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
    return finish(actor, *p, askStripe(m_gateway, *p, paymentMethod));
}

CardOutcome CardCharger::resume(const Actor &actor, const checkout::Payment &pending, const QString &paymentMethod)
{
    return finish(actor, pending, askStripe(m_gateway, pending, paymentMethod));
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
        auto answer = m_gateway.createRefund(r.id.toString(), r.providerRef, r.amountMinor);
        if (!answer) {
            if (stripe::failureKindOf(answer.error()) == stripe::FailureKind::Unreachable)
                return answer.error(); // still pending; try again later with the same key
            MSP_TRY(refunds.fail(actor, r.id, answer.error().message));
            continue;
        }
        MSP_TRY(refunds.complete(actor, r.id, answer->id));
        ++settled;
    }
    return settled;
}

} // namespace msp::ui
