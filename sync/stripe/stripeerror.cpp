#include "stripeerror.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace msp::stripe {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("msp::stripe", text);
}

// The decline codes a front desk meets most, in the words to say to a client.
QString declineReason(const QString &code)
{
    static const QList<QPair<QString, const char *>> reasons = {
        {QStringLiteral("insufficient_funds"), QT_TRANSLATE_NOOP("msp::stripe", "insufficient funds")},
        {QStringLiteral("lost_card"), QT_TRANSLATE_NOOP("msp::stripe", "the card was reported lost")},
        {QStringLiteral("stolen_card"), QT_TRANSLATE_NOOP("msp::stripe", "the card was reported stolen")},
        {QStringLiteral("expired_card"), QT_TRANSLATE_NOOP("msp::stripe", "the card has expired")},
        {QStringLiteral("incorrect_cvc"), QT_TRANSLATE_NOOP("msp::stripe", "the security code is wrong")},
        {QStringLiteral("incorrect_zip"), QT_TRANSLATE_NOOP("msp::stripe", "the postal code is wrong")},
        {QStringLiteral("card_velocity_exceeded"), QT_TRANSLATE_NOOP("msp::stripe", "the card's limit was reached")},
        {QStringLiteral("do_not_honor"), QT_TRANSLATE_NOOP("msp::stripe", "the bank refused it")},
        {QStringLiteral("generic_decline"), QT_TRANSLATE_NOOP("msp::stripe", "the bank refused it")},
        {QStringLiteral("fraudulent"), QT_TRANSLATE_NOOP("msp::stripe", "the bank refused it")},
        {QStringLiteral("pickup_card"), QT_TRANSLATE_NOOP("msp::stripe", "the bank refused it")},
        {QStringLiteral("processing_error"),
         QT_TRANSLATE_NOOP("msp::stripe", "the card could not be processed; try again")},
    };
    for (const auto &[key, words] : reasons)
        if (key == code)
            return tr(words);
    return {};
}

QString humanise(QString code)
{
    return code.replace(u'_', u' ');
}
} // namespace

QString failureKindKey(FailureKind kind)
{
    switch (kind) {
    case FailureKind::Declined: return QStringLiteral("stripe.declined");
    case FailureKind::Invalid: return QStringLiteral("stripe.invalid");
    case FailureKind::Authentication: return QStringLiteral("stripe.authentication");
    case FailureKind::Idempotency: return QStringLiteral("stripe.idempotency");
    case FailureKind::Unreachable: return QStringLiteral("stripe.unreachable");
    }
    return {};
}

FailureKind failureKindOf(const Error &error)
{
    for (auto k : {FailureKind::Declined, FailureKind::Invalid, FailureKind::Authentication, FailureKind::Idempotency,
                   FailureKind::Unreachable})
        if (error.field == failureKindKey(k))
            return k;
    return FailureKind::Invalid;
}

StripeError StripeError::parse(int httpStatus, const QByteArray &body)
{
    StripeError e;
    e.httpStatus = httpStatus;
    const QJsonObject err = QJsonDocument::fromJson(body).object().value(QLatin1String("error")).toObject();
    e.type = err.value(QLatin1String("type")).toString();
    e.code = err.value(QLatin1String("code")).toString();
    e.declineCode = err.value(QLatin1String("decline_code")).toString();
    e.message = err.value(QLatin1String("message")).toString();
    e.param = err.value(QLatin1String("param")).toString();
    return e;
}

FailureKind StripeError::kind() const
{
    if (type == u"card_error")
        return FailureKind::Declined;
    if (type == u"idempotency_error")
        return FailureKind::Idempotency;
    if (httpStatus == 401 || httpStatus == 403)
        return FailureKind::Authentication;
    if (httpStatus == 429 || httpStatus >= 500 || httpStatus == 0)
        return FailureKind::Unreachable;
    return FailureKind::Invalid;
}

QString StripeError::plainMessage() const
{
    switch (kind()) {
    case FailureKind::Declined: {
        QString reason = declineReason(declineCode);
        if (reason.isEmpty())
            reason = declineReason(code);
        if (code == u"card_declined" || !declineCode.isEmpty()) {
            if (reason.isEmpty())
                reason = declineCode.isEmpty() ? tr("the bank refused it") : humanise(declineCode);
            return tr("Card declined: %1").arg(reason);
        }
        if (!reason.isEmpty())
            return tr("Card not accepted: %1").arg(reason);
        return tr("Card not accepted: %1").arg(code.isEmpty() ? message : humanise(code));
    }
    case FailureKind::Authentication:
        return tr("Stripe refused the clinic's API key. An administrator should enter the current secret key in "
                  "Admin > Payments.");
    case FailureKind::Idempotency:
        return tr("Stripe saw this payment before with different details, so nothing was charged again. Start a new "
                  "payment.");
    case FailureKind::Unreachable:
        return tr("Stripe did not answer (HTTP %1). The payment may or may not have gone through; retrying is safe "
                  "and will not charge twice.")
            .arg(httpStatus);
    case FailureKind::Invalid: break;
    }
    if (code == u"terminal_reader_offline")
        return tr("The card reader is offline. Check that it is switched on and connected to the internet, or "
                  "choose another reader.");
    if (code == u"terminal_reader_busy")
        return tr("The card reader is busy with another payment. Finish or cancel that one first, or choose another "
                  "reader.");
    if (!message.isEmpty())
        return tr("Stripe refused the request: %1").arg(message);
    return tr("Stripe refused the request (HTTP %1).").arg(httpStatus);
}

Error StripeError::toError() const
{
    Error e = Error::make(ErrorCode::Invalid, plainMessage());
    if (kind() == FailureKind::Authentication)
        e.code = ErrorCode::NotPermitted;
    else if (kind() == FailureKind::Unreachable)
        e.code = ErrorCode::Internal; // no code for "the network"; the field says it
    else if (kind() == FailureKind::Idempotency)
        e.code = ErrorCode::Conflict;
    e.field = failureKindKey(kind());
    return e;
}

} // namespace msp::stripe
