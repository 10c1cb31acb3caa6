#include "checkoutpage.h"

#include "cardcharger.h"
#include "checkout/invoicebuilder.h"
#include "checkout/paymentrepository.h"
#include "receipt.h"
#include "store/appointmentrepository.h"
#include "store/auditlog.h"
#include "store/clinicrepository.h"
#include "store/clinicstore.h"
#include "store/invoicerepository.h"
#include "store/practitionerrepository.h"
#include "stripe/stripegateway.h"

#include <QComboBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QThread>
#include <QVBoxLayout>

namespace msp::ui {

CheckoutPage::CheckoutPage(store::ClinicStore &store, const User &user, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_user(user)
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_appointments = new QComboBox;
    m_appointments->setObjectName(QStringLiteral("appointmentCombo"));
    auto *start = new QPushButton(tr("Start checkout"));
    start->setObjectName(QStringLiteral("startButton"));
    top->addWidget(new QLabel(tr("Appointment:")));
    top->addWidget(m_appointments, 1);
    top->addWidget(start);
    layout->addLayout(top);

    m_lines = new QTableWidget(0, 3);
    m_lines->setObjectName(QStringLiteral("lines"));
    m_lines->setHorizontalHeaderLabels({tr("Item"), tr("Amount"), tr("Tax")});
    m_lines->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    layout->addWidget(m_lines, 1);

    m_editors = new QWidget;
    auto *edit = new QFormLayout(m_editors);
    auto *product = new QHBoxLayout;
    m_productName = new QLineEdit;
    m_productName->setPlaceholderText(tr("Product"));
    m_productQty = new QSpinBox;
    m_productQty->setRange(1, 99);
    m_productPrice = new QLineEdit;
    m_productPrice->setPlaceholderText(tr("Price"));
    auto *addProduct = new QPushButton(tr("Add product"));
    product->addWidget(m_productName, 2);
    product->addWidget(m_productQty);
    product->addWidget(m_productPrice, 1);
    product->addWidget(addProduct);
    edit->addRow(tr("Retail:"), product);
    auto *discount = new QHBoxLayout;
    m_discountPercent = new QSpinBox;
    m_discountPercent->setRange(0, 100);
    m_discountPercent->setSuffix(QStringLiteral(" %"));
    m_discountScope = new QComboBox;
    m_discountScope->addItems({tr("Everything"), tr("Services"), tr("Products")});
    auto *applyDiscount = new QPushButton(tr("Apply discount"));
    discount->addWidget(m_discountPercent);
    discount->addWidget(m_discountScope, 1);
    discount->addWidget(applyDiscount);
    edit->addRow(tr("Discount:"), discount);
    auto *tip = new QHBoxLayout;
    m_tip = new QLineEdit;
    m_tip->setObjectName(QStringLiteral("tipAmount"));
    m_tip->setPlaceholderText(tr("Tip for the practitioner"));
    auto *applyTip = new QPushButton(tr("Set tip"));
    tip->addWidget(m_tip, 1);
    tip->addWidget(applyTip);
    edit->addRow(tr("Tip:"), tip);
    layout->addWidget(m_editors);

    m_totals = new QLabel;
    m_totals->setObjectName(QStringLiteral("totals"));
    m_balance = new QLabel;
    m_balance->setObjectName(QStringLiteral("balanceValue"));
    layout->addWidget(m_totals);
    layout->addWidget(m_balance);

    auto *tender = new QHBoxLayout;
    m_tenderKind = new QComboBox;
    m_tenderKind->setObjectName(QStringLiteral("tenderKind"));
    for (auto k : {TenderKind::Cash, TenderKind::Card, TenderKind::GiftCard, TenderKind::Alle, TenderKind::Aspire,
                   TenderKind::Xperience, TenderKind::Evolus})
        m_tenderKind->addItem(tenderDisplayName(k), tenderKey(k));
    m_tenderAmount = new QLineEdit;
    m_tenderAmount->setObjectName(QStringLiteral("tenderAmount"));
    m_tenderAmount->setPlaceholderText(tr("Amount"));
    m_authCode = new QLineEdit;
    m_authCode->setObjectName(QStringLiteral("authCode"));
    m_authCode->setPlaceholderText(tr("Authorisation code"));
    m_rewardValue = new QLineEdit;
    m_rewardValue->setObjectName(QStringLiteral("rewardValue"));
    m_rewardValue->setPlaceholderText(tr("Reward value"));
    m_reference = new QLineEdit;
    m_reference->setObjectName(QStringLiteral("reference"));
    m_reference->setPlaceholderText(tr("Gift card number"));
    m_addTender = new QPushButton(tr("Take payment"));
    m_addTender->setObjectName(QStringLiteral("addTenderButton"));
    for (QWidget *w : std::initializer_list<QWidget *> {m_tenderKind, m_tenderAmount, m_authCode, m_rewardValue,
                                                        m_reference, m_addTender})
        tender->addWidget(w);
    layout->addLayout(tender);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto *receipts = new QHBoxLayout;
    auto *pdf = new QPushButton(tr("Save receipt as PDF..."));
    auto *print = new QPushButton(tr("Print receipt..."));
    receipts->addStretch(1);
    receipts->addWidget(pdf);
    receipts->addWidget(print);
    layout->addLayout(receipts);

    connect(start, &QPushButton::clicked, this, &CheckoutPage::startCheckout);
    connect(addProduct, &QPushButton::clicked, this, &CheckoutPage::addProduct);
    connect(applyDiscount, &QPushButton::clicked, this, &CheckoutPage::applyDiscount);
    connect(applyTip, &QPushButton::clicked, this, &CheckoutPage::applyTip);
    connect(m_addTender, &QPushButton::clicked, this, &CheckoutPage::addTender);
    connect(m_tenderKind, &QComboBox::currentIndexChanged, this, &CheckoutPage::tenderKindChanged);
    connect(pdf, &QPushButton::clicked, this, &CheckoutPage::saveReceiptAs);
    connect(print, &QPushButton::clicked, this, &CheckoutPage::printReceipt);
    tenderKindChanged();
    reloadAppointments();
    refresh();
}

CheckoutPage::~CheckoutPage() = default;

Actor CheckoutPage::actor() const
{
    return Actor {m_user.id, m_user.role, {}};
}

void CheckoutPage::setCardGateway(stripe::StripeGateway *gateway, bool online)
{
    m_gateway = gateway;
    m_online = online;
}

void CheckoutPage::setOnline(bool online)
{
    m_online = online;
}

QString CheckoutPage::message() const
{
    return m_message->text();
}

void CheckoutPage::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setProperty("problem", problem);
}

