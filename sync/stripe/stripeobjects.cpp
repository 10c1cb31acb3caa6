#include "stripeobjects.h"

namespace msp::stripe {

namespace {
QString str(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    // Expandable fields arrive as an id or as the object itself.
    if (v.isObject())
        return v.toObject().value(QLatin1String("id")).toString();
    return v.toString();
}

qint64 num(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toInteger();
}
} // namespace

PaymentIntent PaymentIntent::fromJson(const QJsonObject &o)
{
    PaymentIntent p;
    p.id = str(o, "id");
    p.status = str(o, "status");
    p.amount = num(o, "amount");
    p.amountReceived = num(o, "amount_received");
    p.amountCapturable = num(o, "amount_capturable");
    p.currency = str(o, "currency");
    p.customer = str(o, "customer");
    p.latestCharge = str(o, "latest_charge");
    p.clientSecret = str(o, "client_secret");
    p.lastError = o.value(QLatin1String("last_payment_error")).toObject().value(QLatin1String("message")).toString();
    p.metadata = o.value(QLatin1String("metadata")).toObject();
    return p;
}

Refund Refund::fromJson(const QJsonObject &o)
{
    return Refund {str(o, "id"),       str(o, "status"),         num(o, "amount"),
                   str(o, "currency"), str(o, "payment_intent"), str(o, "reason")};
}

Customer Customer::fromJson(const QJsonObject &o)
{
    return Customer {str(o, "id"), o.value(QLatin1String("metadata")).toObject()};
}

SetupIntent SetupIntent::fromJson(const QJsonObject &o)
{
    return SetupIntent {str(o, "id"), str(o, "status"), str(o, "customer"), str(o, "client_secret"),
                        str(o, "payment_method")};
}

ReaderAction ReaderAction::fromJson(const QJsonObject &o)
{
    ReaderAction r;
    r.readerId = str(o, "id");
    r.label = str(o, "label");
    r.deviceType = str(o, "device_type");
    r.readerStatus = str(o, "status");
    const QJsonObject action = o.value(QLatin1String("action")).toObject();
    r.type = str(action, "type");
    r.status = str(action, "status");
    r.failureCode = str(action, "failure_code");
    r.failureMessage = str(action, "failure_message");
    r.paymentIntent = str(action.value(QLatin1String("process_payment_intent")).toObject(), "payment_intent");
    return r;
}

QString currencyForStripe(const QString &isoCode)
{
    return isoCode.toLower();
}

} // namespace msp::stripe
