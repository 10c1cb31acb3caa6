#include "webhooksignature.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QMessageAuthenticationCode>

namespace msp::stripe {

namespace {
// Constant time for equal lengths, so a forger learns nothing from timing.
bool sameBytes(QByteArrayView a, QByteArrayView b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}
} // namespace

QByteArray signWebhookPayload(QByteArrayView payload, const QByteArray &secret, qint64 timestamp)
{
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, secret);
    mac.addData(QByteArray::number(timestamp));
    mac.addData(".", 1);
    mac.addData(payload.data(), payload.size());
    return mac.result().toHex();
}

QByteArray webhookSignatureHeader(QByteArrayView payload, const QByteArray &secret, qint64 timestamp)
{
    return "t=" + QByteArray::number(timestamp) + ",v1=" + signWebhookPayload(payload, secret, timestamp);
}

WebhookVerdict verifyWebhookSignature(QByteArrayView payload, QByteArrayView signatureHeader,
                                      const QList<QByteArray> &secrets, qint64 nowSecs, qint64 toleranceSecs)
{
    QList<QByteArray> usable;
    for (const QByteArray &s : secrets)
        if (!s.isEmpty())
            usable.append(s);
    if (usable.isEmpty())
        return WebhookVerdict::NoSecret;

    std::optional<qint64> timestamp;
    QList<QByteArray> v1;
    for (const QByteArray &item : signatureHeader.toByteArray().split(',')) {
        const qsizetype eq = item.indexOf('=');
        if (eq <= 0)
            continue;
        const QByteArray key = item.left(eq).trimmed();
        const QByteArray value = item.mid(eq + 1).trimmed();
        if (key == "t") {
            bool ok = false;
            const qint64 t = value.toLongLong(&ok);
            if (!ok || timestamp)
                return WebhookVerdict::MalformedHeader; // two timestamps is an attack, not a header
            timestamp = t;
        } else if (key == "v1") {
            v1.append(value.toLower());
        }
    }
    if (!timestamp || v1.isEmpty())
        return WebhookVerdict::MalformedHeader;

    bool matched = false;
    for (const QByteArray &secret : usable) {
        const QByteArray expected = signWebhookPayload(payload, secret, *timestamp);
        for (const QByteArray &candidate : v1)
            matched = sameBytes(expected, candidate) || matched;
    }
    if (!matched)
        return WebhookVerdict::NoMatchingSignature;
    // Checked after the signature, so an attacker cannot probe the clock with
    // unsigned requests; the timestamp is covered by the signature.
    const qint64 age = nowSecs - *timestamp;
    if (age > toleranceSecs || -age > toleranceSecs)
        return WebhookVerdict::TimestampOutsideTolerance;
    return WebhookVerdict::Valid;
}

QString webhookVerdictMessage(WebhookVerdict verdict)
{
    switch (verdict) {
    case WebhookVerdict::Valid: return QCoreApplication::translate("msp::stripe", "The signature is valid.");
    case WebhookVerdict::MalformedHeader:
        return QCoreApplication::translate("msp::stripe", "The Stripe-Signature header is missing or malformed.");
    case WebhookVerdict::NoMatchingSignature:
        return QCoreApplication::translate("msp::stripe",
                                           "No signature matches: the body was changed or the signing secret is "
                                           "wrong.");
    case WebhookVerdict::TimestampOutsideTolerance:
        return QCoreApplication::translate("msp::stripe",
                                           "The event is older than five minutes (a replay, or the server clock is "
                                           "wrong).");
    case WebhookVerdict::NoSecret:
        return QCoreApplication::translate("msp::stripe",
                                           "No webhook signing secret is configured; start the server with "
                                           "--stripe-webhook-secret.");
    }
    return {};
}

} // namespace msp::stripe
