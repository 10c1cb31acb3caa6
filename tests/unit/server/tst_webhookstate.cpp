#include "webhookevent.h"
#include "webhookstate.h"

#include <QJsonDocument>
#include <QTest>

#include <algorithm>
#include <numeric>

using namespace msp::server;

// The webhook's merge rules without a database: whatever order Stripe's
// events arrive in, a payment or payout ends in the same state, and folding
// an event in again changes nothing.
class TestWebhookState : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void paymentOrderDoesNotMatter_data();
    void paymentOrderDoesNotMatter();
    void sameFactsTwiceChangeNothing();
    void clinicIsNeverReassigned();
    void payoutOrderDoesNotMatter_data();
    void payoutOrderDoesNotMatter();
    void parse_data();
    void parse();
    void factsFromEvents_data();
    void factsFromEvents();
};

Q_DECLARE_METATYPE(QList<msp::server::PaymentFacts>)
Q_DECLARE_METATYPE(QList<msp::server::PayoutFacts>)

namespace {
PaymentFacts status(const QString &s, qint64 at, const QString &failure = {})
{
    PaymentFacts f;
    f.intentId = QStringLiteral("pi_1");
    f.hasStatus = true;
    f.status = s;
    f.stripeStatus = s;
    f.statusAt = at;
    f.failureCode = failure;
    f.amount = 5000;
    f.amountReceived = s == u"succeeded" ? 5000 : 0;
    return f;
}

PaymentFacts refund(qint64 cumulative, qint64 at)
{
    PaymentFacts f;
    f.intentId = QStringLiteral("pi_1");
    f.amountRefunded = cumulative;
    f.refundedAt = at;
    return f;
}

PayoutFacts payout(const QString &s, qint64 at)
{
    PayoutFacts f;
    f.id = QStringLiteral("po_1");
    f.status = s;
    f.statusAt = at;
    f.amount = 100;
    return f;
}

template<typename T>
QList<QList<T>> permutations(const QList<T> &items)
{
    QList<int> order(items.size());
    std::iota(order.begin(), order.end(), 0);
    QList<QList<T>> out;
    do {
        QList<T> one;
        for (int i : order)
            one.append(items[i]);
        out.append(one);
    } while (std::next_permutation(order.begin(), order.end()));
    return out;
}
} // namespace

void TestWebhookState::paymentOrderDoesNotMatter_data()
{
    QTest::addColumn<QList<PaymentFacts>>("facts");
    QTest::addColumn<QString>("status");
    QTest::addColumn<qint64>("refunded");
    QTest::addColumn<QString>("failure");

    QTest::newRow("refund and success") << QList {status(QStringLiteral("succeeded"), 10), refund(1500, 100)}
                                        << QStringLiteral("succeeded") << qint64(1500) << QString();
    QTest::newRow("older failure and success")
        << QList {status(QStringLiteral("failed"), 5, QStringLiteral("card_declined")),
                  status(QStringLiteral("succeeded"), 50)}
        << QStringLiteral("succeeded") << qint64(0) << QString();
    QTest::newRow("newer failure cannot undo a success")
        << QList {status(QStringLiteral("succeeded"), 5), status(QStringLiteral("failed"), 50, QStringLiteral("x"))}
        << QStringLiteral("succeeded") << qint64(0) << QString();
    QTest::newRow("cumulative refunds") << QList {refund(1500, 100), refund(5000, 200), refund(3000, 150)}
                                        << QStringLiteral("pending") << qint64(5000) << QString();
    QTest::newRow("later failure wins over earlier")
        << QList {status(QStringLiteral("failed"), 10, QStringLiteral("generic_decline")),
                  status(QStringLiteral("failed"), 20, QStringLiteral("insufficient_funds")),
                  status(QStringLiteral("pending"), 1)}
        << QStringLiteral("failed") << qint64(0) << QStringLiteral("insufficient_funds");
    QTest::newRow("retry in progress after a failure")
        << QList {status(QStringLiteral("failed"), 10, QStringLiteral("generic_decline")),
                  status(QStringLiteral("pending"), 20)}
        << QStringLiteral("pending") << qint64(0) << QString();
    QTest::newRow("cancelled is final") << QList {status(QStringLiteral("pending"), 40),
                                                  status(QStringLiteral("cancelled"), 30)}
                                        << QStringLiteral("cancelled") << qint64(0) << QString();
    QTest::newRow("same second: the further status")
        << QList {status(QStringLiteral("pending"), 10), status(QStringLiteral("failed"), 10, QStringLiteral("x"))}
        << QStringLiteral("failed") << qint64(0) << QStringLiteral("x");
}

