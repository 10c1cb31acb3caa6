#include "checkout/checkoutpage.h"
#include "checkout/depositdialog.h"
#include "checkout/depositrepository.h"
#include "checkout/feedialog.h"
#include "checkout/paymentrepository.h"
#include "checkoutuitest.h"
#include "fakestripe.h"
#include "store/appointmentrepository.h"
#include "store/clinicstore.h"
#include "store/invoicerepository.h"
#include "stripe/curltransport.h"
#include "stripe/stripegateway.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>

using namespace msp;
using namespace msp::checkout;

// Deposits taken from the checkout page for a booked appointment (cash now,
// card through the fake Stripe), applied by themselves at checkout, and a
// no-show fee paid from the deposit with the rest kept.
class TestDepositsAndFees : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void cashDepositIsAppliedAtCheckout();
    void cardDepositThenNoShowFee();
    void cardDepositNeedsTheNetwork();

private:
    void choose(ui::CheckoutPage &page, const Appointment &a);
    std::unique_ptr<test::FakeStripe> m_stripe;
    std::unique_ptr<stripe::StripeGateway> m_gateway;
    std::unique_ptr<test::CheckoutFixture> m_f;
};

void TestDepositsAndFees::init()
{
    m_stripe = std::make_unique<test::FakeStripe>();
    QVERIFY(m_stripe->start());
    m_gateway = test::gatewayTo(*m_stripe);
    m_f = std::make_unique<test::CheckoutFixture>();
    QVERIFY(m_f->seeded);
    CheckoutPolicy policy;
    policy.depositBasisPoints = 2000; // 20 % of $450
    policy.noShowFeeMinor = 5000;
    QVERIFY(PaymentRepository(m_f->store()).savePolicy(m_f->actor, policy).isOk());
}

void TestDepositsAndFees::cleanup()
{
    m_f.reset();
    m_gateway.reset();
    m_stripe.reset();
}

void TestDepositsAndFees::choose(ui::CheckoutPage &page, const Appointment &a)
{
    auto *combo = test::child<QComboBox>(page, "appointmentCombo");
    const int i = combo->findData(a.id.toString());
    QVERIFY(i >= 0);
    combo->setCurrentIndex(i);
}

void TestDepositsAndFees::cashDepositIsAppliedAtCheckout()
{
    ui::CheckoutPage page(m_f->store(), test::staffMember(*m_f));
    choose(page, m_f->appointment);
    QTest::mouseClick(test::child<QPushButton>(page, "depositButton"), Qt::LeftButton);
    auto *dialog = page.findChild<ui::DepositDialog *>();
    QVERIFY(dialog);
    QCOMPARE(test::child<QLineEdit>(*dialog, "depositAmount")->text(), QStringLiteral("90.00"));
    auto *kind = test::child<QComboBox>(*dialog, "depositKind");
    kind->setCurrentIndex(kind->findData(tenderKey(TenderKind::Cash)));
    QTest::mouseClick(test::child<QPushButton>(*dialog, "takeDepositButton"), Qt::LeftButton);
    QCOMPARE(dialog->message(), QStringLiteral("Deposit of $90.00 recorded; checkout applies it."));
    QVERIFY(test::child<QLabel>(*dialog, "depositSummary")->text().contains(u"Deposit held now: $90.00"));
    dialog->close();

    QTest::mouseClick(test::child<QPushButton>(page, "startButton"), Qt::LeftButton);
    auto *note = test::child<QLabel>(page, "depositNote");
    QVERIFY(!note->isHidden());
    QVERIFY2(note->text().contains(u"$90.00") && note->text().contains(u"leaving $360.00"), qPrintable(note->text()));
    auto *kinds = test::child<QComboBox>(page, "tenderKind");
    kinds->setCurrentIndex(kinds->findData(tenderKey(TenderKind::Cash)));
    test::child<QLineEdit>(page, "tenderAmount")->clear();
    QTest::mouseClick(test::child<QPushButton>(page, "addTenderButton"), Qt::LeftButton);
    QVERIFY2(page.message().contains(u"Paid in full"), qPrintable(page.message()));
    auto saved = m_f->store().invoices().find(page.currentInvoice().id);
    QCOMPARE(saved->status, InvoiceStatus::Paid);
    QCOMPARE(saved->tenders.size(), 2);
    QCOMPARE(saved->tenders[0].amountMinor, qint64(9000)); // the deposit
    QCOMPARE(saved->tenders[1].amountMinor, qint64(36000));
    QCOMPARE(DepositRepository(m_f->store()).forAppointment(m_f->appointment.id)->first().status,
             DepositStatus::Applied);
    QVERIFY(note->isHidden());
}

