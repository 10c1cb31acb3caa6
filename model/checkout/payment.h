#pragma once

#include "domain/entityid.h"
#include "domain/tenderkind.h"

#include <QDateTime>

namespace msp::checkout {

// Where a processor payment stands. Pending means the processor was (or is
// about to be) asked and its answer is not known yet: retry with the same
// idempotency key, never with a new payment.
enum class PaymentStatus { Pending, Succeeded, Failed, Cancelled };
QString paymentStatusKey(PaymentStatus s);
PaymentStatus paymentStatusFromKey(QStringView key);

enum class PaymentPurpose { Invoice, Deposit };

struct Payment {
    EntityId id; // the root of the idempotency keys sent for it
    EntityId invoiceId;
    EntityId appointmentId; // for a deposit
    PaymentPurpose purpose = PaymentPurpose::Invoice;
    TenderKind kind = TenderKind::Card;
    qint64 amountMinor = 0;
    QString currency = QStringLiteral("USD");
    PaymentStatus status = PaymentStatus::Pending;
    QString providerRef; // Stripe PaymentIntent id
    QString failure; // the plain message shown when it failed
    EntityId tenderLineId; // set once it succeeded on an invoice
    QDateTime createdAt;
};

enum class DepositStatus { Held, Applied, Forfeited, Refunded };
QString depositStatusKey(DepositStatus s);
DepositStatus depositStatusFromKey(QStringView key);

struct Deposit {
    EntityId id;
    EntityId appointmentId;
    EntityId clientId;
    TenderKind kind = TenderKind::Card;
    qint64 amountMinor = 0;
    QString currency = QStringLiteral("USD");
    QString reference;
    DepositStatus status = DepositStatus::Held;
    EntityId invoiceId;
    QDateTime createdAt;
};

struct Refund {
    EntityId id; // the root of the refund's idempotency key
    EntityId invoiceId; // null for a deposit's refund
    EntityId tenderLineId;
    EntityId depositId; // set only for a deposit's refund
    TenderKind kind = TenderKind::Cash;
    qint64 amountMinor = 0;
    QString reason;
    PaymentStatus status = PaymentStatus::Pending;
    QString providerRef; // Stripe re_..., or the card payment to refund through while pending
    QString failure;
    QDateTime createdAt;
};

} // namespace msp::checkout
