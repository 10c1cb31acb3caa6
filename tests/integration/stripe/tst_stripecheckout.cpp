#include "checkout/cardcharger.h"
#include "checkout/invoicebuilder.h"
#include "checkout/paymentrepository.h"
#include "checkout/refundrepository.h"
#include "checkoutfixture.h"
#include "fakestripe.h"
#include "store/clinicstore.h"
#include "store/invoicerepository.h"
#include "stripe/curltransport.h"
#include "stripe/stripeerror.h"
#include "stripe/stripegateway.h"

#include <QTest>

using namespace msp;
using namespace msp::checkout;
using Fault = msp::test::FakeStripe::Fault;

class TestStripeCheckout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void successfulCharge();
    void droppedAnswerRetriedByGatewayChargesOnce();
    void droppedAnswerRetriedAfterRestartChargesOnce();
    void declineShowsMessageAndLeavesInvoiceUnpaid();
    void transientFaultsAreRetried_data();
    void transientFaultsAreRetried();
    void sameKeyDifferentBodyIsRefused();
    void wrongKeyIsNotRetried();
    void partialRefundGoesThroughStripe();
    void authoriseThenCaptureAndTerminal();

private:
    std::unique_ptr<stripe::StripeGateway> gateway(int attempts = 4, QByteArray key = test::FakeStripe::apiKey());
    std::unique_ptr<test::FakeStripe> m_stripe;
};

namespace {
Invoice openInvoice(test::CheckoutFixture &f)
{
    InvoiceDraft d;
    d.appointment = f.appointment;
    d.service = f.service;
    auto inv = f.store().invoices().create(f.actor, buildInvoice(d, CheckoutPolicy {}).valueOr({}));
    return inv ? *inv : Invoice {};
}

int requestsWithKey(const QList<test::FakeStripe::Request> &log, const QByteArray &key)
{
    int n = 0;
    for (const auto &r : log)
        n += r.idempotencyKey == key ? 1 : 0;
    return n;
}
} // namespace

void TestStripeCheckout::initTestCase() { }

void TestStripeCheckout::init()
{
    m_stripe = std::make_unique<test::FakeStripe>();
    QVERIFY(m_stripe->start());
}

std::unique_ptr<stripe::StripeGateway> TestStripeCheckout::gateway(int attempts, QByteArray key)
{
    stripe::CurlOptions options;
    options.caBundlePath = test::FakeStripe::caCertificatePath();
    options.connectTimeoutMs = 2000;
    options.totalTimeoutMs = 1500; // the injected timeout must not slow the suite
    stripe::StripeConfig config;
    config.apiKey = std::move(key);
    config.baseUrl = m_stripe->baseUrl();
    config.retry.maxAttempts = attempts;
    config.retry.baseDelayMs = 10;
    config.retry.maxDelayMs = 40;
    return std::make_unique<stripe::StripeGateway>(config, std::make_unique<stripe::CurlTransport>(options));
}

void TestStripeCheckout::successfulCharge()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    const Invoice inv = openInvoice(f);
    PaymentRepository payments(f.store());
    auto gw = gateway();
    ui::CardCharger charger(payments, *gw);
    const ui::CardOutcome out = charger.charge(f.actor, inv.id, 45000, QStringLiteral("pm_card_visa"));
    QCOMPARE(out.kind, ui::CardOutcome::Paid);
    QCOMPARE(m_stripe->chargeCount(), 1);
    auto after = f.store().invoices().find(inv.id);
    QCOMPARE(after->status, InvoiceStatus::Paid);
    QVERIFY(after->tenders.first().reference.startsWith(u"pi_fake"));
    const auto log = m_stripe->requests();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().idempotencyKey, stripe::StripeGateway::idempotencyKey(out.payment.id.toString(), u"create"));
    QVERIFY(log.first().body.contains(QByteArray("metadata[invoice_id]=" + inv.id.toString().toLatin1())));
}

void TestStripeCheckout::droppedAnswerRetriedByGatewayChargesOnce()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    const Invoice inv = openInvoice(f);
    PaymentRepository payments(f.store());
    auto gw = gateway();
    m_stripe->injectFault(Fault::DropAfterCharge);
    const ui::CardOutcome out
        = ui::CardCharger(payments, *gw).charge(f.actor, inv.id, 45000, QStringLiteral("pm_card_visa"));
    QCOMPARE(out.kind, ui::CardOutcome::Paid);
    QCOMPARE(m_stripe->chargeCount(), 1);
    const auto log = m_stripe->requests();
    QCOMPARE(log.size(), 2);
    QCOMPARE(log[0].status, 0); // dropped after the charge
    QVERIFY(log[1].replayed);
    QCOMPARE(log[0].idempotencyKey, log[1].idempotencyKey);
    QCOMPARE(f.store().invoices().find(inv.id)->tenders.size(), 1);
}

