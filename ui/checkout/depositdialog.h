#pragma once

#include "domain/appointment.h"
#include "domain/user.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace msp::store {
class ClinicStore;
}
namespace msp::stripe {
class StripeGateway;
}

namespace msp::ui {

// Takes a deposit for a booked appointment: cash or a gift card at once
// (offline too), a card through Stripe (needs the network, and says so). The
// amount starts at the clinic policy's deposit for the service. Checkout
// applies what is held automatically; a no-show or late-cancel fee keeps it.
class DepositDialog : public QDialog
{
    Q_OBJECT
public:
    DepositDialog(store::ClinicStore &store, const User &user, const EntityId &appointmentId,
                  stripe::StripeGateway *gateway, bool online, const QString &paymentMethod, QWidget *parent = nullptr);
    QString message() const;

Q_SIGNALS:
    void depositTaken(const QString &appointmentId);

private:
    void reload();
    void take();
    void takeCard(qint64 amountMinor);
    void kindChanged();
    void showMessage(const QString &text, bool problem);
    Actor actor() const;

    store::ClinicStore &m_store;
    User m_user;
    Appointment m_appointment;
    QString m_currency;
    stripe::StripeGateway *m_gateway = nullptr;
    bool m_online = false;
    QString m_paymentMethod;
    bool m_busy = false;

    QLabel *m_summary = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_reference = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_take = nullptr;
};

} // namespace msp::ui
