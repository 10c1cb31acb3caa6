#include "feedialog.h"

#include "checkout/feecharge.h"
#include "store/clinicstore.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace msp::ui {

FeeDialog::FeeDialog(store::ClinicStore &store, const User &user, const EntityId &appointmentId, QWidget *parent)
    : QDialog(parent)
    , m_store(store)
    , m_user(user)
    , m_appointmentId(appointmentId)
{
    setObjectName(QStringLiteral("feeDialog"));
    setWindowTitle(tr("No-show or late-cancellation fee"));
    auto *layout = new QVBoxLayout(this);
    m_kind = new QComboBox;
    m_kind->setObjectName(QStringLiteral("feeKind"));
    m_kind->addItem(tr("No-show fee"), int(checkout::FeeKind::NoShow));
    m_kind->addItem(tr("Late-cancellation fee"), int(checkout::FeeKind::LateCancel));
    layout->addWidget(m_kind);
    m_preview = new QLabel;
    m_preview->setObjectName(QStringLiteral("feePreview"));
    m_preview->setWordWrap(true);
    layout->addWidget(m_preview);
    m_message = new QLabel;
    m_message->setObjectName(QStringLiteral("feeMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel);
    m_charge = buttons->addButton(tr("Charge fee"), QDialogButtonBox::AcceptRole);
    m_charge->setObjectName(QStringLiteral("chargeFeeButton"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_charge, &QPushButton::clicked, this, &FeeDialog::charge);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &FeeDialog::preview);
    preview();
}

QString FeeDialog::message() const
{
    return m_message->text();
}

void FeeDialog::preview()
{
    const auto kind = checkout::FeeKind(m_kind->currentData().toInt());
    auto p = checkout::previewFee(m_store, kind, m_appointmentId);
    if (!p) {
        m_preview->setText(p.error().message);
        m_charge->setEnabled(false);
        return;
    }
    const auto money = [&](qint64 minor) { return Money(minor, p->currency).toDisplayString(); };
    QString text = p->feeMinor > 0 ? tr("The clinic's policy sets a fee of %1.").arg(money(p->feeMinor))
                                   : tr("The clinic's policy sets no such fee.");
    if (p->heldMinor > 0) {
        const qint64 applied = std::min(p->heldMinor, p->feeMinor);
        if (applied > 0)
            text += u' ' + tr("The deposit of %1 pays %2 of it.").arg(money(p->heldMinor), money(applied));
        if (p->heldMinor > applied)
            text += u' '
                + tr("The clinic keeps the remaining %1 of the deposit (forfeited).")
                      .arg(money(p->heldMinor - applied));
        if (p->feeMinor > applied)
            text += u' ' + tr("%1 is left to pay.").arg(money(p->feeMinor - applied));
    } else if (p->feeMinor > 0) {
        text += u' ' + tr("No deposit is held; the fee is left to pay.");
    }
    if (kind == checkout::FeeKind::NoShow)
        text += u' ' + tr("The appointment is marked a no-show.");
    m_preview->setText(text);
    m_charge->setEnabled(p->feeMinor > 0 || p->heldMinor > 0);
}

void FeeDialog::charge()
{
    const auto kind = checkout::FeeKind(m_kind->currentData().toInt());
    auto charged = checkout::chargeFee(m_store, Actor {m_user.id, m_user.role, {}}, kind, m_appointmentId);
    if (!charged) {
        m_message->setText(charged.error().message);
        m_message->setProperty("problem", true);
        return;
    }
    const auto money = [&](qint64 minor) { return Money(minor, charged->currency).toDisplayString(); };
    QStringList summary;
    if (charged->invoice)
        summary.append(tr("Fee of %1 charged.").arg(money(charged->feeMinor)));
    if (charged->depositAppliedMinor > 0)
        summary.append(tr("The deposit paid %1 of it.").arg(money(charged->depositAppliedMinor)));
    if (charged->depositForfeitedMinor > 0)
        summary.append(tr("The clinic keeps %1 of the deposit.").arg(money(charged->depositForfeitedMinor)));
    if (kind == checkout::FeeKind::NoShow)
        summary.append(tr("The appointment is marked a no-show."));
    Q_EMIT feeCharged(charged->invoice ? charged->invoice->id.toString() : QString(), summary.join(u' '));
    accept();
}

} // namespace msp::ui