void CheckoutPage::reloadAppointments()
{
    m_appointments->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto list = m_store.appointments().between(now.addSecs(-12 * 3600), now.addSecs(12 * 3600));
    if (!list) {
        showMessage(list.error().message, true);
        return;
    }
    for (const Appointment &a : *list) {
        if (a.status == AppointmentStatus::Cancelled || a.status == AppointmentStatus::EnteredInError)
            continue;
        const QString service = m_store.services().find(a.serviceId).valueOr({}).name;
        const QString who = m_store.practitioners().find(a.practitionerId).valueOr({}).displayName;
        m_appointments->addItem(
            QStringLiteral("%1  %2, %3").arg(a.start.toLocalTime().toString(QStringLiteral("HH:mm")), service, who),
            a.id.toString());
    }
}

void CheckoutPage::startCheckout()
{
    const EntityId id = EntityId::fromString(m_appointments->currentData().toString());
    auto appointment = m_store.appointments().find(id);
    if (!appointment) {
        showMessage(tr("Choose an appointment to check out."), true);
        return;
    }
    checkout::PaymentRepository payments(m_store);
    auto existing = payments.invoiceForAppointment(id);
    m_draft = {};
    m_draft.appointment = *appointment;
    m_draft.service = m_store.services().find(appointment->serviceId).valueOr({});
    m_draft.currency = m_store.clinic().clinic().valueOr({}).currency;
    if (m_draft.currency.isEmpty())
        m_draft.currency = m_draft.service.price.currency();
    m_saved = existing.isOk() && existing->has_value();
    m_lastChange = 0;
    if (m_saved)
        m_invoice = **existing;
    else
        rebuild();
    showMessage(m_saved ? tr("This appointment already has an invoice; showing it.") : QString());
    refresh();
}

void CheckoutPage::rebuild()
{
    auto policy = checkout::PaymentRepository(m_store).policy();
    auto built = checkout::buildInvoice(m_draft, policy.valueOr({}));
    if (!built) {
        showMessage(built.error().message, true);
        return;
    }
    m_invoice = *built;
}

