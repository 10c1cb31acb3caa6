#include "depositspanel.h"

#include "checkout/depositrepository.h"
#include "checkout/refundrepository.h"
#include "depositdialog.h"
#include "depositrefunddialog.h"
#include "store/clinicstore.h"

#include <QHBoxLayout>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace msp::ui {

namespace {
QString statusText(checkout::DepositStatus s)
{
    switch (s) {
    case checkout::DepositStatus::Held: return DepositsPanel::tr("held");
    case checkout::DepositStatus::Applied: return DepositsPanel::tr("applied at checkout");
    case checkout::DepositStatus::Forfeited: return DepositsPanel::tr("kept for a fee");
    case checkout::DepositStatus::Refunded: return DepositsPanel::tr("refunded");
    }
    return {};
}

bool takesDeposits(AppointmentStatus s)
{
    return statusOccupiesTime(s) && s != AppointmentStatus::Fulfilled;
}
} // namespace

DepositsPanel::DepositsPanel(store::ClinicStore &store, const Appointment &appointment, QWidget *parent)
    : QWidget(parent)
    , m_store(store)
    , m_appointment(appointment)
{
    setObjectName(QStringLiteral("depositsPanel"));
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("appointmentDeposits"));
    m_list->setMaximumHeight(110);
    m_take = new QPushButton(tr("Take deposit…"));
    m_take->setObjectName(QStringLiteral("openDepositButton"));
    m_refund = new QPushButton(tr("Refund deposit…"));
    m_refund->setObjectName(QStringLiteral("refundDepositButton"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_take);
    row->addWidget(m_refund);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list);
    layout->addLayout(row);
    connect(m_take, &QPushButton::clicked, this, [this] { openDeposit(); });
    connect(m_refund, &QPushButton::clicked, this, [this] { openRefund(); });
    connect(m_list, &QListWidget::currentRowChanged, this, &DepositsPanel::updateButtons);
    reload();
}

std::optional<PaymentContext> DepositsPanel::payments() const
{
    return m_payments ? m_payments : paymentContextNear(this);
}

void DepositsPanel::reload()
{
    const QString chosen = m_list->currentItem() ? m_list->currentItem()->data(Qt::UserRole).toString() : QString();
    m_list->clear();
    const auto deposits = checkout::DepositRepository(m_store).forAppointment(m_appointment.id).valueOr({});
    const auto refunds = checkout::RefundRepository(m_store).forAppointmentDeposits(m_appointment.id).valueOr({});
    for (const checkout::Deposit &d : deposits) {
        QString text = tr("Deposit %1 by %2, %3")
                           .arg(Money(d.amountMinor, d.currency).toDisplayString(), tenderDisplayName(d.kind),
                                statusText(d.status));
        if (!d.reference.isEmpty())
            text += QStringLiteral(" · ") + d.reference;
        auto *item = new QListWidgetItem(text, m_list);
        item->setData(Qt::UserRole, d.id.toString());
        item->setData(Qt::UserRole + 1, d.status == checkout::DepositStatus::Held);
        for (const checkout::Refund &r : refunds) {
            if (r.depositId != d.id || r.status == checkout::PaymentStatus::Failed)
                continue;
            QString line = tr("    Refunded %1: %2").arg(Money(r.amountMinor, d.currency).toDisplayString(), r.reason);
            if (r.status == checkout::PaymentStatus::Pending)
                line += u' ' + tr("(waiting for Stripe)");
            auto *refund = new QListWidgetItem(line, m_list);
            refund->setData(Qt::UserRole, d.id.toString());
            refund->setData(Qt::UserRole + 1, d.status == checkout::DepositStatus::Held);
        }
    }
    if (m_list->count() == 0)
        m_list->addItem(tr("No deposit taken."));
    for (int i = 0; i < m_list->count(); ++i)
        if (!chosen.isEmpty() && m_list->item(i)->data(Qt::UserRole).toString() == chosen) {
            m_list->setCurrentRow(i);
            break;
        }
    updateButtons();
}

void DepositsPanel::updateButtons()
{
    const std::optional<PaymentContext> p = payments();
    bool anyHeld = false;
    for (int i = 0; i < m_list->count(); ++i)
        anyHeld = anyHeld || m_list->item(i)->data(Qt::UserRole + 1).toBool();
    m_take->setEnabled(p && roleAllows(p->actor.role, Permission::Checkout) && takesDeposits(m_appointment.status));
    m_refund->setEnabled(p && roleAllows(p->actor.role, Permission::Refund) && anyHeld);
    m_refund->setToolTip(p && !roleAllows(p->actor.role, Permission::Refund)
                             ? tr("A manager or an administrator refunds deposits.")
                             : QString());
}

DepositDialog *DepositsPanel::openDeposit()
{
    const std::optional<PaymentContext> p = payments();
    if (!p)
        return nullptr;
    auto *dialog = new DepositDialog(m_store, *p, m_appointment.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DepositDialog::depositTaken, this, &DepositsPanel::reload);
    dialog->open();
    return dialog;
}

DepositRefundDialog *DepositsPanel::openRefund()
{
    const std::optional<PaymentContext> p = payments();
    if (!p)
        return nullptr;
    EntityId id;
    if (QListWidgetItem *item = m_list->currentItem(); item && item->data(Qt::UserRole + 1).toBool())
        id = EntityId::fromString(item->data(Qt::UserRole).toString());
    for (int i = 0; id.isNull() && i < m_list->count(); ++i)
        if (m_list->item(i)->data(Qt::UserRole + 1).toBool())
            id = EntityId::fromString(m_list->item(i)->data(Qt::UserRole).toString());
    if (id.isNull())
        return nullptr;
    auto *dialog = new DepositRefundDialog(m_store, *p, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DepositRefundDialog::depositRefunded, this, &DepositsPanel::reload);
    dialog->open();
    return dialog;
}

} // namespace msp::ui
