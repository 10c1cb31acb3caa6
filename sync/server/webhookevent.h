#pragma once

#include "domain/result.h"
#include "webhookstate.h"

#include <QJsonObject>

#include <optional>

namespace msp::server {

// A Stripe event as delivered to the webhook: {"id":"evt_...", "type":
// "payment_intent.succeeded", "created": <unix>, "livemode": false,
// "data": {"object": {...}}}.
struct StripeEvent {
    QString id;
    QString type;
    qint64 created = 0;
    bool livemode = false;
    QJsonObject object; // data.object: the object as of `created`
    QString objectId;
};

// Metadata keys the app's Stripe requests carry (sync/stripe/stripegateway.cpp).
inline constexpr char16_t kMetadataOrgId[] = u"msp_org_id";
inline constexpr char16_t kMetadataPaymentId[] = u"msp_payment_id";

Result<StripeEvent> parseStripeEvent(const QByteArray &body);

// The facts an event carries about a PaymentIntent: payment_intent.* and
// charge.refunded (whose charge names its PaymentIntent). Nothing for other
// types, or a charge without a PaymentIntent.
std::optional<PaymentFacts> paymentFacts(const StripeEvent &event);
// payout.*
std::optional<PayoutFacts> payoutFacts(const StripeEvent &event);

} // namespace msp::server
