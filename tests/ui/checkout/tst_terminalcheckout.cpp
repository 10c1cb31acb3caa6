#include "checkout/checkoutpage.h"
#include "checkout/paymentrepository.h"
#include "checkoutuitest.h"
#include "fakestripe.h"
#include "store/clinicstore.h"
#include "store/invoicerepository.h"
#include "stripe/curltransport.h"
#include "stripe/stripegateway.h"

#include <QComboBox>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace msp;

// The server-driven Terminal flow on the checkout page against the fake
// Stripe: the reader is chosen, shows the amount, and the client's card
// (Stripe's test helper) is approved, declined, or the front desk cancels.
class TestTerminalCheckout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void cardOnReaderIsCapturedOnce();
    void declinedOnReaderLeavesInvoiceOpen();
    void cancelReleasesThePayment();
    void offlineReaderIsRefused();
    void syncedNewsFinishesWithoutWaitingForThePoll();

private:
    void startWithReader(ui::CheckoutPage &page, const Appointment &a, const QString &readerId, int pollMs = 20);
    std::unique_ptr<test::FakeStripe> m_stripe;
    std::unique_ptr<stripe::StripeGateway> m_gateway;
    std::unique_ptr<test::CheckoutFixture> m_f;
};

void TestTerminalCheckout::init()
{
    m_stripe = std::make_unique<test::FakeStripe>();
    QVERIFY(m_stripe->start());
    m_gateway = test::gatewayTo(*m_stripe);
    m_f = std::make_unique<test::CheckoutFixture>();
    QVERIFY(m_f->seeded);
}

void TestTerminalCheckout::cleanup()
{
    m_f.reset();
    m_gateway.reset();
    m_stripe.reset();
}

void TestTerminalCheckout::startWithReader(ui::CheckoutPage &page, const Appointment &a, const QString &readerId,
                                           int pollMs)
{
    page.setReaderPollInterval(pollMs);
    page.setCardGateway(m_gateway.get(), true);
    auto *readers = test::child<QComboBox>(page, "readerCombo");
    QTRY_COMPARE(readers->count(), 3); // card details, and the two readers
    QCOMPARE(readers->itemText(2), QStringLiteral("Reader: Treatment room 2 (offline)"));
    auto *combo = test::child<QComboBox>(page, "appointmentCombo");
    combo->setCurrentIndex(combo->findData(a.id.toString()));
    QTest::mouseClick(test::child<QPushButton>(page, "startButton"), Qt::LeftButton);
    auto *kinds = test::child<QComboBox>(page, "tenderKind");
    kinds->setCurrentIndex(kinds->findData(tenderKey(TenderKind::Card)));
    QVERIFY(!readers->isHidden());
    readers->setCurrentIndex(readers->findData(readerId));
    QTest::mouseClick(test::child<QPushButton>(page, "addTenderButton"), Qt::LeftButton);
}

void TestTerminalCheckout::cardOnReaderIsCapturedOnce()
{
    ui::CheckoutPage page(m_f->store(), test::staffMember(*m_f));
    startWithReader(page, m_f->appointment, QStringLiteral("tmr_front_desk"));
    QTRY_VERIFY2(page.message().startsWith(u"Present the card on the reader \"Front desk\" ($450.00)"),
                 qPrintable(page.message()));
    QVERIFY(!test::child<QPushButton>(page, "cancelReaderButton")->isHidden());
    QVERIFY(!test::child<QPushButton>(page, "addTenderButton")->isEnabled());
    // The client taps the card.
    QVERIFY(m_gateway->presentTestCardOnReader(QStringLiteral("test-tap"), QStringLiteral("tmr_front_desk")).isOk());
    QTRY_VERIFY2(page.message().startsWith(u"Card payment of $450.00 approved"), qPrintable(page.message()));
    QCOMPARE(m_stripe->chargeCount(), 1);
    auto saved = m_f->store().invoices().find(page.currentInvoice().id);
    QCOMPARE(saved->status, InvoiceStatus::Paid);
    QCOMPARE(saved->tenders.size(), 1);
    QVERIFY(saved->tenders.first().reference.startsWith(u"pi_fake"));
    bool captured = false;
    for (const auto &r : m_stripe->requests())
        captured = captured || r.path.endsWith("/capture");
    QVERIFY(captured);
    QVERIFY(test::child<QPushButton>(page, "cancelReaderButton")->isHidden());
}

