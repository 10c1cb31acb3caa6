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
        Unknown, // no answer: the payment stays pending and is looked up again later
        Failed, // anything else (configuration, a refused request)
    };
    Kind kind = Failed;
    QString message;
    checkout::Payment payment;
};

// A card payment in steps, so the slow network parts run off the GUI thread
// while the store stays on it:
//   begin()         saves a pending payment; its id keys every Stripe call
//   createIntent()  creates the PaymentIntent, unconfirmed (network, no store)
//   attachIntent()  keeps the PaymentIntent's id on the pending payment
//   confirmIntent() asks Stripe to take the money (network, no store)
//   finish()        records the answer.
// Money can only move in confirmIntent(), and only after the PaymentIntent's
// id is in the store, so a payment left pending by a crash or a lost answer is
// settled by looking that PaymentIntent up (PendingPaymentRecovery), never by
// charging again. Every POST carries an idempotency key from the payment's id.
class CardCharger
{
public:
    CardCharger(checkout::PaymentRepository &payments, stripe::StripeGateway &gateway)
        : m_payments(payments)
        , m_gateway(gateway)
    {
    }

    Result<checkout::Payment> begin(const Actor &actor, const EntityId &invoiceId, qint64 amountMinor);
    // The create request is made from the payment row alone, so sending it
    // again for the same payment is the same request (Stripe replays it).
    static Result<stripe::PaymentIntent> createIntent(stripe::StripeGateway &gateway, const checkout::Payment &payment,
                                                      bool cardPresent = false);
    Result<checkout::Payment> attachIntent(const Actor &actor, const checkout::Payment &payment,
                                           const QString &intentId);
    static Result<stripe::PaymentIntent> confirmIntent(stripe::StripeGateway &gateway, const checkout::Payment &payment,
                                                       const QString &paymentMethod);
    CardOutcome finish(const Actor &actor, const checkout::Payment &payment,
                       const Result<stripe::PaymentIntent> &answer);

    // All of them in a row (for the CLI and tests).
    CardOutcome charge(const Actor &actor, const EntityId &invoiceId, qint64 amountMinor, const QString &paymentMethod);

    // Sends every pending card refund of an invoice to Stripe.
    Result<int> settleCardRefunds(const Actor &actor, checkout::RefundRepository &refunds, const EntityId &invoiceId);

    // A card refund in the same steps: askStripeRefund() blocks on the
    // network (no store), finishRefund() records the answer. No answer keeps
    // the refund pending; its id keys the retry, so it is never paid twice.
    static Result<stripe::Refund> askStripeRefund(stripe::StripeGateway &gateway, const checkout::Refund &refund);
    static Result<checkout::Refund> finishRefund(const Actor &actor, checkout::RefundRepository &refunds,
                                                 const checkout::Refund &refund, const Result<stripe::Refund> &answer);

private:
    checkout::PaymentRepository &m_payments;
    stripe::StripeGateway &m_gateway;
};

} // namespace msp::ui