void CheckoutPage::addProduct()
{
    auto price = Money::parse(m_productPrice->text(), m_draft.currency);
    if (!price) {
        showMessage(price.error().message, true);
        return;
    }
    m_draft.products.append({m_productName->text(), m_productQty->value(), price->minorUnits()});
    const Invoice before = m_invoice;
    rebuild();
    if (m_invoice.lines.size() == before.lines.size())
        m_draft.products.removeLast(); // refused: the message says why
    m_productName->clear();
    m_productPrice->clear();
    refresh();
}

void CheckoutPage::applyDiscount()
{
    static const checkout::DiscountScope scopes[]
        = {checkout::DiscountScope::Everything, checkout::DiscountScope::Services, checkout::DiscountScope::Products};
    m_draft.discounts = {{tr("Discount %1 %").arg(m_discountPercent->value()), scopes[m_discountScope->currentIndex()],
                          qint64(m_discountPercent->value()) * 100, 0}};
    rebuild();
    refresh();
}

void CheckoutPage::applyTip()
{
    auto tip = Money::parse(m_tip->text().isEmpty() ? QStringLiteral("0") : m_tip->text(), m_draft.currency);
    if (!tip) {
        showMessage(tip.error().message, true);
        return;
    }
    m_draft.tipMinor = tip->minorUnits();
    rebuild();
    refresh();
}

void CheckoutPage::refresh()
{
    const bool started = !m_invoice.lines.isEmpty() || m_saved;
    m_editors->setEnabled(started && !m_saved);
    m_addTender->setEnabled(started && !m_cardBusy && m_invoice.balanceMinor() > 0);
    m_lines->setRowCount(int(m_invoice.lines.size()));
    const auto money = [&](qint64 minor) { return Money(minor, m_invoice.currency).toDisplayString(); };
    for (int i = 0; i < m_invoice.lines.size(); ++i) {
        const InvoiceLine &l = m_invoice.lines[i];
        const QString what
            = l.quantity > 1 ? QStringLiteral("%1 \u00d7 %2").arg(l.quantity).arg(l.description) : l.description;
        m_lines->setItem(i, 0, new QTableWidgetItem(what));
        m_lines->setItem(i, 1, new QTableWidgetItem(money(l.netMinor())));
        m_lines->setItem(i, 2, new QTableWidgetItem(money(l.taxMinor())));
    }
    m_totals->setText(tr("Subtotal %1   Tax %2   Total %3   Paid %4")
                          .arg(money(m_invoice.subtotalMinor()), money(m_invoice.taxMinor()),
                               money(m_invoice.totalMinor()), money(m_invoice.paidMinor())));
    m_balance->setText(started ? tr("Balance due: %1").arg(money(std::max<qint64>(0, m_invoice.balanceMinor())))
                               : tr("Choose an appointment and start checkout."));
}

void CheckoutPage::tenderKindChanged()
{
    const TenderKind kind = tenderFromKey(m_tenderKind->currentData().toString()).value_or(TenderKind::Cash);
    m_authCode->setVisible(isLoyaltyTender(kind));
    m_rewardValue->setVisible(isLoyaltyTender(kind));
    m_reference->setVisible(kind == TenderKind::GiftCard);
}

bool CheckoutPage::ensureSaved()
{
    if (m_saved)
        return true;
    auto saved = m_store.invoices().create(actor(), m_invoice);
    if (!saved) {
        showMessage(saved.error().message, true);
        return false;
    }
    m_invoice = *saved;
    m_saved = true;
    return true;
}

