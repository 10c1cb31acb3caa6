#include "checkout/checkoutpage.h"
#include "checkout/refunddialog.h"
#include "checkout/refundrepository.h"
#include "checkoutuitest.h"
#include "fakestripe.h"
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

// The refund screen on a real store and the fake Stripe: a paid invoice is
// reopened from the past-invoices list, refunded in part and then in full,
// card parts through Stripe's Refunds API, cash parts at once.
class TestRefundDialog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void partialThenFullRefund();
    void cardPartRefusedOffline();
    void reasonRequiredAndFrontDeskNotAllowed();

private:
    void payCashAndCard(ui::CheckoutPage &page, test::CheckoutFixture &f);
    std::unique_ptr<test::FakeStripe> m_stripe;
    std::unique_ptr<stripe::StripeGateway> m_gateway;
};

namespace {
void pay(ui::CheckoutPage &page, TenderKind kind, const QString &amount)
{
    auto *kinds = test::child<QComboBox>(page, "tenderKind");
    kinds->setCurrentIndex(kinds->findData(tenderKey(kind)));
    test::child<QLineEdit>(page, "tenderAmount")->setText(amount);
    QTest::mouseClick(test::child<QPushButton>(page, "addTenderButton"), Qt::LeftButton);
}
} // namespace

void TestRefundDialog::init()
{
    m_stripe = std::make_unique<test::FakeStripe>();
    QVERIFY(m_stripe->start());
    m_gateway = test::gatewayTo(*m_stripe);
}

void TestRefundDialog::cleanup()
{
    m_gateway.reset();
    m_stripe.reset();
}

void TestRefundDialog::payCashAndCard(ui::CheckoutPage &page, test::CheckoutFixture &f)
{
    page.setCardGateway(m_gateway.get(), true);
    page.setCardPaymentMethod(QStringLiteral("pm_card_visa"));
    auto *combo = test::child<QComboBox>(page, "appointmentCombo");
    combo->setCurrentIndex(combo->findData(f.appointment.id.toString()));
    QTest::mouseClick(test::child<QPushButton>(page, "startButton"), Qt::LeftButton);
    pay(page, TenderKind::Cash, QStringLiteral("100.00"));
    pay(page, TenderKind::Card, QString());
    QTRY_VERIFY2(page.message().startsWith(u"Card payment of $350.00 approved"), qPrintable(page.message()));
    QCOMPARE(page.currentInvoice().status, InvoiceStatus::Paid);
}

