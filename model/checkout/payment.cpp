#include "checkout/payment.h"

namespace msp::checkout {

QString paymentStatusKey(PaymentStatus s)
{
    switch (s) {
    case PaymentStatus::Pending: return QStringLiteral("pending");
    case PaymentStatus::Succeeded: return QStringLiteral("succeeded");
    case PaymentStatus::Failed: return QStringLiteral("failed");
    case PaymentStatus::Cancelled: return QStringLiteral("cancelled");
    }
    return {};
}

PaymentStatus paymentStatusFromKey(QStringView key)
{
    for (auto s : {PaymentStatus::Pending, PaymentStatus::Succeeded, PaymentStatus::Failed, PaymentStatus::Cancelled})
        if (paymentStatusKey(s) == key)
            return s;
    return PaymentStatus::Pending;
}

QString depositStatusKey(DepositStatus s)
{
    switch (s) {
    case DepositStatus::Held: return QStringLiteral("held");
    case DepositStatus::Applied: return QStringLiteral("applied");
    case DepositStatus::Forfeited: return QStringLiteral("forfeited");
    case DepositStatus::Refunded: return QStringLiteral("refunded");
    }
    return {};
}

DepositStatus depositStatusFromKey(QStringView key)
{
    for (auto s : {DepositStatus::Held, DepositStatus::Applied, DepositStatus::Forfeited, DepositStatus::Refunded})
        if (depositStatusKey(s) == key)
            return s;
    return DepositStatus::Held;
}

} // namespace msp::checkout
