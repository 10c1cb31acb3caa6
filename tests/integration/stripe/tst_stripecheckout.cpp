#include "checkout/cardcharger.h"
#include "checkout/invoicebuilder.h"
#include "checkout/paymentrepository.h"
#include "checkout/pendingpayments.h"
#include "checkout/refundrepository.h"
#include "checkoutfixture.h"
#include "fakestripe.h"
#include "store/clinicstore.h"
#include "store/invoicerepository.h"
#include "store/syncreplica.h"
#include "stripe/curltransport.h"
#include "stripe/stripeerror.h"
#include "stripe/stripegateway.h"

#include <QSignalSpy>
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
    void killedBeforeConfirmIsReleasedAtStart();
    void killedBeforeCreateAnswerIsReleasedAtStart();
    void pendingRefundSentAtStart();
    void webhookStateSettlesPendingPaymentOffline();
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
    QCOMPARE(log.size(), 2); // create, then confirm once the PaymentIntent's id is in the store
    QCOMPARE(log.first().idempotencyKey, stripe::StripeGateway::idempotencyKey(out.payment.id.toString(), u"create"));
    QVERIFY(log.first().body.contains(QByteArray("metadata[invoice_id]=" + inv.id.toString().toLatin1())));
    QVERIFY(!log.first().body.contains("payment_method"));
    QCOMPARE(log[1].idempotencyKey, stripe::StripeGateway::idempotencyKey(out.payment.id.toString(), u"confirm"));
    QCOMPARE(out.payment.providerRef, after->tenders.first().reference);
}

void TestStripeCheckout::droppedAnswerRetriedByGatewayChargesOnce()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    const Invoice inv = openInvoice(f);
    PaymentRepository payments(f.store());
    auto gw = gateway();
    m_stripe->injectFault(Fault::DropAfterCharge, 1, "/confirm");
    const ui::CardOutcome out
        = ui::CardCharger(payments, *gw).charge(f.actor, inv.id, 45000, QStringLiteral("pm_card_visa"));
    QCOMPARE(out.kind, ui::CardOutcome::Paid);
    QCOMPARE(m_stripe->chargeCount(), 1);
    const auto log = m_stripe->requests();
    QCOMPARE(log.size(), 3);
    QCOMPARE(log[1].status, 0); // the confirm's answer dropped after the charge
    QVERIFY(log[2].replayed);
    QCOMPARE(log[1].idempotencyKey, log[2].idempotencyKey);
    QCOMPARE(f.store().invoices().find(inv.id)->tenders.size(), 1);
}

namespace {
// What the app does at start: settle every pending card payment and refund.
ui::PendingPaymentRecovery::Report recoverAtStart(test::CheckoutFixture &f, stripe::StripeGateway &gateway)
{
    ui::PendingPaymentRecovery recovery(f.store(), gateway, f.actor);
    QSignalSpy done(&recovery, &ui::PendingPaymentRecovery::finished);
    recovery.start();
    if (done.isEmpty() && !done.wait(10000))
        return {};
    return done.first().first().value<ui::PendingPaymentRecovery::Report>();
}
} // namespace

void TestStripeCheckout::droppedAnswerRetriedAfterRestartChargesOnce()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    const Invoice inv = openInvoice(f);
    {
        PaymentRepository payments(f.store());
        auto gw = gateway(1); // no automatic retry: the answer is simply lost
        m_stripe->injectFault(Fault::DropAfterCharge, 1, "/confirm");
        const ui::CardOutcome out
            = ui::CardCharger(payments, *gw).charge(f.actor, inv.id, 45000, QStringLiteral("pm_card_visa"));
        QCOMPARE(out.kind, ui::CardOutcome::Unknown);
        QVERIFY(out.message.contains(u"cannot charge twice"));
        QCOMPARE(m_stripe->chargeCount(), 1);
        QCOMPARE(f.store().invoices().find(inv.id)->status, InvoiceStatus::Open);
    }
    QVERIFY(f.temp.reopen()); // the app is killed and starts again; the pending payment is in the store
    PaymentRepository payments(f.store());
    QCOMPARE(payments.pendingPayments()->size(), 1);
    auto gw = gateway();
    const auto report = recoverAtStart(f, *gw);
    QCOMPARE(report.charged, 1);
    QCOMPARE(report.released, 0);
    QCOMPARE(m_stripe->chargeCount(), 1);
    QCOMPARE(m_stripe->requests().last().method, QByteArray("GET")); // looked up, not charged again
    auto after = f.store().invoices().find(inv.id);
    QCOMPARE(after->status, InvoiceStatus::Paid);
    QCOMPARE(after->tenders.size(), 1);
    QVERIFY(payments.pendingPayments()->isEmpty());
    // A second start finds nothing to do.
    QVERIFY(recoverAtStart(f, *gw).isEmpty());
    QCOMPARE(m_stripe->chargeCount(), 1);
}

void TestStripeCheckout::killedBeforeConfirmIsReleasedAtStart()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    const Invoice inv = openInvoice(f);
    {
        PaymentRepository payments(f.store());
        auto gw = gateway();
        ui::CardCharger charger(payments, *gw);
        auto p = charger.begin(f.actor, inv.id, 45000);
        QVERIFY(p.isOk());
        auto intent = ui::CardCharger::createIntent(*gw, *p);
        QVERIFY(intent.isOk());
        QVERIFY(charger.attachIntent(f.actor, *p, intent->id).isOk());
        // killed here, before the card was asked
    }
    QVERIFY(f.temp.reopen());
    auto gw = gateway();
    const auto report = recoverAtStart(f, *gw);
    QCOMPARE(report.released, 1);
    QCOMPARE(m_stripe->chargeCount(), 0);
    QVERIFY(m_stripe->requests().last().path.endsWith("/cancel"));
    PaymentRepository payments(f.store());
    QVERIFY(payments.pendingPayments()->isEmpty());
    QCOMPARE(payments.paymentsFor(inv.id)->first().status, PaymentStatus::Failed);
    QCOMPARE(f.store().invoices().find(inv.id)->status, InvoiceStatus::Open);
    // The front desk takes the card again: one charge in all.
    QCOMPARE(ui::CardCharger(payments, *gw).charge(f.actor, inv.id, 45000, QStringLiteral("pm_card_visa")).kind,
             ui::CardOutcome::Paid);
    QCOMPARE(m_stripe->chargeCount(), 1);
}

