// CheckoutPage: deposits taken at booking, and no-show / late-cancel fees.
#include "checkout/depositrepository.h"
#include "checkoutpage.h"
#include "depositdialog.h"
#include "feedialog.h"
#include "store/clinicstore.h"

#include <QComboBox>

namespace msp::ui {

qint64 CheckoutPage::heldDeposit(const EntityId &appointmentId, const QString &currency)
{
    return checkout::DepositRepository(m_store).heldMinor(appointmentId, currency).valueOr(0);
}

DepositDialog *CheckoutPage::openDeposit()
{
    const EntityId id = EntityId::fromString(m_appointments->currentData().toString());
    if (id.isNull()) {
        showMessage(tr("Choose the appointment the deposit is for."), true);
        return nullptr;
    }
    auto *dialog = new DepositDialog(m_store, paymentContext(), id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &DepositDialog::depositTaken, this, [this](const QString &appointmentId) {
        if (!m_saved && m_draft.appointment.id.toString() == appointmentId) {
            m_heldMinor = heldDeposit(m_draft.appointment.id, m_draft.currency);
            refresh();
        }
    });
    dialog->open();
    return dialog;
}

FeeDialog *CheckoutPage::openFee()
{
    const EntityId id = EntityId::fromString(m_appointments->currentData().toString());
    if (id.isNull()) {
        showMessage(tr("Choose the appointment the fee is for."), true);
        return nullptr;
    }
    auto *dialog = new FeeDialog(m_store, m_user, id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &FeeDialog::feeCharged, this, [this](const QString &invoiceId, const QString &summary) {
        if (!invoiceId.isEmpty())
            openInvoice(EntityId::fromString(invoiceId));
        reloadPastInvoices();
        showMessage(summary);
    });
    dialog->open();
    return dialog;
}

} // namespace msp::ui
