#pragma once

#include "domain/error.h"

#include <QByteArray>
#include <QString>

namespace msp::stripe {

// Why a gateway call failed, for the code that decides what to do next. The
// Error's `field` carries failureKindKey() so it survives a Result.
enum class FailureKind {
    Declined, // card_error: the card or its bank said no; the invoice stays unpaid
    Invalid, // 4xx other than a decline: our request or our account is wrong
    Authentication, // the API key is missing, wrong or revoked
    Idempotency, // the same key was used with different parameters
    Unreachable, // no answer (or 5xx/429) after every retry: the outcome is unknown
};
QString failureKindKey(FailureKind kind);
FailureKind failureKindOf(const Error &error);

// Stripe's error object, {"error": {"type", "code", "decline_code", "message", "param"}}.
struct StripeError {
    int httpStatus = 0;
    QString type;
    QString code;
    QString declineCode;
    QString message;
    QString param;
    QString requestId;

    static StripeError parse(int httpStatus, const QByteArray &body);
    FailureKind kind() const;
    // Plain words for the front desk: "Card declined: insufficient funds".
    QString plainMessage() const;
    Error toError() const;
};

} // namespace msp::stripe
