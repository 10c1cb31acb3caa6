#pragma once

#include "domain/entityid.h"
#include "domain/user.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;

namespace msp::store {
class ClinicStore;
}

namespace msp::ui {

// Charges the clinic's no-show or late-cancellation fee for an appointment
// (checkout::chargeFee): the fee invoice, paid first from the deposit held
// for the appointment, and the rest of the deposit kept under the policy. It
// shows all of that before anything is recorded.
class FeeDialog : public QDialog
{
    Q_OBJECT
public:
    FeeDialog(store::ClinicStore &store, const User &user, const EntityId &appointmentId, QWidget *parent = nullptr);
    QString message() const;

Q_SIGNALS:
    // The fee was charged; `invoiceId` is empty when only a deposit was kept.
    void feeCharged(const QString &invoiceId, const QString &summary);

private:
    void preview();
    void charge();

    store::ClinicStore &m_store;
    User m_user;
    EntityId m_appointmentId;
    QComboBox *m_kind = nullptr;
    QLabel *m_preview = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_charge = nullptr;
};

} // namespace msp::ui