void TestWebhookState::paymentOrderDoesNotMatter()
{
    QFETCH(QList<PaymentFacts>, facts);
    QFETCH(QString, status);
    QFETCH(qint64, refunded);
    QFETCH(QString, failure);
    std::optional<PaymentState> first;
    for (const auto &order : permutations(facts)) {
        PaymentState state;
        state.intentId = QStringLiteral("pi_1");
        for (const auto &f : order)
            mergePayment(state, f);
        QCOMPARE(state.status, status);
        QCOMPARE(state.amountRefunded, refunded);
        QCOMPARE(state.failureCode, failure);
        if (first)
            QCOMPARE(state, *first);
        else
            first = state;
    }
}

void TestWebhookState::sameFactsTwiceChangeNothing()
{
    PaymentState state;
    QVERIFY(mergePayment(state, status(QStringLiteral("succeeded"), 10)));
    QVERIFY(!mergePayment(state, status(QStringLiteral("succeeded"), 10)));
    QVERIFY(mergePayment(state, refund(100, 20)));
    QVERIFY(!mergePayment(state, refund(100, 20)));
    PayoutState p;
    QVERIFY(mergePayout(p, payout(QStringLiteral("paid"), 10)));
    QVERIFY(!mergePayout(p, payout(QStringLiteral("paid"), 10)));
}

void TestWebhookState::clinicIsNeverReassigned()
{
    PaymentState state;
    PaymentFacts f = refund(100, 20);
    QVERIFY(mergePayment(state, f)); // no clinic yet
    QCOMPARE(state.orgId, QString());
    f.orgId = QStringLiteral("org-a");
    f.paymentId = QStringLiteral("pay-a");
    QVERIFY(mergePayment(state, f));
    QCOMPARE(state.orgId, QStringLiteral("org-a"));
    f.orgId = QStringLiteral("org-b");
    f.paymentId = QStringLiteral("pay-b");
    QVERIFY(!mergePayment(state, f));
    QCOMPARE(state.orgId, QStringLiteral("org-a"));
    QCOMPARE(state.paymentId, QStringLiteral("pay-a"));
}

void TestWebhookState::payoutOrderDoesNotMatter_data()
{
    QTest::addColumn<QList<PayoutFacts>>("facts");
    QTest::addColumn<QString>("status");
    QTest::newRow("paid, then failed later")
        << QList {payout(QStringLiteral("paid"), 10), payout(QStringLiteral("failed"), 3600)}
        << QStringLiteral("failed");
    QTest::newRow("the whole way") << QList {payout(QStringLiteral("pending"), 1),
                                             payout(QStringLiteral("in_transit"), 2), payout(QStringLiteral("paid"), 3)}
                                   << QStringLiteral("paid");
}

void TestWebhookState::payoutOrderDoesNotMatter()
{
    QFETCH(QList<PayoutFacts>, facts);
    QFETCH(QString, status);
    for (const auto &order : permutations(facts)) {
        PayoutState state;
        for (const auto &f : order)
            mergePayout(state, f);
        QCOMPARE(state.status, status);
    }
}

