#include "refunddialog.h"

#include "cardflow.h"
#include "checkout/refundplan.h"
#include "checkout/refundrepository.h"
#include "store/clinicstore.h"
#include "store/invoicerepository.h"
#include "stripe/stripegateway.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace msp::ui {

namespace {
QList<checkout::PriorRefund> priorOf(const QList<checkout::Refund> &refunds)
{
    QList<checkout::PriorRefund> prior;
    for (const checkout::Refund &r : refunds)
        if (r.status != checkout::PaymentStatus::Failed)
            prior.append({r.tenderLineId, r.amountMinor});
    return prior;
}

bool hasCardPart(const QList<checkout::RefundPart> &parts)
{
    return std::any_of(parts.cbegin(), parts.cend(),
                       [](const checkout::RefundPart &p) { return p.kind == TenderKind::Card; });
}
} // namespace

RefundDialog::RefundDialog(store::ClinicStore &store, const User &user, const EntityId &invoiceId,
                           stripe::StripeGateway *gateway, bool online, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_user(user)
    , m_invoiceId(invoiceId)
    , m_gateway(gateway)
    , m_online(online)
{
    setObjectName(QStringLiteral("refundDialog"));
    setWindowTitle(tr("Refund"));
    auto *layout = new QVBoxLayout(this);
    m_summary = new QLabel;
    m_summary->setObjectName(QStringLiteral("refundSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    auto *form = new QFormLayout;
    m_amount = new QLineEdit;
    m_amount->setObjectName(QStringLiteral("refundAmount"));
    m_reason = new QLineEdit;
    m_reason->setObjectName(QStringLiteral("refundReason"));
    m_reason->setPlaceholderText(tr("Why the money goes back (required)"));
    form->addRow(tr("Amount:"), m_amount);
    form->addRow(tr("Reason:"), m_reason);
    layout->addLayout(form);
    m_plan = new QLabel;
    m_plan->setObjectName(QStringLiteral("refundPlan"));
    m_plan->setWordWrap(true);
    layout->addWidget(m_plan);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("refundMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    m_refund = buttons->addButton(tr("Refund"), QDialogButtonBox::ActionRole);
    m_refund->setObjectName(QStringLiteral("refundButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_refund, &QPushButton::clicked, this, &RefundDialog::refund);
    connect(m_amount, &QLineEdit::textChanged, this, &RefundDialog::preview);
    reload();
    m_amount->setText(
        Money(checkout::refundableMinor(m_invoice, priorOf(m_refunds)), m_invoice.currency).toPlainString());
    // Card refunds left pending by a lost answer go out again now.
    sendCardRefunds();
}

Actor RefundDialog::actor() const
{
    return Actor {m_user.id, m_user.role, {}};
}

QString RefundDialog::message() const
{
    return m_message->text();
}

void RefundDialog::showMessage(const QString &text, bool problem)
{
    m_message->setText(text);
    m_message->setProperty("problem", problem);
}

void RefundDialog::reload()
{
    auto inv = m_store.invoices().find(m_invoiceId);
    auto refunds = checkout::RefundRepository(m_store).forInvoice(m_invoiceId);
    if (!inv || !refunds) {
        showMessage(!inv ? inv.error().message : refunds.error().message, true);
        m_refund->setEnabled(false);
        return;
    }
    m_invoice = *inv;
    m_refunds = *refunds;
    const auto money = [&](qint64 minor) { return Money(minor, m_invoice.currency).toDisplayString(); };
    qint64 done = 0;
    qint64 pending = 0;
    for (const checkout::Refund &r : std::as_const(m_refunds)) {
        if (r.status == checkout::PaymentStatus::Succeeded)
            done += r.amountMinor;
        else if (r.status == checkout::PaymentStatus::Pending)
            pending += r.amountMinor;
    }
    const qint64 refundable = checkout::refundableMinor(m_invoice, priorOf(m_refunds));
    QString text = tr("Paid %1. Refunded so far %2. Still refundable %3.")
                       .arg(money(m_invoice.paidMinor()), money(done), money(refundable));
    if (pending > 0)
        text += u' ' + tr("%1 to the card is waiting for Stripe.").arg(money(pending));
    m_summary->setText(text);
    m_refund->setEnabled(!m_busy && refundable > 0);
}

void RefundDialog::preview()
{
    auto amount = Money::parse(m_amount->text(), m_invoice.currency);
    if (!amount) {
        m_plan->setText(amount.error().message);
        return;
    }
    auto plan = checkout::planRefund(m_invoice, priorOf(m_refunds), amount->minorUnits(), QStringLiteral("-"));
    if (!plan) {
        m_plan->setText(plan.error().message);
        return;
    }
    QStringList parts;
    for (const checkout::RefundPart &p : *plan)
        parts.append(
            tr("%1 %2").arg(tenderDisplayName(p.kind), Money(p.amountMinor, m_invoice.currency).toDisplayString()));
    m_plan->setText(tr("Goes back as: %1.").arg(parts.join(QStringLiteral(", "))));
}

void RefundDialog::refund()
{
    if (m_busy)
        return;
    auto amount = Money::parse(m_amount->text(), m_invoice.currency);
    if (!amount) {
        showMessage(amount.error().message, true);
        return;
    }
    auto plan = checkout::planRefund(m_invoice, priorOf(m_refunds), amount->minorUnits(), m_reason->text());
    if (!plan) {
        showMessage(plan.error().message, true);
        return;
    }
    if (hasCardPart(*plan) && !m_gateway) {
        showMessage(tr("Part of this refund goes back to the card, and card payments are not set up on this "
                       "computer: an administrator adds the Stripe key in Admin > Payments."),
                    true);
        return;
    }
    if (hasCardPart(*plan) && !m_online) {
        showMessage(tr("Part of this refund goes back to the card, which needs an internet connection, and this "
                       "computer is offline. Nothing was refunded; try again once online."),
                    true);
        return;
    }
    checkout::RefundRepository refunds(m_store);
    auto made = refunds.begin(actor(), m_invoiceId, amount->minorUnits(), m_reason->text());
    if (!made) {
        showMessage(made.error().message, true);
        return;
    }
    Q_EMIT refunded(m_invoiceId.toString());
    reload();
    showMessage(tr("Refund of %1 recorded.").arg(amount->toDisplayString()), false);
    sendCardRefunds();
}

void RefundDialog::sendCardRefunds()
{
    QList<checkout::Refund> pending;
    for (const checkout::Refund &r : std::as_const(m_refunds))
        if (r.status == checkout::PaymentStatus::Pending && r.kind == TenderKind::Card)
            pending.append(r);
    if (pending.isEmpty() || !m_gateway || !m_online)
        return;
    m_busy = true;
    m_refund->setEnabled(false);
    showMessage(tr("Sending the card refund to Stripe..."), false);
    runCardRefunds(this, m_store, m_gateway, actor(), pending, [this](const QString &problem) {
        m_busy = false;
        reload();
        Q_EMIT refunded(m_invoiceId.toString());
        if (problem.isEmpty())
            showMessage(tr("The card refund was accepted by Stripe."), false);
        else
            showMessage(tr("The card refund did not go through: %1").arg(problem), true);
    });
}

} // namespace msp::ui
