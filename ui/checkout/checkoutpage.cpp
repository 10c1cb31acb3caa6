#include "checkoutpage.h"

#include "checkout/depositrepository.h"
#include "checkout/invoicebuilder.h"
#include "checkout/paymentrepository.h"
#include "store/appointmentrepository.h"
#include "store/clinicrepository.h"
#include "store/clinicstore.h"
#include "store/invoicerepository.h"
#include "store/practitionerrepository.h"
#include "stripe/stripegateway.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
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
    auto *deposit = new QPushButton(tr("Take deposit..."));
    deposit->setObjectName(QStringLiteral("depositButton"));
    auto *fee = new QPushButton(tr("Charge fee..."));
    fee->setObjectName(QStringLiteral("feeButton"));
    top->addWidget(new QLabel(tr("Appointment:")));
    top->addWidget(m_appointments, 1);
    top->addWidget(start);
    top->addWidget(deposit);
    top->addWidget(fee);
    layout->addLayout(top);
    connect(deposit, &QPushButton::clicked, this, [this] { openDeposit(); });
    connect(fee, &QPushButton::clicked, this, [this] { openFee(); });

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
    m_depositNote = new QLabel;
    m_depositNote->setObjectName(QStringLiteral("depositNote"));
    layout->addWidget(m_totals);
    layout->addWidget(m_balance);
    layout->addWidget(m_depositNote);
    m_processor = new QLabel;
    m_processor->setObjectName(QStringLiteral("processorStatus"));
    m_processor->setWordWrap(true);
    layout->addWidget(m_processor);

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
    m_reader = new QComboBox;
    m_reader->setObjectName(QStringLiteral("readerCombo"));
    m_reader->addItem(tr("Card details (no reader)"), QString());
    m_addTender = new QPushButton(tr("Take payment"));
    m_addTender->setObjectName(QStringLiteral("addTenderButton"));
    m_cancelReader = new QPushButton(tr("Cancel reader payment"));
    m_cancelReader->setObjectName(QStringLiteral("cancelReaderButton"));
    m_cancelReader->setVisible(false);
    for (QWidget *w : std::initializer_list<QWidget *> {m_tenderKind, m_tenderAmount, m_authCode, m_rewardValue,
                                                        m_reference, m_reader, m_addTender, m_cancelReader})
        tender->addWidget(w);
    connect(m_cancelReader, &QPushButton::clicked, this, &CheckoutPage::cancelReaderPayment);
    layout->addLayout(tender);

    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    auto *receipts = new QHBoxLayout;
    auto *pdf = new QPushButton(tr("Save receipt as PDF..."));
    auto *print = new QPushButton(tr("Print receipt..."));
    m_pastInvoices = new QComboBox;
    m_pastInvoices->setObjectName(QStringLiteral("pastInvoices"));
    auto *openPast = new QPushButton(tr("Open invoice"));
    openPast->setObjectName(QStringLiteral("openInvoiceButton"));
    m_refundButton = new QPushButton(tr("Refund..."));
    m_refundButton->setObjectName(QStringLiteral("refundButton"));
    receipts->addWidget(new QLabel(tr("Past invoices:")));
    receipts->addWidget(m_pastInvoices, 1);
    receipts->addWidget(openPast);
    receipts->addWidget(m_refundButton);
    receipts->addStretch(1);
    receipts->addWidget(pdf);
    receipts->addWidget(print);
    layout->addLayout(receipts);
    m_payout = new QLabel;
    m_payout->setObjectName(QStringLiteral("payoutStatus"));
    layout->addWidget(m_payout);

    connect(start, &QPushButton::clicked, this, &CheckoutPage::startCheckout);
    connect(addProduct, &QPushButton::clicked, this, &CheckoutPage::addProduct);
    connect(applyDiscount, &QPushButton::clicked, this, &CheckoutPage::applyDiscount);
    connect(applyTip, &QPushButton::clicked, this, &CheckoutPage::applyTip);
    connect(m_addTender, &QPushButton::clicked, this, &CheckoutPage::addTender);
    connect(m_tenderKind, &QComboBox::currentIndexChanged, this, &CheckoutPage::tenderKindChanged);
    connect(pdf, &QPushButton::clicked, this, &CheckoutPage::saveReceiptAs);
    connect(print, &QPushButton::clicked, this, &CheckoutPage::printReceipt);
    connect(openPast, &QPushButton::clicked, this, &CheckoutPage::openPastInvoice);
    connect(m_refundButton, &QPushButton::clicked, this, [this] { openRefund(); });
    tenderKindChanged();
    reloadAppointments();
    reloadPastInvoices();
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
    reloadReaders();
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
    const QString current = m_appointments->currentData().toString(); // kept across a reload from sync
    m_appointments->clear();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    // Today's appointments to check out, and the coming week's for deposits.
    auto list = m_store.appointments().between(now.addSecs(-12 * 3600), now.addDays(7));
    if (!list) {
        showMessage(list.error().message, true);
        return;
    }
    for (const Appointment &a : *list) {
        if (a.status == AppointmentStatus::EnteredInError)
            continue;
        const QString service = m_store.services().find(a.serviceId).valueOr({}).name;
        const QString who = m_store.practitioners().find(a.practitionerId).valueOr({}).displayName;
        const QDateTime local = a.start.toLocalTime();
        const QString when = local.date() == QDate::currentDate() ? local.toString(QStringLiteral("HH:mm"))
                                                                  : QLocale().toString(local, QLocale::ShortFormat);
        QString text = QStringLiteral("%1  %2, %3").arg(when, service, who);
        if (a.status == AppointmentStatus::Cancelled)
            text += u' ' + tr("(cancelled)");
        else if (a.status == AppointmentStatus::NoShow)
            text += u' ' + tr("(no-show)");
        m_appointments->addItem(text, a.id.toString());
    }
    if (const int i = m_appointments->findData(current); i >= 0)
        m_appointments->setCurrentIndex(i);
}

