#include "terminalcharge.h"

#include "checkout/paymentrepository.h"
#include "offthread.h"
#include "store/clinicstore.h"
#include "stripe/stripeerror.h"
#include "stripe/stripegateway.h"

namespace msp::ui {

TerminalCharge::TerminalCharge(store::ClinicStore &store, stripe::StripeGateway &gateway, const Actor &actor,
                               const checkout::Payment &payment, const QString &readerId, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_gateway(gateway)
    , m_actor(actor)
    , m_payment(payment)
    , m_readerId(readerId)
{
    m_poll.setInterval(1000);
    m_poll.setSingleShot(true);
    connect(&m_poll, &QTimer::timeout, this, &TerminalCharge::poll);
}

void TerminalCharge::start()
{
    stripe::StripeGateway *gateway = &m_gateway;
    const checkout::Payment p = m_payment;
    m_busy = true;
    runOffThread(
        this, [gateway, p] { return CardCharger::createIntent(*gateway, p, true); },
        [this, gateway](Result<stripe::PaymentIntent> intent) {
            m_busy = false;
            checkout::PaymentRepository repo(m_store);
            CardCharger charger(repo, m_gateway);
            if (!intent) {
                done(charger.finish(m_actor, m_payment, intent));
                return;
            }
            auto attached = charger.attachIntent(m_actor, m_payment, intent->id);
            if (!attached) {
                CardOutcome out;
                out.payment = m_payment;
                out.message = attached.error().message;
                done(out);
                return;
            }
            m_payment = *attached;
            if (m_cancelled) {
                fail(tr("Cancelled at the front desk; the card was not charged."), CardOutcome::Failed, true);
                return;
            }
            const checkout::Payment attachedPayment = m_payment;
            const QString reader = m_readerId;
            m_busy = true;
            runOffThread(
                this,
                [gateway, attachedPayment, reader] {
                    return gateway->processPaymentIntentOnReader(attachedPayment.id.toString(), reader,
                                                                 attachedPayment.providerRef);
                },
                [this](Result<stripe::ReaderAction> action) { onProcessed(action); });
        });
}

void TerminalCharge::onProcessed(const Result<stripe::ReaderAction> &action)
{
    m_busy = false;
    if (!action) {
        if (stripe::failureKindOf(action.error()) == stripe::FailureKind::Unreachable) {
            // Whether the reader got it is unknown: look instead of guessing.
            m_waiting = true;
            Q_EMIT waitingForCard();
            m_poll.start();
            return;
        }
        fail(action.error().message, CardOutcome::Failed, true);
        return;
    }
    m_waiting = true;
    if (m_cancelled) {
        sendCancel();
        return;
    }
    Q_EMIT waitingForCard();
    m_poll.start();
}

void TerminalCharge::nudge()
{
    if (!m_waiting || m_finished || m_busy || m_cancelSent)
        return;
    m_poll.stop();
    poll();
}

void TerminalCharge::poll()
{
    if (m_finished || m_busy)
        return;
    stripe::StripeGateway *gateway = &m_gateway;
    const QString reader = m_readerId;
    const QString intent = m_payment.providerRef;
    m_busy = true;
    runOffThread(
        this,
        [gateway, reader, intent] {
            return Look {gateway->retrieveReader(reader), gateway->retrievePaymentIntent(intent)};
        },
        [this](Look look) {
            m_busy = false;
            onLook(look);
        });
}

void TerminalCharge::onLook(const Look &look)
{
    if (m_finished)
        return;
    const QString status = look.intent ? look.intent->status : QString();
    if (status == u"succeeded") {
        checkout::PaymentRepository repo(m_store);
        done(CardCharger(repo, m_gateway).finish(m_actor, m_payment, look.intent));
        return;
    }
    if (m_cancelled) {
        if (!m_cancelSent) {
            sendCancel();
            return;
        }
        // Cancelling the PaymentIntent also releases a hold a late tap made.
        fail(tr("Cancelled at the front desk; the card was not charged."), CardOutcome::Failed, true);
        return;
    }
    if (status == u"requires_capture") {
        capture(look.intent->id);
        return;
    }
    if (status == u"canceled") {
        fail(tr("The card payment was cancelled; the card was not charged."), CardOutcome::Failed, false);
        return;
    }
    // The reader's action belongs to this payment only while it names its PaymentIntent.
    if (look.reader && look.reader->paymentIntent == m_payment.providerRef && look.reader->status == u"failed") {
        const bool cancelled = look.reader->failureCode == u"canceled";
        const QString message = cancelled ? tr("Cancelled on the reader; the card was not charged.")
                                          : tr("Card declined on the reader: %1").arg(look.reader->failureMessage);
        fail(message, cancelled ? CardOutcome::Failed : CardOutcome::Declined, true);
        return;
    }
    m_poll.start();
}

void TerminalCharge::sendCancel()
{
    m_cancelSent = true;
    m_poll.stop();
    stripe::StripeGateway *gateway = &m_gateway;
    const QString localId = m_payment.id.toString();
    const QString reader = m_readerId;
    const QString intent = m_payment.providerRef;
    m_busy = true;
    runOffThread(
        this,
        [gateway, localId, reader, intent] {
            (void)gateway->cancelReaderAction(localId, reader); // refused when the reader already finished
            return Look {gateway->retrieveReader(reader), gateway->retrievePaymentIntent(intent)};
        },
        [this](Look look) {
            m_busy = false;
            onLook(look);
        });
}

void TerminalCharge::capture(const QString &intentId)
{
    stripe::StripeGateway *gateway = &m_gateway;
    const QString localId = m_payment.id.toString();
    m_busy = true;
    runOffThread(
        this, [gateway, localId, intentId] { return gateway->capturePaymentIntent(localId, intentId); },
        [this](Result<stripe::PaymentIntent> captured) {
            m_busy = false;
            if (!captured && stripe::failureKindOf(captured.error()) == stripe::FailureKind::Unreachable) {
                m_poll.start(); // the capture keeps its key: asking again cannot take the money twice
                return;
            }
            checkout::PaymentRepository repo(m_store);
            done(CardCharger(repo, m_gateway).finish(m_actor, m_payment, captured));
        });
}

void TerminalCharge::cancel()
{
    m_cancelled = true;
    // A step still running looks at m_cancelled when it ends.
    if (!m_finished && !m_busy && m_waiting)
        sendCancel();
}

void TerminalCharge::fail(const QString &message, CardOutcome::Kind kind, bool releaseIntent)
{
    m_poll.stop();
    if (releaseIntent && !m_payment.providerRef.isEmpty()) {
        // Release the PaymentIntent so a card tapped late can never be charged by it.
        stripe::StripeGateway *gateway = &m_gateway;
        const QString localId = m_payment.id.toString();
        const QString intent = m_payment.providerRef;
        runOffThread(
            this,
            [gateway, localId, intent] {
                return gateway->cancelPaymentIntent(localId, intent, QStringLiteral("abandoned"));
            },
            [](Result<stripe::PaymentIntent>) {});
    }
    CardOutcome out;
    out.kind = kind;
    out.message = message;
    out.payment = m_payment;
    if (auto failed = checkout::PaymentRepository(m_store).failCardPayment(m_actor, m_payment.id, message))
        out.payment = *failed;
    done(out);
}

void TerminalCharge::done(const CardOutcome &outcome)
{
    if (m_finished)
        return;
    m_finished = true;
    m_waiting = false;
    m_poll.stop();
    Q_EMIT finished(outcome);
}

} // namespace msp::ui
