#pragma once

#include <QByteArray>
#include <QList>
#include <QMutex>
#include <QPair>
#include <QString>

#include <memory>

class QThread;

namespace msp::test {

class FakeStripeServer;

// A stand-in for api.stripe.com over HTTPS on loopback, in its own thread so
// blocking clients (libcurl) can call it from the test's thread. It reads
// Stripe's form encoding, answers with Stripe's object shapes and error
// bodies, keeps Stripe's idempotency rules (same key and same request replays
// the first answer with Idempotent-Replayed: true; same key with other
// parameters is a 400 idempotency_error) and can be told to misbehave.
//
// Test payment methods, as in Stripe's test mode: pm_card_visa succeeds,
// pm_card_chargeDeclinedInsufficientFunds and pm_card_chargeDeclined decline.
class FakeStripe
{
public:
    enum class Fault {
        ServerError, // 500 before doing anything (a load balancer's error)
        Timeout, // never answers, does nothing
        DropAfterCharge, // does the work, records it, then drops the connection
    };

    struct Request {
        QByteArray method;
        QByteArray path;
        QByteArray idempotencyKey;
        QByteArray body;
        bool replayed = false;
        int status = 0; // 0 when no answer was sent
    };

    FakeStripe();
    ~FakeStripe();

    bool start(); // listens on 127.0.0.1, a free port
    QString baseUrl() const;
    static QString caCertificatePath();
    static QByteArray apiKey() { return "sk_test_fake_medspasync"; }

    // The next `times` POST requests meet this fault; with `pathPart`, only
    // POSTs whose path contains it ("/confirm", "/refunds").
    void injectFault(Fault fault, int times = 1, const QByteArray &pathPart = {});
    // Money actually taken: payment intents that reached succeeded or
    // requires_capture.
    int chargeCount() const;
    qint64 refundedTotal() const;
    QList<Request> requests() const;

private:
    friend class FakeStripeServer;
    mutable QMutex m_mutex;
    std::unique_ptr<QThread> m_thread;
    FakeStripeServer *m_server = nullptr; // lives in m_thread
    quint16 m_port = 0;
};

} // namespace msp::test
