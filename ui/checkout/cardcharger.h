#pragma once

#include "checkout/payment.h"
#include "domain/result.h"
#include "domain/user.h"
#include "stripe/stripeobjects.h"

namespace msp::checkout {
class PaymentRepository;
class RefundRepository;
} // namespace msp::checkout

namespace msp::stripe {
class StripeGateway;
}

namespace msp::ui {

// How a card charge ended, in the terms the front desk acts on.
struct CardOutcome {
    enum Kind {
        Paid, // the invoice has its card tender
        Declined, // the card said no; the invoice is unchanged
        Unknown, // no answer: the payment stays pending and is retried with the same key
        Failed, // anything else (configuration, a refused request)
    };
    Kind kind = Failed;
    QString message;
    checkout::Payment payment;
};

// A card payment in three steps so the slow middle can run off the GUI
// thread: begin() saves a pending payment (its id keys every Stripe call),
// askStripe() creates and confirms the PaymentIntent (blocking, no store),
// finish() records the answer. A pending payment left by a crash or a lost
// answer goes through askStripe() again with the same id, which Stripe
// answers from its idempotency record: never a second charge.
class CardCharger
{
public:
    CardCharger(checkout::PaymentRepository &payments, stripe::StripeGateway &gateway)
        : m_payments(payments)
        , m_gateway(gateway)
    {
    }

    Result<checkout::Payment> begin(const Actor &actor, const EntityId &invoiceId, qint64 amountMinor);
    static Result<stripe::PaymentIntent> askStripe(stripe::StripeGateway &gateway, const checkout::Payment &payment,
                                                   const QString &paymentMethod);
    CardOutcome finish(const Actor &actor, const checkout::Payment &payment,
                       const Result<stripe::PaymentIntent> &answer);

    // All three in a row (for the CLI and tests).
    CardOutcome charge(const Actor &actor, const EntityId &invoiceId, qint64 amountMinor, const QString &paymentMethod);
    CardOutcome resume(const Actor &actor, const checkout::Payment &pending, const QString &paymentMethod);

    // Sends every pending card refund of an invoice to Stripe.
    Result<int> settleCardRefunds(const Actor &actor, checkout::RefundRepository &refunds, const EntityId &invoiceId);

private:
    checkout::PaymentRepository &m_payments;
    stripe::StripeGateway &m_gateway;
};

} // namespace msp::ui
