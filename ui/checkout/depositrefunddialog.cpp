#include "depositrefunddialog.h"

#include "cardflow.h"
#include "checkout/depositrepository.h"
#include "checkout/refundrepository.h"
#include "store/clinicstore.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace msp::ui {

DepositRefundDialog::DepositRefundDialog(store::ClinicStore &store, const PaymentContext &payments,
                                         const EntityId &depositId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_payments(payments)
    , m_depositId(depositId)
{
    setObjectName(QStringLiteral("depositRefundDialog"));
    setWindowTitle(tr("Refund deposit"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("depositRefundSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *form = new QFormLayout;
    m_amount = new QLineEdit;
    m_amount->setObjectName(QStringLiteral("depositRefundAmount"));
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("depositRefundReason"));
    m_reason->setPlaceholderText(tr("Why the deposit goes back (required)"));
    form->addRow(tr("Amount:"), m_amount);
    form->addRow(tr("Reason:"), m_reason);
    layout->addLayout(form);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("depositRefundMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_refund = buttons->addButton(tr("Refund"), QDialogButtonBox::ActionRole);
    m_refund->setObjectName(QStringLiteral("depositRefundButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_refund, &QPushButton::clicked, this, &DepositRefundDialog::refund);
    reload();
    if (m_deposit.status == checkout::DepositStatus::Held)
        m_amount->setText(Money(m_deposit.amountMinor, m_deposit.currency).toPlainString());
}

QString DepositRefundDialog::message() const
{
    return m_message->text();
}

void DepositRefundDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setProperty("problem", problem);
}

void DepositRefundDialog::reload()
{
    auto found = checkout::DepositRepository(m_store).find(m_depositId);
    if (!found) {
        showMessage(found.error().message, true);
        m_refund->setEnabled(false);
        return;
    }
    m_deposit = *found;
    const QString amount = Money(m_deposit.amountMinor, m_deposit.currency).toDisplayString();
    const bool held = m_deposit.status == checkout::DepositStatus::Held;
    if (!held)
        m_summary->setText(tr("This deposit is no longer held; nothing is left to refund."));
    else if (m_deposit.kind == TenderKind::Card)
        m_summary->setText(tr("%1 held, paid by card. It goes back to the same card through Stripe.").arg(amount));
    else
        m_summary->setText(
            tr("%1 held, paid by %2. Give it back the same way.").arg(amount, tenderDisplayName(m_deposit.kind)));
    m_refund->setEnabled(!m_busy && held);
}

void DepositRefundDialog::refund()
{
    if (m_busy)
        return;
    auto amount = Money::parse(m_amount->text(), m_deposit.currency);
    if (!amount) {
        showMessage(amount.error().message, true);
        return;
    }
    if (m_deposit.kind == TenderKind::Card) {
        if (!m_payments.gateway) {
            showMessage(tr("This deposit goes back to the card, and card payments are not set up on this computer: "
                           "an administrator adds the Stripe key in Admin > Payments."),
                        true);
            return;
        }
        if (!m_payments.online) {
            showMessage(tr("This deposit goes back to the card, which needs an internet connection, and this "
                           "computer is offline. Nothing was refunded; try again once online."),
                        true);
            return;
        }
    }
    auto made = checkout::RefundRepository(m_store).refundDeposit(m_payments.actor, m_depositId, amount->minorUnits(),
                                                                  m_reason->text());
    if (!made) {
        showMessage(made.error().message, true);
        return;
    }
    reload();
    Q_EMIT depositRefunded(m_depositId.toString());
    if (made->status != checkout::PaymentStatus::Pending) {
        showMessage(tr("Refund of %1 recorded; give it to the client.").arg(amount->toDisplayString()), false);
        return;
    }
    m_busy = true;
    m_refund->setEnabled(false);
    showMessage(tr("Sending the card refund to Stripe..."), false);
    runCardRefunds(
        this, m_store, m_payments.gateway, m_payments.actor, {*made}, [this, amount = *amount](const QString &problem) {
            m_busy = false;
            reload();
            Q_EMIT depositRefunded(m_depositId.toString());
            if (problem.isEmpty())
                showMessage(tr("Stripe accepted the refund of %1 to the card.").arg(amount.toDisplayString()), false);
            else
                showMessage(tr("The card refund did not go through: %1").arg(problem), true);
        });
}

} // namespace msp::ui
