#pragma once

#include "checkout/payment.h"
#include "domain/invoice.h"
#include "domain/user.h"

#include <QDialog>

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

// Refunds a paid invoice, whole or partly, always with a reason. It shows
// what is still refundable and, as the amount is typed, which tenders the
// money goes back through (card and cash first, loyalty rewards reversed
// last). Cash, gift-card and loyalty parts are recorded at once; card parts go
// to Stripe with the refund's id as the idempotency key. A card part needs
// the network: offline, nothing is recorded and the dialog says so.
class RefundDialog : public QDialog
{
    Q_OBJECT
public:
    RefundDialog(store::ClinicStore &store, const User &user, const EntityId &invoiceId, stripe::StripeGateway *gateway,
                 bool online, QWidget *parent = nullptr);

    QString message() const;
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    // Something was refunded (or a card refund settled); the invoice changed.
    void refunded(const QString &invoiceId);

private:
    void reload();
    void preview();
    void refund();
    void sendCardRefunds();
    void showMessage(const QString &text, bool problem);
    Actor actor() const;

    store::ClinicStore &m_store;
    User m_user;
    EntityId m_invoiceId;
    stripe::StripeGateway *m_gateway = nullptr;
    bool m_online = false;
    bool m_busy = false;
    Invoice m_invoice;
    QList<checkout::Refund> m_refunds;

    QLabel *m_summary = nullptr;
    QLineEdit *m_amount = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_plan = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_refund = nullptr;
};

} // namespace msp::ui
