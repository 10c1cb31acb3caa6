#pragma once

#include "checkout/payment.h"
#include "paymentcontext.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace msp::store {
class ClinicStore;
}

namespace msp::ui {

// Gives a held deposit back (the client cancelled in time), whole or partly,
// always with a reason. A cash or gift-card deposit is recorded as refunded
// at once, offline too. A card deposit goes back to the card through Stripe,
// with the refund's id as the idempotency key, as an invoice's card refund
// does: it needs the network, and offline nothing is recorded and the dialog
// says so. What is not refunded stays held for checkout.
class DepositRefundDialog : public QDialog
{
    Q_OBJECT
public:
    DepositRefundDialog(store::ClinicStore &store, const PaymentContext &payments, const EntityId &depositId,
                        QWidget *parent = nullptr);

    QString message() const;
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // The deposit changed (refunded, or a card refund settled).
    void depositRefunded(const QString &depositId);

private:
    void reload();
    void refund();
    void showMessage(const QString &text, bool problem);

    store::ClinicStore &m_store;
    PaymentContext m_payments;
    EntityId m_depositId;
    checkout::Deposit m_deposit;
    bool m_busy = false;

    QLabel *m_summary = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_refund = nullptr;
};

} // namespace msp::ui