void TestDepositsAndFees::cardDepositThenNoShowFee()
{
    const Appointment tomorrow = m_f->bookAnother(26);
    QVERIFY(!tomorrow.id.isNull());
    ui::CheckoutPage page(m_f->store(), test::staffMember(*m_f));
    page.setCardGateway(m_gateway.get(), true);
    page.setCardPaymentMethod(QStringLiteral("pm_card_visa"));
    choose(page, tomorrow);
    auto *dialog = page.openDeposit();
    QVERIFY(dialog);
    QTest::mouseClick(test::child<QPushButton>(*dialog, "takeDepositButton"),
                      Qt::LeftButton); // card is the first choice
    QTRY_COMPARE(dialog->message(), QStringLiteral("Card payment of $90.00 approved."));
    QCOMPARE(m_stripe->chargeCount(), 1);
    auto held = DepositRepository(m_f->store()).forAppointment(tomorrow.id);
    QCOMPARE(held->size(), 1);
    QCOMPARE(held->first().kind, TenderKind::Card);
    QVERIFY(held->first().reference.startsWith(u"pi_fake"));
    dialog->close();

    // The client does not come.
    QTest::mouseClick(test::child<QPushButton>(page, "feeButton"), Qt::LeftButton);
    auto *fee = page.findChild<ui::FeeDialog *>();
    QVERIFY(fee);
    QCOMPARE(test::child<QLabel>(*fee, "feePreview")->text(),
             QStringLiteral("The clinic's policy sets a fee of $50.00. The deposit of $90.00 pays $50.00 of it. The "
                            "clinic keeps the remaining $40.00 of the deposit (forfeited). The appointment is marked a "
                            "no-show."));
    QTest::mouseClick(test::child<QPushButton>(*fee, "chargeFeeButton"), Qt::LeftButton);
    QCOMPARE(page.message(),
             QStringLiteral("Fee of $50.00 charged. The deposit paid $50.00 of it. The clinic keeps "
                            "$40.00 of the deposit. The appointment is marked a no-show."));
    QCOMPARE(m_f->store().appointments().find(tomorrow.id)->status, AppointmentStatus::NoShow);
    const Invoice shown = page.currentInvoice();
    QCOMPARE(shown.appointmentId, tomorrow.id);
    QCOMPARE(shown.lines.first().kind, LineKind::Fee);
    QCOMPARE(shown.status, InvoiceStatus::Paid);
    QCOMPARE(DepositRepository(m_f->store()).forAppointment(tomorrow.id)->first().status, DepositStatus::Forfeited);
    QCOMPARE(m_stripe->chargeCount(), 1); // the fee came from the deposit, not from the card again
}

void TestDepositsAndFees::cardDepositNeedsTheNetwork()
{
    ui::CheckoutPage page(m_f->store(), test::staffMember(*m_f));
    page.setCardGateway(m_gateway.get(), false);
    choose(page, m_f->appointment);
    auto *dialog = page.openDeposit();
    QVERIFY(dialog);
    QTest::mouseClick(test::child<QPushButton>(*dialog, "takeDepositButton"), Qt::LeftButton);
    QVERIFY2(dialog->message().contains(u"needs an internet connection"), qPrintable(dialog->message()));
    QVERIFY(DepositRepository(m_f->store()).forAppointment(m_f->appointment.id)->isEmpty());
    QVERIFY(PaymentRepository(m_f->store()).pendingPayments()->isEmpty());
}

QTEST_MAIN(TestDepositsAndFees)
#include "tst_depositsandfees.moc"