void TestWebhookState::parse_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("errorField"); // empty: parses
    QTest::newRow("event") << QByteArray(
        R"({"id":"evt_1","type":"payout.paid","created":1700000000,"data":{"object":{"id":"po_1"}}})")
                           << QString();
    QTest::newRow("not json") << QByteArray("evt_1") << QStringLiteral("body");
    QTest::newRow("an array") << QByteArray("[]") << QStringLiteral("body");
    QTest::newRow("no id") << QByteArray(R"({"type":"payout.paid","created":1,"data":{"object":{"id":"po_1"}}})")
                           << QStringLiteral("id");
    QTest::newRow("created as text") << QByteArray(
        R"({"id":"evt_1","type":"payout.paid","created":"1","data":{"object":{"id":"po_1"}}})")
                                     << QStringLiteral("created");
    QTest::newRow("no object") << QByteArray(R"({"id":"evt_1","type":"payout.paid","created":1,"data":{}})")
                               << QStringLiteral("data");
}

void TestWebhookState::parse()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, errorField);
    const auto event = parseStripeEvent(body);
    QCOMPARE(event.isOk(), errorField.isEmpty());
    if (!event.isOk())
        QCOMPARE(event.error().field, errorField);
}

void TestWebhookState::factsFromEvents_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("intentId"); // empty: no payment facts
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("failure");
    QTest::addColumn<qint64>("refunded");

    QTest::newRow("declined") << QByteArray(R"({"id":"evt_1","type":"payment_intent.payment_failed","created":5,
        "data":{"object":{"id":"pi_1","status":"requires_payment_method","amount":100,"currency":"usd",
        "last_payment_error":{"code":"card_declined","decline_code":"insufficient_funds"},
        "metadata":{"msp_org_id":"org","msp_payment_id":"pay"}}}})")
                              << QStringLiteral("pi_1") << QStringLiteral("failed")
                              << QStringLiteral("insufficient_funds") << qint64(-1);
    QTest::newRow("requires capture is pending")
        << QByteArray(R"({"id":"evt_2","type":"payment_intent.amount_capturable_updated","created":5,
        "data":{"object":{"id":"pi_2","status":"requires_capture"}}})")
        << QStringLiteral("pi_2") << QStringLiteral("pending") << QString() << qint64(-1);
    QTest::newRow("refunded charge") << QByteArray(R"({"id":"evt_3","type":"charge.refunded","created":9,
        "data":{"object":{"id":"ch_3","payment_intent":"pi_3","paid":true,"status":"succeeded","created":4,
        "amount":100,"amount_captured":100,"amount_refunded":40}}})")
                                     << QStringLiteral("pi_3") << QStringLiteral("succeeded") << QString()
                                     << qint64(40);
    QTest::newRow("charge without a PaymentIntent")
        << QByteArray(R"({"id":"evt_4","type":"charge.refunded","created":9,"data":{"object":{"id":"ch_4"}}})")
        << QString() << QString() << QString() << qint64(-1);
    QTest::newRow("another type") << QByteArray(
        R"({"id":"evt_5","type":"customer.created","created":9,"data":{"object":{"id":"cus_5"}}})")
                                  << QString() << QString() << QString() << qint64(-1);
}

void TestWebhookState::factsFromEvents()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, intentId);
    QFETCH(QString, status);
    QFETCH(QString, failure);
    QFETCH(qint64, refunded);
    const auto event = parseStripeEvent(body);
    QVERIFY(event.isOk());
    const auto facts = paymentFacts(*event);
    QCOMPARE(facts.has_value(), !intentId.isEmpty());
    if (!facts)
        return;
    QCOMPARE(facts->intentId, intentId);
    QCOMPARE(facts->status, status);
    QCOMPARE(facts->failureCode, failure);
    QCOMPARE(facts->amountRefunded, refunded);
}

QTEST_GUILESS_MAIN(TestWebhookState)
#include "tst_webhookstate.moc"