void TestStripeCheckout::droppedAnswerRetriedAfterRestartChargesOnce()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    const Invoice inv = openInvoice(f);
    {
        PaymentRepository payments(f.store());
        auto gw = gateway(1); // no automatic retry: the answer is simply lost
        m_stripe->injectFault(Fault::DropAfterCharge);
        const ui::CardOutcome out
            = ui::CardCharger(payments, *gw).charge(f.actor, inv.id, 45000, QStringLiteral("pm_card_visa"));
        QCOMPARE(out.kind, ui::CardOutcome::Unknown);
        QVERIFY(out.message.contains(u"cannot charge twice"));
        QCOMPARE(m_stripe->chargeCount(), 1);
        QCOMPARE(f.store().invoices().find(inv.id)->status, InvoiceStatus::Open);
    }
    QVERIFY(f.temp.reopen()); // the app restarts; the pending payment is in the store
    PaymentRepository payments(f.store());
    auto pending = payments.pendingPayments();
    QCOMPARE(pending->size(), 1);
    auto gw = gateway();
    const ui::CardOutcome out
        = ui::CardCharger(payments, *gw).resume(f.actor, pending->first(), QStringLiteral("pm_card_visa"));
    QCOMPARE(out.kind, ui::CardOutcome::Paid);
    QCOMPARE(m_stripe->chargeCount(), 1);
    QVERIFY(m_stripe->requests().last().replayed);
    QCOMPARE(f.store().invoices().find(inv.id)->status, InvoiceStatus::Paid);
    QVERIFY(payments.pendingPayments()->isEmpty());
}

void TestStripeCheckout::declineShowsMessageAndLeavesInvoiceUnpaid()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    const Invoice inv = openInvoice(f);
    PaymentRepository payments(f.store());
    auto gw = gateway();
    const ui::CardOutcome out
        = ui::CardCharger(payments, *gw)
              .charge(f.actor, inv.id, 45000, QStringLiteral("pm_card_chargeDeclinedInsufficientFunds"));
    QCOMPARE(out.kind, ui::CardOutcome::Declined);
    QCOMPARE(out.message, QStringLiteral("Card declined: insufficient funds"));
    QCOMPARE(out.payment.status, PaymentStatus::Failed);
    QCOMPARE(m_stripe->chargeCount(), 0);
    QCOMPARE(m_stripe->requests().size(), 1); // a decline is never retried
    auto after = f.store().invoices().find(inv.id);
    QCOMPARE(after->status, InvoiceStatus::Open);
    QVERIFY(after->tenders.isEmpty());
    QCOMPARE(after->balanceMinor(), qint64(45000));

    // Another card then works, as a new payment with a new key.
    const ui::CardOutcome second
        = ui::CardCharger(payments, *gw).charge(f.actor, inv.id, 45000, QStringLiteral("pm_card_visa"));
    QCOMPARE(second.kind, ui::CardOutcome::Paid);
    QCOMPARE(m_stripe->chargeCount(), 1);
}

void TestStripeCheckout::transientFaultsAreRetried_data()
{
    QTest::addColumn<int>("fault");
    QTest::addColumn<int>("times");
    QTest::newRow("one 500") << int(Fault::ServerError) << 1;
    QTest::newRow("three 500s") << int(Fault::ServerError) << 3;
    QTest::newRow("a timeout") << int(Fault::Timeout) << 1;
}

void TestStripeCheckout::transientFaultsAreRetried()
{
    QFETCH(int, fault);
    QFETCH(int, times);
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    const Invoice inv = openInvoice(f);
    PaymentRepository payments(f.store());
    auto gw = gateway();
    m_stripe->injectFault(Fault(fault), times);
    const ui::CardOutcome out
        = ui::CardCharger(payments, *gw).charge(f.actor, inv.id, 45000, QStringLiteral("pm_card_visa"));
    QCOMPARE(out.kind, ui::CardOutcome::Paid);
    QCOMPARE(gw->attemptsOfLastCall(), times + 1);
    QCOMPARE(m_stripe->chargeCount(), 1);
    QCOMPARE(requestsWithKey(m_stripe->requests(),
                             stripe::StripeGateway::idempotencyKey(out.payment.id.toString(), u"create")),
             times + 1);
}

