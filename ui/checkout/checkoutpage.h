#pragma once

#include "checkout/invoicedraft.h"
#include "domain/invoice.h"
#include "domain/user.h"

#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace msp::store {
class ClinicStore;
}
namespace msp::stripe {
class StripeGateway;
}

namespace msp::ui {

// Checkout at the front desk: pick an appointment, add retail products, a
// discount and a tip, then take payment in any mix of cash, gift card,
// loyalty rewards (Allē, Aspire, Xperience, Evolus, with their authorisation
// code and value) and card. Everything but card works offline and syncs
// later; card needs Stripe and the network, and the page says so plainly.
// The invoice is saved with its first payment; after that its lines are fixed.
class CheckoutPage : public QWidget
{
    Q_OBJECT
public:
    CheckoutPage(store::ClinicStore &store, const User &user, QWidget *parent = nullptr);
    ~CheckoutPage() override;

    // The app hands over the gateway (built with the keychain's API key) and
    // whether the network is up; null means card payments are not set up.
    void setCardGateway(stripe::StripeGateway *gateway, bool online);
    void setOnline(bool online);
    // A test payment method or a saved card (pm_...) used for card payments.
    void setCardPaymentMethod(const QString &paymentMethod) { m_paymentMethod = paymentMethod; }

    void reloadAppointments();
    Invoice currentInvoice() const { return m_invoice; }
    bool saveReceiptPdf(const QString &path);
    QString message() const;

Q_SIGNALS:
    void invoicePaid(const QString &invoiceId);

private:
    void startCheckout();
    void addProduct();
    void applyDiscount();
    void applyTip();
    void rebuild();
    void refresh();
    void addTender();
    void takeCard(qint64 amountMinor);
    void tenderKindChanged();
    void printReceipt();
    void saveReceiptAs();
    void showMessage(const QString &text, bool problem = false);
    bool ensureSaved();
    Actor actor() const;
    QString receipt() const;

    store::ClinicStore &m_store;
    User m_user;
    stripe::StripeGateway *m_gateway = nullptr;
    bool m_online = false;
    bool m_cardBusy = false;
    QString m_paymentMethod;
    checkout::InvoiceDraft m_draft;
    Invoice m_invoice;
    bool m_saved = false;
    qint64 m_lastChange = 0;

    QComboBox *m_appointments = nullptr;
    QTableWidget *m_lines = nullptr;
    QLineEdit *m_productName = nullptr;
    QSpinBox *m_productQty = nullptr;
    QLineEdit *m_productPrice = nullptr;
    QSpinBox *m_discountPercent = nullptr;
    QComboBox *m_discountScope = nullptr;
    QLineEdit *m_tip = nullptr;
    QLabel *m_totals = nullptr;
    QLabel *m_balance = nullptr;
    QComboBox *m_tenderKind = nullptr;
    QLineEdit *m_tenderAmount = nullptr;
    QLineEdit *m_authCode = nullptr;
    QLineEdit *m_rewardValue = nullptr;
    QLineEdit *m_reference = nullptr;
    QPushButton *m_addTender = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_editors = nullptr;
};

} // namespace msp::ui
