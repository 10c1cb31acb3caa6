#pragma once

#include "checkout/invoicedraft.h"
#include "checkout/payment.h"
#include "domain/invoice.h"
#include "domain/user.h"
#include "paymentcontext.h"

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

class DepositDialog;
class FeeDialog;
class RefundDialog;
class TerminalCharge;

// Checkout at the front desk: pick an appointment, add retail products, a
// discount and a tip, then take payment in any mix of cash, gift card,
// loyalty rewards (Allē, Aspire, Xperience, Evolus, with their authorisation
// code and value) and card - typed card details or a Stripe Terminal reader.
// Everything but card works offline and syncs later; card needs Stripe and
// the network, and the page says so plainly. The invoice is saved with its
// first payment (with any deposit held for the appointment applied); after
// that its lines are fixed. From the same page: a deposit for a coming
// appointment, a no-show / late-cancel fee, and a past invoice reopened to
// refund it or print its receipt. Card payments whose answer was lost are
// looked up at Stripe before the invoice takes another card.
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
    // The signed-in person and the card set-up, for taking money elsewhere
    // (a deposit from the calendar).
    PaymentContext paymentContext() const { return {actor(), m_gateway, m_online, m_paymentMethod}; }
    // Asks Stripe for the clinic's Terminal readers (when card payments are
    // set up and online); a card payment then goes to the chosen reader.
    void reloadReaders();
    void setReaderPollInterval(int ms) { m_readerPollMs = ms; }
    // Stops the reader payment in progress (as the Cancel button does).
    void cancelReaderPayment();
    // Sync brought other devices' changes, or Stripe's news through the
    // server's webhook: a payment waiting on a reader looks at once, and the
    // lists show what other desks did.
    void syncedChangesArrived();

    void reloadAppointments();
    // Invoices already made, newest first, for reopening one (refund, reprint).
    void reloadPastInvoices();
    Invoice currentInvoice() const { return m_invoice; }
    // Shows a saved invoice as the current one.
    bool openInvoice(const EntityId &invoiceId);
    // Opens the refund dialog for the current (saved) invoice; null when
    // there is nothing to refund (the message says why).
    RefundDialog *openRefund();
    // A deposit for the appointment chosen in the list (taken at booking,
    // applied at checkout), and a no-show / late-cancel fee for it.
    DepositDialog *openDeposit();
    FeeDialog *openFee();
    bool saveReceiptPdf(const QString &path);
    QString message() const;
    // A note for the front desk from outside the page (pending card work
    // settled at start-up).
    void showNotice(const QString &text, bool problem = false) { showMessage(text, problem); }

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
    void chargeCard(const checkout::Payment &payment);
    void chargeOnReader(const checkout::Payment &payment, const QString &readerId, const QString &readerName);
    void cardFinished(const checkout::Payment &payment, const QString &message, bool paid);
    bool settleEarlierCardPayment();
    void tenderKindChanged();
    void printReceipt();
    void openPastInvoice();
    void saveReceiptAs();
    void showMessage(const QString &text, bool problem = false);
    bool ensureSaved();
    qint64 heldDeposit(const EntityId &appointmentId, const QString &currency);
    void showProcessorState();
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
    qint64 m_heldMinor = 0; // deposits held for the appointment, applied when the invoice is saved
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
    QComboBox *m_pastInvoices = nullptr;
    QPushButton *m_refundButton = nullptr;
    QLabel *m_depositNote = nullptr;
    QLabel *m_processor = nullptr; // what Stripe's webhooks said, via the sync server
    QLabel *m_payout = nullptr;
    QComboBox *m_reader = nullptr;
    QPushButton *m_cancelReader = nullptr;
    TerminalCharge *m_terminal = nullptr;
    int m_readerPollMs = 1000;
};

} // namespace msp::ui