void TestStripeCheckout::sameKeyDifferentBodyIsRefused()
{
    auto gw = gateway();
    stripe::PaymentIntentRequest req;
    req.amount = 1000;
    req.paymentMethod = QStringLiteral("pm_card_visa");
    req.confirm = true;
    QVERIFY(gw->createPaymentIntent(QStringLiteral("same-id"), req).isOk());
    QVERIFY(gw->createPaymentIntent(QStringLiteral("same-id"), req).isOk()); // replayed
    QCOMPARE(m_stripe->chargeCount(), 1);
    req.amount = 2000;
    auto changed = gw->createPaymentIntent(QStringLiteral("same-id"), req);
    QVERIFY(!changed.isOk());
    QCOMPARE(stripe::failureKindOf(changed.error()), stripe::FailureKind::Idempotency);
    QCOMPARE(gw->attemptsOfLastCall(), 1);
    QCOMPARE(m_stripe->chargeCount(), 1);
}

void TestStripeCheckout::wrongKeyIsNotRetried()
{
    auto gw = gateway(4, "sk_test_wrong");
    auto r = gw->createCustomer(QStringLiteral("client-1"));
    QVERIFY(!r.isOk());
    QCOMPARE(stripe::failureKindOf(r.error()), stripe::FailureKind::Authentication);
    QCOMPARE(m_stripe->requests().size(), 1);
    QVERIFY(!r.error().message.contains(u"sk_test_wrong"));
}

void TestStripeCheckout::partialRefundGoesThroughStripe()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    const Invoice inv = openInvoice(f);
    PaymentRepository payments(f.store());
    auto gw = gateway();
    ui::CardCharger charger(payments, *gw);
    QCOMPARE(charger.charge(f.actor, inv.id, 45000, QStringLiteral("pm_card_visa")).kind, ui::CardOutcome::Paid);
    RefundRepository refunds(f.store());
    QVERIFY(refunds.begin(f.actor, inv.id, 12345, QStringLiteral("Partial: touch-up not needed")).isOk());
    m_stripe->injectFault(Fault::DropAfterCharge); // the refund's answer is lost once, too
    auto settled = charger.settleCardRefunds(f.actor, refunds, inv.id);
    QVERIFY2(settled.isOk(), qPrintable(settled.isOk() ? QString() : settled.error().message));
    QCOMPARE(*settled, 1);
    QCOMPARE(m_stripe->refundedTotal(), qint64(12345));
    QCOMPARE(refunds.forInvoice(inv.id)->first().status, PaymentStatus::Succeeded);
    QVERIFY(refunds.forInvoice(inv.id)->first().providerRef.startsWith(u"re_fake"));
}

void TestStripeCheckout::authoriseThenCaptureAndTerminal()
{
    auto gw = gateway();
    stripe::PaymentIntentRequest req;
    req.amount = 30000;
    req.cardPresent = true;
    auto pi = gw->createPaymentIntent(QStringLiteral("term-1"), req);
    QVERIFY(pi.isOk());
    QCOMPARE(pi->status, QStringLiteral("requires_payment_method"));
    auto action = gw->processPaymentIntentOnReader(QStringLiteral("term-1"), QStringLiteral("tmr_front_desk"), pi->id);
    QVERIFY(action.isOk());
    QCOMPARE(action->paymentIntent, pi->id);
    QCOMPARE(action->readerId, QStringLiteral("tmr_front_desk"));
    auto confirmed = gw->confirmPaymentIntent(QStringLiteral("term-1"), pi->id, QStringLiteral("pm_card_visa"));
    QVERIFY(confirmed.isOk());
    QCOMPARE(confirmed->status, QStringLiteral("requires_capture"));
    auto captured = gw->capturePaymentIntent(QStringLiteral("term-1"), pi->id, 25000);
    QVERIFY(captured.isOk());
    QCOMPARE(captured->status, QStringLiteral("succeeded"));
    QCOMPARE(captured->amountReceived, qint64(25000));
    auto cancel = gw->cancelPaymentIntent(QStringLiteral("term-1"), pi->id);
    QVERIFY(!cancel.isOk()); // a captured payment is refunded, not cancelled
    QCOMPARE(stripe::failureKindOf(cancel.error()), stripe::FailureKind::Invalid);
}

QTEST_GUILESS_MAIN(TestStripeCheckout)
#include "tst_stripecheckout.moc"
