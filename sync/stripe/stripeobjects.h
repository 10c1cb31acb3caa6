#pragma once

#include <QJsonObject>
#include <QString>

namespace msp::stripe {

// The fields of Stripe's objects this app reads. Amounts are integer minor
// units as Stripe sends them; currencies are lower-case ISO codes ("usd").
struct PaymentIntent {
    QString id; // pi_...
    QString status; // requires_payment_method, requires_confirmation, requires_action, processing,
                    // requires_capture, canceled, succeeded
    qint64 amount = 0;
    qint64 amountReceived = 0;
    qint64 amountCapturable = 0;
    QString currency;
    QString customer;
    QString latestCharge;
    QString clientSecret;
    QString lastError; // plain message of last_payment_error, if any
    QJsonObject metadata;

    bool isSucceeded() const { return status == u"succeeded"; }
    static PaymentIntent fromJson(const QJsonObject &o);
};

struct Refund {
    QString id; // re_...
    QString status; // pending, requires_action, succeeded, failed, canceled
    qint64 amount = 0;
    QString currency;
    QString paymentIntent;
    QString reason;
    static Refund fromJson(const QJsonObject &o);
};

struct Customer {
    QString id; // cus_...
    QJsonObject metadata;
    static Customer fromJson(const QJsonObject &o);
};

struct SetupIntent {
    QString id; // seti_...
    QString status;
    QString customer;
    QString clientSecret;
    QString paymentMethod;
    static SetupIntent fromJson(const QJsonObject &o);
};

// A Terminal reader (terminal.reader) and the last action it was given,
// e.g. after it was handed a PaymentIntent to collect.
struct ReaderAction {
    QString readerId; // tmr_...
    QString label; // "Front desk"
    QString deviceType; // bbpos_wisepos_e, stripe_s700, simulated_wisepos_e ...
    QString readerStatus; // online, offline
    QString type; // process_payment_intent
    QString status; // in_progress, succeeded, failed; empty when the reader has no action
    QString paymentIntent;
    QString failureCode;
    QString failureMessage;
    bool isInProgress() const { return status == u"in_progress"; }
    static ReaderAction fromJson(const QJsonObject &o);
};

QString currencyForStripe(const QString &isoCode); // "USD" -> "usd"

} // namespace msp::stripe
