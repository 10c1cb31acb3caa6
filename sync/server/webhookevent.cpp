#include "webhookevent.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace msp::server {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("msp::server::StripeWebhook", text);
}

QString str(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1StringView(key)).toString();
}

// Stripe sends amounts and times as JSON integers; anything else says nothing.
qint64 integer(const QJsonObject &o, const char *key, qint64 missing = -1)
{
    const QJsonValue v = o.value(QLatin1StringView(key));
    if (!v.isDouble())
        return missing;
    const double d = v.toDouble();
    return d == double(qint64(d)) ? qint64(d) : missing;
}

QString metadata(const QJsonObject &o, QStringView key)
{
    return o.value(QLatin1StringView("metadata")).toObject().value(key).toString().trimmed();
}

QString upperCurrency(const QJsonObject &o)
{
    return str(o, "currency").toUpper();
}
} // namespace

Result<StripeEvent> parseStripeEvent(const QByteArray &body)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &error);
    if (!doc.isObject())
        return Error::invalid(
            QStringLiteral("body"),
            tr("The body is not a JSON object (%1); Stripe sends events as JSON.")
                .arg(error.error == QJsonParseError::NoError ? QStringLiteral("not an object") : error.errorString()));
    const QJsonObject o = doc.object();
    StripeEvent e;
    e.id = str(o, "id");
    e.type = str(o, "type");
    e.created = integer(o, "created", 0);
    e.livemode = o.value(QLatin1StringView("livemode")).toBool();
    e.object = o.value(QLatin1StringView("data")).toObject().value(QLatin1StringView("object")).toObject();
    e.objectId = str(e.object, "id");
    if (e.id.isEmpty() || e.type.isEmpty())
        return Error::invalid(QStringLiteral("id"), tr("The event has no id or no type."));
    if (e.created <= 0)
        return Error::invalid(QStringLiteral("created"), tr("The event has no creation time."));
    if (e.objectId.isEmpty())
        return Error::invalid(QStringLiteral("data"), tr("The event carries no object with an id."));
    return e;
}

std::optional<PaymentFacts> paymentFacts(const StripeEvent &event)
{
    const QJsonObject &o = event.object;
    PaymentFacts f;
    f.orgId = metadata(o, kMetadataOrgId);
    f.paymentId = metadata(o, kMetadataPaymentId);
    f.currency = upperCurrency(o);
    f.amount = integer(o, "amount");

    if (event.type.startsWith(u"payment_intent.")) {
        f.intentId = event.objectId;
        f.chargeId = str(o, "latest_charge");
        f.hasStatus = true;
        f.stripeStatus = str(o, "status");
        f.statusAt = event.created;
        f.amountReceived = integer(o, "amount_received");
        const QJsonObject error = o.value(QLatin1StringView("last_payment_error")).toObject();
        if (f.stripeStatus == u"succeeded")
            f.status = QStringLiteral("succeeded");
        else if (f.stripeStatus == u"canceled")
            f.status = QStringLiteral("cancelled");
        else if (event.type == u"payment_intent.payment_failed"
                 || (f.stripeStatus == u"requires_payment_method" && !error.isEmpty()))
            f.status = QStringLiteral("failed");
        else
            f.status = QStringLiteral("pending");
        if (f.status == u"failed") {
            f.failureCode = str(error, "decline_code");
            if (f.failureCode.isEmpty())
                f.failureCode = str(error, "code");
            f.failureMessage = str(error, "message");
        }
        return f;
    }
    if (event.type == u"charge.refunded") {
        // In events the charge names its PaymentIntent by id.
        f.intentId = str(o, "payment_intent");
        if (f.intentId.isEmpty())
            return std::nullopt;
        f.chargeId = event.objectId;
        f.amountRefunded = integer(o, "amount_refunded");
        f.refundedAt = event.created;
        // Only a paid charge can be refunded: that is news of the success
        // even when the refund overtakes payment_intent.succeeded.
        if (o.value(QLatin1StringView("paid")).toBool() && str(o, "status") == u"succeeded") {
            f.hasStatus = true;
            f.status = QStringLiteral("succeeded");
            f.stripeStatus = QStringLiteral("succeeded");
            f.statusAt = integer(o, "created", event.created);
            f.amountReceived = integer(o, "amount_captured");
        }
        return f;
    }
    return std::nullopt;
}

std::optional<PayoutFacts> payoutFacts(const StripeEvent &event)
{
    if (!event.type.startsWith(u"payout."))
        return std::nullopt;
    const QJsonObject &o = event.object;
    PayoutFacts f;
    f.id = event.objectId;
    f.orgId = metadata(o, kMetadataOrgId);
    f.status = str(o, "status");
    if (f.status == u"canceled")
        f.status = QStringLiteral("cancelled");
    f.statusAt = event.created;
    f.amount = integer(o, "amount");
    f.currency = upperCurrency(o);
    f.arrivalDate = integer(o, "arrival_date", 0);
    f.failureCode = str(o, "failure_code");
    f.failureMessage = str(o, "failure_message");
    return f;
}

} // namespace msp::server