void TestRefundDialog::partialThenFullRefund()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    const EntityId invoiceId = [&] {
        ui::CheckoutPage first(f.store(), test::staffMember(f, Role::Manager, QStringLiteral("Morgan")));
        payCashAndCard(first, f);
        return first.currentInvoice().id;
    }();

    // Later, another page reopens the invoice from the list.
    ui::CheckoutPage page(f.store(), test::staffMember(f, Role::Manager, QStringLiteral("Morgan")));
    page.setCardGateway(m_gateway.get(), true);
    auto *past = test::child<QComboBox>(page, "pastInvoices");
    QCOMPARE(past->count(), 1);
    QVERIFY(past->currentText().contains(u"$450.00"));
    QVERIFY(!test::child<QPushButton>(page, "refundButton")->isEnabled());
    QTest::mouseClick(test::child<QPushButton>(page, "openInvoiceButton"), Qt::LeftButton);
    QCOMPARE(page.currentInvoice().id, invoiceId);
    QVERIFY(test::child<QPushButton>(page, "refundButton")->isEnabled());

    QTest::mouseClick(test::child<QPushButton>(page, "refundButton"), Qt::LeftButton);
    auto *dialog = page.findChild<ui::RefundDialog *>();
    QVERIFY(dialog);
    QCOMPARE(test::child<QLineEdit>(*dialog, "refundAmount")->text(), QStringLiteral("450.00"));
    QVERIFY(test::child<QLabel>(*dialog, "refundSummary")->text().contains(u"Still refundable $450.00"));
    test::child<QLineEdit>(*dialog, "refundAmount")->setText(QStringLiteral("120.00"));
    QCOMPARE(test::child<QLabel>(*dialog, "refundPlan")->text(), QStringLiteral("Goes back as: Card $120.00."));
    test::child<QLineEdit>(*dialog, "refundReason")->setText(QStringLiteral("Touch-up not needed"));
    QTest::mouseClick(test::child<QPushButton>(*dialog, "refundButton"), Qt::LeftButton);
    QTRY_COMPARE(dialog->message(), QStringLiteral("The card refund was accepted by Stripe."));
    QCOMPARE(m_stripe->refundedTotal(), qint64(12000));
    QVERIFY(test::child<QLabel>(*dialog, "refundSummary")->text().contains(u"Still refundable $330.00"));

    // The rest: the card's remaining $230 and the $100 cash.
    test::child<QLineEdit>(*dialog, "refundAmount")->setText(QStringLiteral("330.00"));
    QCOMPARE(test::child<QLabel>(*dialog, "refundPlan")->text(),
             QStringLiteral("Goes back as: Card $230.00, Cash $100.00."));
    QTest::mouseClick(test::child<QPushButton>(*dialog, "refundButton"), Qt::LeftButton);
    QTRY_COMPARE(dialog->message(), QStringLiteral("The card refund was accepted by Stripe."));
    QCOMPARE(m_stripe->refundedTotal(), qint64(35000));
    QTRY_COMPARE(page.currentInvoice().status, InvoiceStatus::Refunded);
    QVERIFY(!test::child<QPushButton>(*dialog, "refundButton")->isEnabled());
    auto refunds = checkout::RefundRepository(f.store()).forInvoice(invoiceId);
    QCOMPARE(refunds->size(), 3);
    for (const checkout::Refund &r : *refunds) {
        QCOMPARE(r.status, checkout::PaymentStatus::Succeeded);
        QCOMPARE(r.reason, QStringLiteral("Touch-up not needed"));
    }
    QVERIFY(past->currentText().contains(u"refunded"));
}

void TestRefundDialog::cardPartRefusedOffline()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    ui::CheckoutPage page(f.store(), test::staffMember(f, Role::Manager, QStringLiteral("Morgan")));
    payCashAndCard(page, f);
    page.setOnline(false);
    auto *dialog = page.openRefund();
    QVERIFY(dialog);
    test::child<QLineEdit>(*dialog, "refundReason")->setText(QStringLiteral("Client unhappy"));
    QTest::mouseClick(test::child<QPushButton>(*dialog, "refundButton"), Qt::LeftButton);
    QVERIFY2(dialog->message().contains(u"offline"), qPrintable(dialog->message()));
    QVERIFY(checkout::RefundRepository(f.store()).forInvoice(page.currentInvoice().id)->isEmpty());
    QCOMPARE(m_stripe->refundedTotal(), qint64(0));
}

void TestRefundDialog::reasonRequiredAndFrontDeskNotAllowed()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    ui::CheckoutPage page(f.store(), test::staffMember(f, Role::FrontDesk, QStringLiteral("Morgan")));
    payCashAndCard(page, f);
    auto *dialog = page.openRefund();
    QVERIFY(dialog);
    test::child<QLineEdit>(*dialog, "refundAmount")->setText(QStringLiteral("10.00"));
    QTest::mouseClick(test::child<QPushButton>(*dialog, "refundButton"), Qt::LeftButton);
    QCOMPARE(dialog->message(), QStringLiteral("Enter the reason for the refund."));
    test::child<QLineEdit>(*dialog, "refundReason")->setText(QStringLiteral("Overcharged"));
    QTest::mouseClick(test::child<QPushButton>(*dialog, "refundButton"), Qt::LeftButton);
    QVERIFY2(dialog->message().contains(u"does not allow"), qPrintable(dialog->message()));
    QVERIFY(checkout::RefundRepository(f.store()).forInvoice(page.currentInvoice().id)->isEmpty());
}

QTEST_MAIN(TestRefundDialog)
#include "tst_refunddialog.moc"
