#pragma once

#include "domain/appointment.h"
#include "paymentcontext.h"

#include <QWidget>

#include <optional>

class QListWidget;
class QPushButton;

namespace msp::store {
class ClinicStore;
}

namespace msp::ui {

class DepositDialog;
class DepositRefundDialog;

// The deposits of one appointment, for the calendar's appointment dialog:
// each with how it was paid, its reference and where it stands (held,
// applied at checkout, kept for a fee, refunded), and every refund of it with
// its reason. "Take deposit…" opens the deposit dialog; "Refund deposit…"
// gives the chosen held deposit back. Who is signed in and the card set-up
// come from the checkout page of the window the panel sits in, unless set.
class DepositsPanel : public QWidget
{
    Q_OBJECT
public:
    DepositsPanel(store::ClinicStore &store, const Appointment &appointment, QWidget *parent = nullptr);

    void setPaymentContext(const PaymentContext &payments) { m_payments = payments; }
    void reload();
    DepositDialog *openDeposit();
    // Refunds the deposit chosen in the list (the first held one if none is).
    DepositRefundDialog *openRefund();

private:
    std::optional<PaymentContext> payments() const;
    void updateButtons();

    store::ClinicStore &m_store;
    Appointment m_appointment;
    std::optional<PaymentContext> m_payments;
    QListWidget *m_list = nullptr;
    QPushButton *m_take = nullptr;
    QPushButton *m_refund = nullptr;
};

} // namespace msp::ui
