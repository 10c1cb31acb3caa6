#pragma once

#include "checkout/payment.h"
#include "domain/result.h"
#include "domain/user.h"

#include <QObject>

namespace msp::store {
class ClinicStore;
}
namespace msp::stripe {
class StripeGateway;
}

namespace msp::ui {

// What Stripe says about a card payment whose answer was lost.
struct PendingVerdict {
    enum Kind {
        Charged, // the money was taken: record the card tender
        NotCharged, // nothing was taken (and the PaymentIntent is released)
        Unknown, // no answer, or Stripe is still processing: ask again later
    };
    Kind kind = Unknown;
    QString providerRef;
    QString message;
};

// Looks a pending card payment up at Stripe, without the store (blocking, run
// it off the GUI thread). With the PaymentIntent's id kept, it is retrieved;
// without it the app stopped before the card could be asked, and the create
// request is sent again with its idempotency key (Stripe answers with the
// same PaymentIntent) only to release it. An authorised card-present payment
// is captured (the client presented the card for this amount); an unconfirmed
// one is cancelled. Money is never taken by this lookup otherwise.
PendingVerdict inspectPendingPayment(stripe::StripeGateway &gateway, const checkout::Payment &payment);

// Records a verdict: the card tender (or held deposit), or a failed payment.
Result<checkout::Payment> applyPendingVerdict(store::ClinicStore &store, const Actor &actor,
                                              const checkout::Payment &payment, const PendingVerdict &verdict);

// Settles, when the app starts, card work a crash or a lost answer left
// pending: card payments (looked up, never charged again) and card refunds
// (sent again with the same idempotency key). The network part runs on a
// worker thread; the store is only touched on the thread that owns it.
class PendingPaymentRecovery : public QObject
{
    Q_OBJECT
public:
    struct Report {
        int charged = 0; // completed: the money had been taken
        int released = 0; // nothing had been taken; the payment is marked failed
        int stillPending = 0; // no answer yet
        int refundsSent = 0;
        QString problem;
        bool isEmpty() const { return charged + released + stillPending + refundsSent == 0 && problem.isEmpty(); }
        QString summary() const;
    };

    PendingPaymentRecovery(store::ClinicStore &store, stripe::StripeGateway &gateway, const Actor &actor,
                           QObject *parent = nullptr);
    void start();
    bool isRunning() const { return m_running; }

Q_SIGNALS:
    void finished(const msp::ui::PendingPaymentRecovery::Report &report);

private:
    store::ClinicStore &m_store;
    stripe::StripeGateway &m_gateway;
    Actor m_actor;
    bool m_running = false;
};

} // namespace msp::ui