void CheckoutPage::addTender()
{
    const TenderKind kind = tenderFromKey(m_tenderKind->currentData().toString()).value_or(TenderKind::Cash);
    const QString amountText = m_tenderAmount->text().trimmed();
    auto amount = amountText.isEmpty() ? Result<Money>(Money(m_invoice.balanceMinor(), m_invoice.currency))
                                       : Money::parse(amountText, m_invoice.currency);
    if (!amount) {
        showMessage(amount.error().message, true);
        return;
    }
    if (kind == TenderKind::Card) {
        takeCard(amount->minorUnits());
        return;
    }
    TenderLine t;
    t.kind = kind;
    t.amountMinor = amount->minorUnits();
    t.authorisationCode = m_authCode->text();
    t.reference = m_reference->text().trimmed();
    if (isLoyaltyTender(kind) && !m_rewardValue->text().trimmed().isEmpty()) {
        auto reward = Money::parse(m_rewardValue->text(), m_invoice.currency);
        if (!reward) {
            showMessage(reward.error().message, true);
            return;
        }
        t.rewardValueMinor = reward->minorUnits();
    }
    if (!ensureSaved())
        return;
    auto receipt = checkout::PaymentRepository(m_store).addTender(actor(), m_invoice.id, t);
    if (!receipt) {
        showMessage(receipt.error().message, true);
        return;
    }
    m_invoice = receipt->invoice;
    m_lastChange = receipt->changeDueMinor;
    QString text
        = tr("%1 of %2 recorded.")
              .arg(tenderDisplayName(kind), Money(receipt->tender.amountMinor, m_invoice.currency).toDisplayString());
    if (receipt->changeDueMinor > 0)
        text += u' ' + tr("Change due: %1.").arg(Money(receipt->changeDueMinor, m_invoice.currency).toDisplayString());
    if (m_invoice.status == InvoiceStatus::Paid) {
        text += u' ' + tr("Paid in full.");
        Q_EMIT invoicePaid(m_invoice.id.toString());
    }
    showMessage(text);
    m_tenderAmount->clear();
    m_authCode->clear();
    m_rewardValue->clear();
    m_reference->clear();
    refresh();
}

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
    checkout::PaymentRepository payments(m_store);
    auto payment = payments.beginCardPayment(actor(), m_invoice.id, amountMinor);
    if (!payment) {
        showMessage(payment.error().message, true);
        return;
    }
    m_cardBusy = true;
    showMessage(tr("Charging the card..."));
    refresh();
    auto answer = std::make_shared<std::optional<Result<stripe::PaymentIntent>>>();
    stripe::StripeGateway *gateway = m_gateway;
    const checkout::Payment p = *payment;
    const QString method = m_paymentMethod;
    // The gateway blocks on the network; the store stays on this thread.
    QThread *worker
        = QThread::create([gateway, p, method, answer] { *answer = CardCharger::askStripe(*gateway, p, method); });
    connect(worker, &QThread::finished, this, [this, worker, p, answer] {
        worker->deleteLater();
        m_cardBusy = false;
        checkout::PaymentRepository repo(m_store);
        CardCharger charger(repo, *m_gateway);
        const CardOutcome out = charger.finish(actor(), p, **answer);
        if (auto inv = m_store.invoices().find(p.invoiceId))
            m_invoice = *inv;
        showMessage(out.message, out.kind != CardOutcome::Paid);
        if (m_invoice.status == InvoiceStatus::Paid)
            Q_EMIT invoicePaid(m_invoice.id.toString());
        refresh();
    });
    worker->start();
}

QString CheckoutPage::receipt() const
{
    return receiptHtml(m_invoice, m_store.clinic().clinic().valueOr({}).name, m_lastChange);
}

bool CheckoutPage::saveReceiptPdf(const QString &path)
{
    if (!m_saved) {
        showMessage(tr("Take a payment first; the receipt is of a saved invoice."), true);
        return false;
    }
    const bool ok = writeReceiptPdf(path, receipt());
    if (ok)
        (void)m_store.audit().append(actor(), QStringLiteral("invoice.receipt_pdf"), QStringLiteral("invoice"),
                                     m_invoice.id);
    showMessage(ok ? tr("Receipt saved.") : tr("The receipt could not be saved there. Choose another folder."), !ok);
    return ok;
}

void CheckoutPage::saveReceiptAs()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save receipt"), QStringLiteral("receipt.pdf"),
                                                      tr("PDF files (*.pdf)"));
    if (!path.isEmpty())
        saveReceiptPdf(path);
}

void CheckoutPage::printReceipt()
{
    if (!m_saved) {
        showMessage(tr("Take a payment first; the receipt is of a saved invoice."), true);
        return;
    }
    QPrinter printer;
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    paintReceipt(printer, receipt());
    (void)m_store.audit().append(actor(), QStringLiteral("invoice.receipt_print"), QStringLiteral("invoice"),
                                 m_invoice.id);
    showMessage(tr("Receipt sent to the printer."));
}

} // namespace msp::ui