void TestStripeCheckout::killedBeforeCreateAnswerIsReleasedAtStart()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    const Invoice inv = openInvoice(f);
    {
        PaymentRepository payments(f.store());
        auto gw = gateway(1);
        auto p = ui::CardCharger(payments, *gw).begin(f.actor, inv.id, 45000);
        QVERIFY(p.isOk());
        m_stripe->injectFault(Fault::DropAfterCharge, 1, "/payment_intents");
        QVERIFY(!ui::CardCharger::createIntent(*gw, *p).isOk()); // made at Stripe, answer lost, then killed
    }
    QVERIFY(f.temp.reopen());
    auto gw = gateway();
    const auto report = recoverAtStart(f, *gw);
    QCOMPARE(report.released, 1);
    const auto log = m_stripe->requests();
    QVERIFY(log[1].replayed); // the same create, answered from Stripe's record
    QVERIFY(log.last().path.endsWith("/cancel"));
    QCOMPARE(m_stripe->chargeCount(), 0);
    QVERIFY(PaymentRepository(f.store()).pendingPayments()->isEmpty());
}

void TestStripeCheckout::pendingRefundSentAtStart()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    const Invoice inv = openInvoice(f);
    PaymentRepository payments(f.store());
    auto gw = gateway(1);
    QCOMPARE(ui::CardCharger(payments, *gw).charge(f.actor, inv.id, 45000, QStringLiteral("pm_card_visa")).kind,
             ui::CardOutcome::Paid);
    RefundRepository refunds(f.store());
    QVERIFY(refunds.begin(f.actor, inv.id, 5000, QStringLiteral("Goodwill")).isOk());
    m_stripe->injectFault(Fault::DropAfterCharge, 1, "/refunds");
    QVERIFY(!ui::CardCharger(payments, *gw).settleCardRefunds(f.actor, refunds, inv.id).isOk());
    QCOMPARE(refunds.pending()->size(), 1);
    QVERIFY(f.temp.reopen());
    auto again = gateway();
    QCOMPARE(recoverAtStart(f, *again).refundsSent, 1);
    QCOMPARE(m_stripe->refundedTotal(), qint64(5000));
    QVERIFY(RefundRepository(f.store()).pending()->isEmpty());
}

void TestStripeCheckout::webhookStateSettlesPendingPaymentOffline()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    const Invoice inv = openInvoice(f);
    PaymentRepository payments(f.store());
    {
        auto gw = gateway(1);
        m_stripe->injectFault(Fault::DropAfterCharge, 1, "/confirm");
        QCOMPARE(ui::CardCharger(payments, *gw).charge(f.actor, inv.id, 45000, QStringLiteral("pm_card_visa")).kind,
                 ui::CardOutcome::Unknown);
    }
    const Payment pending = payments.pendingPayments()->first();
    // The server heard payment_intent.succeeded from Stripe and the device pulled it.
    store::SyncReplica replica(f.store().database(), f.store().audit(), f.store().outbox());
    QVERIFY(replica.applyPage({{QStringLiteral("payment"),
                                EntityId(),
                                {{QStringLiteral("payment_id"), pending.id.toString()},
                                 {QStringLiteral("intent_id"), pending.providerRef},
                                 {QStringLiteral("status"), QStringLiteral("succeeded")},
                                 {QStringLiteral("stripe_status"), QStringLiteral("succeeded")},
                                 {QStringLiteral("amount"), 45000},
                                 {QStringLiteral("amount_received"), 45000},
                                 {QStringLiteral("currency"), QStringLiteral("USD")}}}},
                              {}, QStringLiteral("cursor-1")));
    const qsizetype asked = m_stripe->requests().size();
    // Stripe cannot be reached now; the pulled state is enough.
    stripe::StripeConfig config;
    config.apiKey = test::FakeStripe::apiKey();
    config.baseUrl = QStringLiteral("https://127.0.0.1:1");
    config.retry.maxAttempts = 1;
    stripe::StripeGateway offline(config, std::make_unique<stripe::CurlTransport>());
    const auto report = recoverAtStart(f, offline);
    QCOMPARE(report.charged, 1);
    QCOMPARE(m_stripe->requests().size(), asked);
    QCOMPARE(f.store().invoices().find(inv.id)->status, InvoiceStatus::Paid);
    QCOMPARE(f.store().invoices().find(inv.id)->tenders.first().reference, pending.providerRef);
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
    QCOMPARE(m_stripe->requests().size(), 2); // create, confirm: a decline is never retried
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
    m_stripe->injectFault(Fault(fault), times, "/confirm");
    const ui::CardOutcome out
        = ui::CardCharger(payments, *gw).charge(f.actor, inv.id, 45000, QStringLiteral("pm_card_visa"));
    QCOMPARE(out.kind, ui::CardOutcome::Paid);
    QCOMPARE(gw->attemptsOfLastCall(), times + 1);
    QCOMPARE(m_stripe->chargeCount(), 1);
    QCOMPARE(requestsWithKey(m_stripe->requests(),
                             stripe::StripeGateway::idempotencyKey(out.payment.id.toString(), u"confirm")),
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
