#pragma once

#include "cardcharger.h"

#include <QObject>
#include <QTimer>

namespace msp::store {
class ClinicStore;
}

namespace msp::ui {

// A card payment on a Stripe Terminal reader, server-driven: a card_present
// PaymentIntent (manual capture) is created and its id kept on the pending
// payment, the reader is handed it (process_payment_intent), then the reader
// and the PaymentIntent are polled until the client has presented a card.
// An authorised PaymentIntent is captured and recorded; a declined card or a
// cancel (cancel_action, then the PaymentIntent cancelled so the hold is
// released) fails the payment and leaves the invoice as it was. Network calls
// run off the GUI thread; the store is written on it. A crash at any point
// leaves a pending payment with the PaymentIntent's id, which
// PendingPaymentRecovery settles at the next start.
class TerminalCharge : public QObject
{
    Q_OBJECT
public:
    TerminalCharge(store::ClinicStore &store, stripe::StripeGateway &gateway, const Actor &actor,
                   const checkout::Payment &payment, const QString &readerId, QObject *parent = nullptr);

    void setPollInterval(int ms) { m_poll.setInterval(ms); }
    void start();
    // Stripe's webhook reached the sync server and sync brought the news
    // (a payment_intent.* event): look now rather than at the next poll. The
    // poll stays as the fallback for a clinic without a sync server.
    void nudge();
    void cancel();
    bool isWaitingForCard() const { return m_waiting; }
    const checkout::Payment &payment() const { return m_payment; }

Q_SIGNALS:
    // The reader shows the amount: the client presents the card now.
    void waitingForCard();
    void finished(const msp::ui::CardOutcome &outcome);

private:
    struct Look {
        Result<stripe::ReaderAction> reader;
        Result<stripe::PaymentIntent> intent;
    };
    void onProcessed(const Result<stripe::ReaderAction> &action);
    void poll();
    void onLook(const Look &look);
    void sendCancel();
    void capture(const QString &intentId);
    void fail(const QString &message, CardOutcome::Kind kind, bool releaseIntent);
    void done(const CardOutcome &outcome);

    store::ClinicStore &m_store;
    stripe::StripeGateway &m_gateway;
    Actor m_actor;
    checkout::Payment m_payment;
    QString m_readerId;
    QTimer m_poll;
    bool m_waiting = false;
    bool m_busy = false; // a network step is running
    bool m_cancelled = false;
    bool m_cancelSent = false;
    bool m_finished = false;
};

} // namespace msp::ui
