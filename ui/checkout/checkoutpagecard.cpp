// CheckoutPage: taking a card through Stripe. The network steps run off the
// GUI thread (offthread.h); the store is written only here, between them.
#include "cardflow.h"
#include "checkout/paymentrepository.h"
#include "checkoutpage.h"
#include "offthread.h"
#include "pendingpayments.h"
#include "store/clinicstore.h"
#include "store/invoicerepository.h"
#include "stripe/stripegateway.h"
#include "terminalcharge.h"

#include <QComboBox>
#include <QPushButton>

namespace msp::ui {

void CheckoutPage::takeCard(qint64 amountMinor)
{
    if (!m_gateway) {
        showMessage(tr("Card payments are not set up on this computer: an administrator adds the Stripe key in "
                       "Admin > Payments. Take cash, a gift card or a loyalty reward instead."),
                    true);
        return;
    }
    if (!m_online) {
        showMessage(tr("Card payments need an internet connection, and this computer is offline. Cash, gift cards "
                       "and loyalty rewards still work and will sync later; try the card again once online."),
                    true);
        return;
    }
    if (!ensureSaved())
        return;
    if (settleEarlierCardPayment())
        return;
    checkout::PaymentRepository payments(m_store);
    auto payment = payments.beginCardPayment(actor(), m_invoice.id, amountMinor);
    if (!payment) {
        showMessage(payment.error().message, true);
        return;
    }
    const QString reader = m_reader->isHidden() ? QString() : m_reader->currentData().toString();
    if (!reader.isEmpty())
        chargeOnReader(*payment, reader, m_reader->currentData(Qt::UserRole + 1).toString());
    else
        chargeCard(*payment);
}

void CheckoutPage::chargeCard(const checkout::Payment &payment)
{
    m_cardBusy = true;
    showMessage(tr("Charging the card..."));
    refresh();
    runCardCharge(this, m_store, m_gateway, actor(), payment, m_paymentMethod, [this, payment](const CardOutcome &out) {
        cardFinished(out.payment.id.isNull() ? payment : out.payment, out.message, out.kind == CardOutcome::Paid);
    });
}

void CheckoutPage::cardFinished(const checkout::Payment &payment, const QString &message, bool paid)
{
    m_cardBusy = false;
    if (auto inv = m_store.invoices().find(payment.invoiceId); inv && payment.invoiceId == m_invoice.id)
        m_invoice = *inv;
    showMessage(message, !paid);
    if (m_invoice.status == InvoiceStatus::Paid && paid)
        Q_EMIT invoicePaid(m_invoice.id.toString());
    reloadPastInvoices();
    refresh();
}

bool CheckoutPage::settleEarlierCardPayment()
{
    // A card payment of this invoice whose answer was lost: find out what
    // happened to it before taking another, or the card could pay twice.
    auto all = checkout::PaymentRepository(m_store).paymentsFor(m_invoice.id);
    if (!all)
        return false;
    std::optional<checkout::Payment> pending;
    for (const checkout::Payment &p : *all)
        if (p.status == checkout::PaymentStatus::Pending && p.kind == TenderKind::Card)
            pending = p;
    if (!pending)
        return false;
    m_cardBusy = true;
    showMessage(tr("An earlier card payment of this invoice got no answer; asking Stripe about it first..."));
    refresh();
    stripe::StripeGateway *gateway = m_gateway;
    const checkout::Payment p = *pending;
    runOffThread(
        this, [gateway, p] { return inspectPendingPayment(*gateway, p); },
        [this, p](PendingVerdict verdict) {
            auto applied = applyPendingVerdict(m_store, actor(), p, verdict);
            QString text;
            if (!applied)
                text = applied.error().message;
            else if (verdict.kind == PendingVerdict::Charged)
                text = tr("The earlier card payment of %1 went through; it is now recorded.")
                           .arg(Money(p.amountMinor, p.currency).toDisplayString());
            else if (verdict.kind == PendingVerdict::NotCharged)
                text = tr("The earlier card payment was not charged. Take the card payment again.");
            else
                text = tr("Stripe has not answered about the earlier card payment yet (%1). Try again in a moment; "
                          "the card will not be charged twice.")
                           .arg(verdict.message);
            cardFinished(p, text, applied && verdict.kind == PendingVerdict::Charged);
        });
    return true;
}

} // namespace msp::ui

namespace msp::ui {

void CheckoutPage::reloadReaders()
{
    const QString chosen = m_reader->currentData().toString();
    while (m_reader->count() > 1)
        m_reader->removeItem(1);
    tenderKindChanged();
    if (!m_gateway || !m_online)
        return;
    stripe::StripeGateway *gateway = m_gateway;
    runOffThread(
        this, [gateway] { return gateway->listReaders(); },
        [this, gateway, chosen](Result<QList<stripe::ReaderAction>> readers) {
            if (gateway != m_gateway || !readers)
                return; // no readers (or none reachable): card details still work
            for (const stripe::ReaderAction &r : *readers) {
                const QString name = r.label.isEmpty() ? r.readerId : r.label;
                m_reader->addItem(r.readerStatus == u"online" ? tr("Reader: %1").arg(name)
                                                              : tr("Reader: %1 (offline)").arg(name),
                                  r.readerId);
                m_reader->setItemData(m_reader->count() - 1, name, Qt::UserRole + 1);
            }
            if (const int i = m_reader->findData(chosen); i > 0)
                m_reader->setCurrentIndex(i);
            tenderKindChanged();
        });
}

void CheckoutPage::chargeOnReader(const checkout::Payment &payment, const QString &readerId, const QString &readerName)
{
    m_cardBusy = true;
    showMessage(tr("Sending %1 to the reader \"%2\"...")
                    .arg(Money(payment.amountMinor, payment.currency).toDisplayString(), readerName));
    refresh();
    m_terminal = new TerminalCharge(m_store, *m_gateway, actor(), payment, readerId, this);
    m_terminal->setPollInterval(m_readerPollMs);
    m_cancelReader->setVisible(true);
    connect(m_terminal, &TerminalCharge::waitingForCard, this, [this, payment, readerName] {
        showMessage(tr("Present the card on the reader \"%1\" (%2). Waiting for the card...")
                        .arg(readerName, Money(payment.amountMinor, payment.currency).toDisplayString()));
    });
    connect(m_terminal, &TerminalCharge::finished, this, [this, payment](const CardOutcome &out) {
        m_cancelReader->setVisible(false);
        m_terminal->deleteLater();
        m_terminal = nullptr;
        cardFinished(out.payment.id.isNull() ? payment : out.payment, out.message, out.kind == CardOutcome::Paid);
    });
    m_terminal->start();
}

void CheckoutPage::syncedChangesArrived()
{
    if (m_terminal)
        m_terminal->nudge();
    reloadAppointments();
    reloadPastInvoices();
}

void CheckoutPage::cancelReaderPayment()
{
    if (!m_terminal)
        return;
    showMessage(tr("Cancelling the reader payment..."));
    m_terminal->cancel();
}

} // namespace msp::ui