void TestTerminalCheckout::declinedOnReaderLeavesInvoiceOpen()
{
    ui::CheckoutPage page(m_f->store(), test::staffMember(*m_f));
    startWithReader(page, m_f->appointment, QStringLiteral("tmr_front_desk"));
    QTRY_VERIFY(page.message().startsWith(u"Present the card"));
    QVERIFY(m_gateway
                ->presentTestCardOnReader(QStringLiteral("test-tap"), QStringLiteral("tmr_front_desk"),
                                          QStringLiteral("4000000000000002"))
                .isOk());
    QTRY_COMPARE(page.message(), QStringLiteral("Card declined on the reader: Your card was declined."));
    QCOMPARE(m_stripe->chargeCount(), 0);
    QCOMPARE(m_f->store().invoices().find(page.currentInvoice().id)->status, InvoiceStatus::Open);
    QVERIFY(test::child<QPushButton>(page, "addTenderButton")->isEnabled());
    QVERIFY(checkout::PaymentRepository(m_f->store()).pendingPayments()->isEmpty());
}

void TestTerminalCheckout::cancelReleasesThePayment()
{
    ui::CheckoutPage page(m_f->store(), test::staffMember(*m_f));
    startWithReader(page, m_f->appointment, QStringLiteral("tmr_front_desk"));
    QTRY_VERIFY(page.message().startsWith(u"Present the card"));
    QTest::mouseClick(test::child<QPushButton>(page, "cancelReaderButton"), Qt::LeftButton);
    QTRY_COMPARE(page.message(), QStringLiteral("Cancelled at the front desk; the card was not charged."));
    QCOMPARE(m_stripe->chargeCount(), 0);
    auto payments = checkout::PaymentRepository(m_f->store()).paymentsFor(page.currentInvoice().id);
    QCOMPARE(payments->size(), 1);
    QCOMPARE(payments->first().status, checkout::PaymentStatus::Failed);
    QTRY_COMPARE(m_gateway->retrievePaymentIntent(payments->first().providerRef)->status, QStringLiteral("canceled"));
    QCOMPARE(m_gateway->retrieveReader(QStringLiteral("tmr_front_desk"))->failureCode, QStringLiteral("canceled"));
    // A late tap finds nothing to pay.
    QVERIFY(!m_gateway->presentTestCardOnReader(QStringLiteral("late-tap"), QStringLiteral("tmr_front_desk")).isOk());
    QCOMPARE(m_stripe->chargeCount(), 0);
}

void TestTerminalCheckout::offlineReaderIsRefused()
{
    ui::CheckoutPage page(m_f->store(), test::staffMember(*m_f));
    startWithReader(page, m_f->appointment, QStringLiteral("tmr_treatment_2"));
    QTRY_VERIFY2(page.message().startsWith(u"The card reader is offline."), qPrintable(page.message()));
    QCOMPARE(m_f->store().invoices().find(page.currentInvoice().id)->status, InvoiceStatus::Open);
    QVERIFY(checkout::PaymentRepository(m_f->store()).pendingPayments()->isEmpty());
}

void TestTerminalCheckout::syncedNewsFinishesWithoutWaitingForThePoll()
{
    ui::CheckoutPage page(m_f->store(), test::staffMember(*m_f));
    // The fallback poll would take an hour: only the news that sync brings
    // (Stripe's webhook, through the server) can finish it in time.
    startWithReader(page, m_f->appointment, QStringLiteral("tmr_front_desk"), 3600 * 1000);
    QTRY_VERIFY(page.message().startsWith(u"Present the card"));
    QVERIFY(m_gateway->presentTestCardOnReader(QStringLiteral("test-tap"), QStringLiteral("tmr_front_desk")).isOk());
    page.syncedChangesArrived();
    QTRY_VERIFY2(page.message().startsWith(u"Card payment of $450.00 approved"), qPrintable(page.message()));
    QCOMPARE(m_stripe->chargeCount(), 1);
}

QTEST_MAIN(TestTerminalCheckout)
#include "tst_terminalcheckout.moc"
