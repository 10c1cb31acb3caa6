#pragma once

#include "domain/appointment.h"
#include "paymentcontext.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace msp::store {
class ClinicStore;
}
namespace msp::ui {

// Takes a deposit for a booked appointment: cash or a gift card at once
// (offline too), with a reference (a receipt or gift card number); a card
// through Stripe, the checkout's card flow (needs the network, and says so).
// The amount starts at the clinic policy's deposit for the service. Checkout
// applies what is held automatically; a no-show or late-cancel fee keeps it.
// Opened from the checkout page and from the calendar's booking and
// appointment dialogs.
class DepositDialog : public QDialog
{
    Q_OBJECT
public:
    DepositDialog(store::ClinicStore &store, const PaymentContext &payments, const EntityId &appointmentId,
                  QWidget *parent = nullptr);
    QString message() const;
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void depositTaken(const QString &appointmentId);

private:
    void reload();
    void take();
    void takeCard(qint64 amountMinor);
    void kindChanged();
    void showMessage(const QString &text, bool problem);
    // Why a card cannot be taken here now; empty when it can.
    QString cardUnavailable() const;

    store::ClinicStore &m_store;
    PaymentContext m_payments;
    Appointment m_appointment;
    QString m_currency;
    bool m_busy = false;

    QLabel *m_summary = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_reference = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_take = nullptr;
};

} // namespace msp::ui
