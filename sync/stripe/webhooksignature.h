#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QList>

namespace msp::stripe {

enum class WebhookVerdict {
    Valid,
    MalformedHeader, // no t= or no v1=
    NoMatchingSignature, // tampered body, wrong secret
    TimestampOutsideTolerance, // replayed or clock far off
    NoSecret, // the server has no signing secret configured
};

// Verifies a Stripe-Signature header ("t=1492774577,v1=5257a8...,v1=...,v0=...")
// as Stripe documents it: HMAC-SHA256 of "<t>.<raw payload>" with each
// endpoint signing secret (whsec_...; more than one while a secret is being
// rolled), compared in constant time against every v1 signature. Other
// schemes (v0) are ignored. `nowSecs` is the current Unix time; the timestamp
// must be within `toleranceSecs` of it either way. Pure: no clock, no I/O.
WebhookVerdict verifyWebhookSignature(QByteArrayView payload, QByteArrayView signatureHeader,
                                      const QList<QByteArray> &secrets, qint64 nowSecs, qint64 toleranceSecs = 300);
QString webhookVerdictMessage(WebhookVerdict verdict);

// Signs a payload the way Stripe does: for tests and the fake server.
QByteArray signWebhookPayload(QByteArrayView payload, const QByteArray &secret, qint64 timestamp);
// The full header value "t=<timestamp>,v1=<hex>".
QByteArray webhookSignatureHeader(QByteArrayView payload, const QByteArray &secret, qint64 timestamp);

} // namespace msp::stripe
