#pragma once

#include "domain/result.h"
#include "formbody.h"
#include "httptransport.h"
#include "stripeobjects.h"

#include <QJsonObject>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace msp::stripe {

struct RetryPolicy {
    int maxAttempts = 4; // the first try and three retries
    int baseDelayMs = 500; // doubled each retry, with jitter
    int maxDelayMs = 8000;
};

struct StripeConfig {
    QByteArray apiKey; // sk_live_... / sk_test_... or a restricted rk_...; never logged
    QString baseUrl = QStringLiteral("https://api.stripe.com");
    QByteArray apiVersion; // Stripe-Version; empty uses the account's default
    // The clinic (sync server org id). Sent as metadata[msp_org_id] on
    // PaymentIntents and Refunds so the server's webhook knows whose they are.
    QString orgId;
    RetryPolicy retry;
};

struct PaymentIntentRequest {
    qint64 amount = 0; // minor units
    QString currency = QStringLiteral("USD");
    QString customer;
    QString paymentMethod; // pm_...; with confirm the charge happens in this call
    bool confirm = false;
    bool manualCapture = false; // authorise now, capture() later
    bool cardPresent = false; // for a Terminal reader
    QString description;
    QList<QPair<QString, QString>> metadata; // ids only, never patient data
};

// Stripe's REST API over a swappable transport. Every POST carries an
// Idempotency-Key built from the caller's local id (the payment, refund or
// client row) and the operation, so when an answer is lost the retry - ours
// now, or a person's after a restart - is answered from Stripe's record of the
// first request and the card is never charged twice. Network failures, 429
// and 5xx are retried with backoff; other 4xx never are. Calls block: run
// them off the GUI thread.
class StripeGateway
{
public:
    using Sleeper = std::function<void(int milliseconds)>;

    StripeGateway(StripeConfig config, std::unique_ptr<HttpTransport> transport);
    ~StripeGateway();

    // Tests replace the wait between retries.
    void setSleeper(Sleeper sleeper) { m_sleep = std::move(sleeper); }
    int attemptsOfLastCall() const { return m_lastAttempts.load(); }

    static QByteArray idempotencyKey(const QString &localId, QStringView operation);

    Result<PaymentIntent> createPaymentIntent(const QString &localPaymentId, const PaymentIntentRequest &request);
    Result<PaymentIntent> confirmPaymentIntent(const QString &localPaymentId, const QString &intentId,
                                               const QString &paymentMethod);
    Result<PaymentIntent> capturePaymentIntent(const QString &localPaymentId, const QString &intentId,
                                               std::optional<qint64> amountToCapture = {});
    Result<PaymentIntent> cancelPaymentIntent(const QString &localPaymentId, const QString &intentId,
                                              const QString &reason = QStringLiteral("requested_by_customer"));
    Result<PaymentIntent> retrievePaymentIntent(const QString &intentId);
    // reason: duplicate, fraudulent or requested_by_customer (Stripe's set).
    Result<Refund> createRefund(const QString &localRefundId, const QString &paymentIntentId, qint64 amount,
                                const QString &reason = QStringLiteral("requested_by_customer"));
    // Only the clinic's client id goes to Stripe, not a name or e-mail.
    Result<Customer> createCustomer(const QString &localClientId);
    // A card on file: the reader or Stripe's form completes it off-session.
    Result<SetupIntent> createSetupIntent(const QString &localId, const QString &customerId);
    // Server-driven Terminal: hands the PaymentIntent to a registered reader.
    Result<ReaderAction> processPaymentIntentOnReader(const QString &localPaymentId, const QString &readerId,
                                                      const QString &intentId);
    // The account's registered readers (GET /v1/terminal/readers), online or not.
    Result<QList<ReaderAction>> listReaders();
    Result<ReaderAction> retrieveReader(const QString &readerId);
    // Stops what the reader is doing (the client walked away, the front desk
    // pressed Cancel). `localId` keys the request.
    Result<ReaderAction> cancelReaderAction(const QString &localId, const QString &readerId);
    // Test mode only: a simulated reader is handed a test card, as a client
    // tapping it would (POST /v1/test_helpers/terminal/readers/:id/present_payment_method).
    Result<ReaderAction> presentTestCardOnReader(const QString &localId, const QString &readerId,
                                                 const QString &cardNumber = {});

private:
    Result<QJsonObject> call(const QByteArray &method, const QString &path, const FormBody &form,
                             const QByteArray &idempotencyKey);
    static QString pathPart(const QString &id); // an id as one URL path segment
    int backoffMs(int attempt, const HttpResponse *response) const;

    StripeConfig m_config;
    std::unique_ptr<HttpTransport> m_transport;
    Sleeper m_sleep;
    std::atomic<int> m_lastAttempts = 0; // calls may come from several worker threads
};

} // namespace msp::stripe