void CheckoutPage::startCheckout()
{
    const EntityId id = EntityId::fromString(m_appointments->currentData().toString());
    auto appointment = m_store.appointments().find(id);
    if (!appointment) {
        showMessage(tr("Choose an appointment to check out."), true);
        return;
    }
    if (appointment->status == AppointmentStatus::Cancelled) {
        showMessage(tr("This appointment was cancelled, so there is nothing to check out. Charge a "
                       "late-cancellation fee instead, if the clinic's policy has one."),
                    true);
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
    m_heldMinor = m_saved ? 0 : heldDeposit(m_draft.appointment.id, m_draft.currency);
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
    m_addTender->setEnabled(started && !m_cardBusy && m_invoice.balanceMinor() > 0
                            && m_invoice.status == InvoiceStatus::Open);
    m_refundButton->setEnabled(m_saved && !m_invoice.tenders.isEmpty() && m_invoice.status != InvoiceStatus::Void);
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
    showProcessorState();
    const bool held = started && !m_saved && m_heldMinor > 0;
    m_depositNote->setVisible(held);
    if (held)
        m_depositNote->setText(
            tr("A deposit of %1 is held for this appointment; it is applied with the first "
               "payment, leaving %2.")
                .arg(money(m_heldMinor), money(std::max<qint64>(0, m_invoice.balanceMinor() - m_heldMinor))));
}

void CheckoutPage::tenderKindChanged()
{
    const TenderKind kind = tenderFromKey(m_tenderKind->currentData().toString()).value_or(TenderKind::Cash);
    m_authCode->setVisible(isLoyaltyTender(kind));
    m_rewardValue->setVisible(isLoyaltyTender(kind));
    m_reference->setVisible(kind == TenderKind::GiftCard);
    m_reader->setVisible(kind == TenderKind::Card && m_reader->count() > 1);
}

bool CheckoutPage::ensureSaved()
{
    if (m_saved)
        return true;
    auto saved = checkout::DepositRepository(m_store).createApplyingHeld(actor(), m_invoice);
    if (!saved) {
        showMessage(saved.error().message, true);
        return false;
    }
    m_invoice = *saved;
    m_saved = true;
    m_heldMinor = 0;
    reloadPastInvoices();
    return true;
}

void CheckoutPage::addTender()
{
    if (!m_saved && m_heldMinor > 0) {
        // The held deposit goes on first, so the amount below is what is left.
        if (!ensureSaved())
            return;
        if (m_invoice.balanceMinor() <= 0) {
            showMessage(tr("Paid in full by the deposit."));
            Q_EMIT invoicePaid(m_invoice.id.toString());
            refresh();
            return;
        }
    }
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

} // namespace msp::ui
