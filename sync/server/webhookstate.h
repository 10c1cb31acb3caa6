#pragma once

#include <QString>

namespace msp::server {

// The processor's view of one PaymentIntent (a stripe_payments row).
struct PaymentState {
    QString intentId;
    QString paymentId; // the app's payment id (metadata msp_payment_id)
    QString orgId;
    QString status = QStringLiteral("pending"); // pending, failed, cancelled, succeeded (the app's keys)
    QString stripeStatus; // Stripe's own word, e.g. requires_capture
    qint64 statusAt = 0; // `created` of the event the status came from; 0: none yet
    qint64 amount = 0;
    QString currency; // ISO 4217, upper case
    qint64 amountReceived = 0;
    qint64 amountRefunded = 0; // cumulative, as Stripe reports it on the charge
    qint64 refundedAt = 0;
    QString chargeId;
    QString failureCode; // decline_code, else Stripe's error code
    QString failureMessage;

    friend bool operator==(const PaymentState &, const PaymentState &) = default;
};

// What one event says about a PaymentIntent. Empty strings and negative
// numbers say nothing.
struct PaymentFacts {
    QString intentId;
    QString paymentId;
    QString orgId;
    QString chargeId;
    qint64 amount = -1;
    QString currency;
    // A snapshot of the status, as of statusAt.
    bool hasStatus = false;
    QString status;
    QString stripeStatus;
    qint64 statusAt = 0;
    qint64 amountReceived = -1;
    QString failureCode;
    QString failureMessage;
    // Refunds, from a charge.
    qint64 amountRefunded = -1;
    qint64 refundedAt = 0;
};

// Folds the facts of one event into the state so that the result does not
// depend on the order the events arrive in:
// - succeeded and cancelled are final: no later or earlier failure or
//   pending snapshot replaces them; between two snapshots of the same kind
//   the one with the later `created` wins (ties: the further status);
// - refunded amounts are cumulative on the charge, so the largest seen wins;
// - ids and the clinic are filled once and never changed by a later event.
// Returns true when anything changed.
bool mergePayment(PaymentState &state, const PaymentFacts &facts);

// One payout (a stripe_payouts row).
struct PayoutState {
    QString id;
    QString orgId;
    QString status = QStringLiteral("pending"); // pending, in_transit, paid, failed, cancelled
    qint64 statusAt = 0;
    qint64 amount = 0;
    QString currency;
    qint64 arrivalDate = 0; // Unix time Stripe expects the money in the bank
    QString failureCode;
    QString failureMessage;

    friend bool operator==(const PayoutState &, const PayoutState &) = default;
};

struct PayoutFacts {
    QString id;
    QString orgId;
    QString status;
    qint64 statusAt = 0;
    qint64 amount = -1;
    QString currency;
    qint64 arrivalDate = 0;
    QString failureCode;
    QString failureMessage;
};

// A payout moves pending -> in_transit -> paid, and a paid payout can still
// fail later (Stripe says so): the further status wins, then the later
// `created`.
bool mergePayout(PayoutState &state, const PayoutFacts &facts);

} // namespace msp::server
