#include "depositdialog.h"

#include "cardflow.h"
#include "checkout/depositrepository.h"
#include "checkout/invoicebuilder.h"
#include "checkout/paymentrepository.h"
#include "store/appointmentrepository.h"
#include "store/clinicrepository.h"
#include "store/clinicstore.h"
#include "store/practitionerrepository.h"
#include "stripe/stripegateway.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace msp::ui {

DepositDialog::DepositDialog(store::ClinicStore &store, const PaymentContext &payments, const EntityId &appointmentId,
                             QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_payments(payments)
{
    setObjectName(QStringLiteral("depositDialog"));
    setWindowTitle(tr("Take deposit"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("depositSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *form = new QFormLayout;
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("depositKind"));
    for (auto k : {TenderKind::Card, TenderKind::Cash, TenderKind::GiftCard})
        m_kind->addItem(tenderDisplayName(k), tenderKey(k));
    m_amount = new QLineEdit;
    m_amount->setObjectName(QStringLiteral("depositAmount"));
    m_reference = new QLineEdit;
    m_reference->setObjectName(QStringLiteral("depositReference"));
    form->addRow(tr("Paid by:"), m_kind);
    form->addRow(tr("Amount:"), m_amount);
    form->addRow(tr("Reference:"), m_reference);
    layout->addLayout(form);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("depositMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_take = buttons->addButton(tr("Take deposit"), QDialogButtonBox::ActionRole);
    m_take->setObjectName(QStringLiteral("takeDepositButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_take, &QPushButton::clicked, this, &DepositDialog::take);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DepositDialog::kindChanged);

    auto appointment = m_store.appointments().find(appointmentId);
    if (!appointment) {
        showMessage(appointment.error().message, true);
        m_take->setEnabled(false);
        return;
    }
    m_appointment = *appointment;
    const Service service = m_store.services().find(m_appointment.serviceId).valueOr({});
    m_currency = m_store.clinic().clinic().valueOr({}).currency;
    if (m_currency.isEmpty())
        m_currency = service.price.currency();
    const qint64 suggested
        = checkout::depositAmount(service, checkout::PaymentRepository(m_store).policy().valueOr({}));
    if (suggested > 0)
        m_amount->setText(Money(suggested, m_currency).toPlainString());
    kindChanged();
    reload();
}

QString DepositDialog::message() const
{
    return m_message->text();
}

void DepositDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setProperty("problem", problem);
}

QString DepositDialog::cardUnavailable() const
{
    if (!m_payments.gateway)
        return tr("Card payments are not set up on this computer: an administrator adds the Stripe key in "
                  "Admin > Payments. Take the deposit in cash or by gift card instead.");
    if (!m_payments.online)
        return tr("A card deposit needs an internet connection, and this computer is offline. Cash and gift "
                  "card deposits still work and will sync later.");
    return {};
}

void DepositDialog::kindChanged()
{
    const QString kind = m_kind->currentData().toString();
    // A card's reference is the Stripe payment, set when it is charged.
    m_reference->setEnabled(kind != tenderKey(TenderKind::Card));
    m_reference->setPlaceholderText(kind == tenderKey(TenderKind::GiftCard)   ? tr("Gift card number")
                                        : kind == tenderKey(TenderKind::Card) ? tr("Set by Stripe")
                                                                              : tr("Receipt number (optional)"));
    // Say at once, not after a click, that a card cannot be taken now.
    if (!m_busy)
        showMessage(kind == tenderKey(TenderKind::Card) ? cardUnavailable() : QString(), true);
}

void DepositDialog::reload()
{
    const Service service = m_store.services().find(m_appointment.serviceId).valueOr({});
    const qint64 held = checkout::DepositRepository(m_store).heldMinor(m_appointment.id, m_currency).valueOr(0);
    m_summary->setText(tr("%1 on %2. Deposit held now: %3.")
                           .arg(service.name,
                                QLocale().toString(m_appointment.start.toLocalTime(), QLocale::ShortFormat),
                                Money(held, m_currency).toDisplayString()));
}

void DepositDialog::take()
{
    if (m_busy)
        return;
    auto amount = Money::parse(m_amount->text(), m_currency);
    if (!amount) {
        showMessage(amount.error().message, true);
        return;
    }
    const TenderKind kind = tenderFromKey(m_kind->currentData().toString()).value_or(TenderKind::Cash);
    if (kind == TenderKind::Card) {
        takeCard(amount->minorUnits());
        return;
    }
    checkout::Deposit d;
    d.appointmentId = m_appointment.id;
    d.clientId = m_appointment.clientId;
    d.kind = kind;
    d.amountMinor = amount->minorUnits();
    d.currency = m_currency;
    d.reference = m_reference->text().trimmed();
    auto saved = checkout::DepositRepository(m_store).recordDeposit(m_payments.actor, d);
    if (!saved) {
        showMessage(saved.error().message, true);
        return;
    }
    reload();
    showMessage(tr("Deposit of %1 recorded; checkout applies it.").arg(amount->toDisplayString()), false);
    Q_EMIT depositTaken(m_appointment.id.toString());
}

void DepositDialog::takeCard(qint64 amountMinor)
{
    if (const QString why = cardUnavailable(); !why.isEmpty()) {
        showMessage(why, true);
        return;
    }
    auto payment = checkout::PaymentRepository(m_store).beginDepositPayment(m_payments.actor, m_appointment.id,
                                                                            amountMinor, m_currency);
    if (!payment) {
        showMessage(payment.error().message, true);
        return;
    }
    m_busy = true;
    m_take->setEnabled(false);
    showMessage(tr("Charging the card..."), false);
    stripe::StripeGateway *gateway = m_payments.gateway;
    const QString method = m_payments.paymentMethod;
    const checkout::Payment begun = *payment;
    const auto done = [this](const QString &text, bool ok) {
        m_busy = false;
        m_take->setEnabled(true);
        reload();
        showMessage(text, !ok);
        if (ok)
            Q_EMIT depositTaken(m_appointment.id.toString());
    };
    runCardCharge(this, m_store, gateway, m_payments.actor, begun, method,
                  [done](const CardOutcome &out) { done(out.message, out.kind == CardOutcome::Paid); });
}

} // namespace msp::ui
