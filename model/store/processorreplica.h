#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace msp::store {

class Database;
struct ReplicaRow;

// The sync server's word on a Stripe PaymentIntent, merged from Stripe's
// webhooks (a "payment" pull row).
struct ProcessorPayment {
    QString intentId; // pi_...
    QString paymentId; // the device payment's id, when Stripe's metadata carried it
    QString status; // pending, failed, cancelled, succeeded
    QString stripeStatus;
    QDateTime statusAt;
    qint64 amountMinor = 0;
    QString currency;
    qint64 amountReceivedMinor = 0;
    qint64 amountRefundedMinor = 0;
    QDateTime refundedAt;
    QString chargeId;
    QString failureCode;
    QString failureMessage;
};

// A Stripe payout to the clinic's bank (a "payout" pull row).
struct ProcessorPayout {
    QString payoutId; // po_...
    QString status; // pending, in_transit, paid, failed, cancelled
    QDateTime statusAt;
    qint64 amountMinor = 0;
    QString currency;
    QDateTime arrivalDate;
    QString failureCode;
    QString failureMessage;
};

// Applies a "payment" or "payout" row of a pull page (inside the page's
// transaction): the server's row replaces what the device had. Returns false
// for any other row type.
Result<bool> applyProcessorRow(Database &db, const ReplicaRow &row);

Result<std::optional<ProcessorPayment>> processorPaymentForIntent(Database &db, const QString &intentId);
Result<std::optional<ProcessorPayment>> processorPaymentForPayment(Database &db, const QString &paymentId);
// Newest first (by arrival date).
Result<QList<ProcessorPayout>> recentProcessorPayouts(Database &db, int limit);

} // namespace msp::store
