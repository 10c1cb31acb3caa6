// CheckoutPage: reopening past invoices and refunding them.
#include "checkout/invoicelist.h"
#include "checkoutpage.h"
#include "refunddialog.h"
#include "store/clinicstore.h"
#include "store/invoicerepository.h"
#include "store/processorreplica.h"

#include <QComboBox>
#include <QLabel>
#include <QLocale>

namespace msp::ui {

namespace {
QString statusName(InvoiceStatus s)
{
    switch (s) {
    case InvoiceStatus::Open: return CheckoutPage::tr("open");
    case InvoiceStatus::Paid: return CheckoutPage::tr("paid");
    case InvoiceStatus::Refunded: return CheckoutPage::tr("refunded");
    case InvoiceStatus::Void: return CheckoutPage::tr("void");
    }
    return {};
}
} // namespace

void CheckoutPage::reloadPastInvoices()
{
    const QString current = m_pastInvoices->currentData().toString();
    m_pastInvoices->clear();
    auto list = checkout::recentInvoices(m_store, 50);
    if (!list) {
        showMessage(list.error().message, true);
        return;
    }
    const QLocale locale;
    for (const Invoice &inv : *list) {
        const QString what = inv.lines.isEmpty() ? QString() : inv.lines.first().description;
        m_pastInvoices->addItem(tr("%1  %2  %3 (%4)")
                                    .arg(locale.toString(inv.createdAt.toLocalTime(), QLocale::ShortFormat), what,
                                         inv.total().toDisplayString(), statusName(inv.status)),
                                inv.id.toString());
    }
    if (const int i = m_pastInvoices->findData(current); i >= 0)
        m_pastInvoices->setCurrentIndex(i);
}

void CheckoutPage::openPastInvoice()
{
    const EntityId id = EntityId::fromString(m_pastInvoices->currentData().toString());
    if (id.isNull()) {
        showMessage(tr("Choose an invoice to open."), true);
        return;
    }
    if (openInvoice(id))
        showMessage({});
}

bool CheckoutPage::openInvoice(const EntityId &invoiceId)
{
    auto inv = m_store.invoices().find(invoiceId);
    if (!inv) {
        showMessage(inv.error().message, true);
        return false;
    }
    m_invoice = *inv;
    m_saved = true;
    m_heldMinor = 0;
    m_lastChange = 0;
    m_draft = {};
    m_draft.currency = m_invoice.currency;
    refresh();
    return true;
}

RefundDialog *CheckoutPage::openRefund()
{
    if (!m_saved || m_invoice.tenders.isEmpty()) {
        showMessage(tr("Open a paid invoice first; only money that was taken can go back."), true);
        return nullptr;
    }
    auto *dialog = new RefundDialog(m_store, m_user, m_invoice.id, m_gateway, m_online, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RefundDialog::refunded, this, [this](const QString &id) {
        if (id == m_invoice.id.toString())
            openInvoice(m_invoice.id);
        reloadPastInvoices();
    });
    dialog->open();
    return dialog;
}

} // namespace msp::ui

namespace msp::ui {

namespace {
QString paymentStatusName(const QString &status)
{
    if (status == u"succeeded")
        return CheckoutPage::tr("paid");
    if (status == u"failed")
        return CheckoutPage::tr("failed");
    if (status == u"cancelled")
        return CheckoutPage::tr("cancelled");
    return CheckoutPage::tr("pending");
}

QString payoutStatusName(const QString &status)
{
    if (status == u"paid")
        return CheckoutPage::tr("paid into the bank");
    if (status == u"in_transit")
        return CheckoutPage::tr("on its way to the bank");
    if (status == u"failed")
        return CheckoutPage::tr("failed");
    if (status == u"cancelled" || status == u"canceled")
        return CheckoutPage::tr("cancelled");
    return CheckoutPage::tr("pending");
}
} // namespace

void CheckoutPage::showProcessorState()
{
    // Stripe's own account of the invoice's card payments and of the latest
    // payout, as the sync server heard it from Stripe's webhooks.
    QStringList lines;
    if (m_saved) {
        for (const TenderLine &t : std::as_const(m_invoice.tenders)) {
            if (t.kind != TenderKind::Card || t.reference.isEmpty())
                continue;
            auto state = store::processorPaymentForIntent(m_store.database(), t.reference);
            if (!state || !state->has_value())
                continue;
            const store::ProcessorPayment &p = **state;
            QString line
                = tr("Card payment of %1: Stripe reports it %2.")
                      .arg(Money(t.amountMinor, m_invoice.currency).toDisplayString(), paymentStatusName(p.status));
            if (p.amountRefundedMinor > 0)
                line += u' '
                    + tr("%1 refunded.")
                          .arg(Money(p.amountRefundedMinor, p.currency.isEmpty() ? m_invoice.currency : p.currency)
                                   .toDisplayString());
            lines.append(line);
        }
    }
    m_processor->setText(lines.join(u'\n'));
    m_processor->setVisible(!lines.isEmpty());
    auto payouts = store::recentProcessorPayouts(m_store.database(), 1);
    if (payouts && !payouts->isEmpty()) {
        const store::ProcessorPayout &p = payouts->first();
        QString text = tr("Latest Stripe payout: %1, %2")
                           .arg(Money(p.amountMinor, p.currency).toDisplayString(), payoutStatusName(p.status));
        if (p.arrivalDate.isValid())
            text += u' '
                + tr("(arrival %1)").arg(QLocale().toString(p.arrivalDate.toLocalTime().date(), QLocale::ShortFormat));
        m_payout->setText(text + u'.');
    }
    m_payout->setVisible(payouts && !payouts->isEmpty());
}

} // namespace msp::ui
