#include "store/clinicstore.h"
#include "store/processorreplica.h"
#include "store/syncreplica.h"
#include "support/tempstore.h"

#include <QJsonObject>
#include <QTest>

using namespace msp;
using namespace msp::store;

// The "payment" and "payout" rows the sync server sends from Stripe's
// webhooks are kept on the device, each newer row replacing the last, in the
// pull page's own transaction.
class TestProcessorReplica : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paymentRowsReplaceEachOther();
    void payoutRowsListNewestFirst();
    void rowsWithoutIdsAreIgnored();
};

namespace {
SyncReplica replicaOf(test::TempStore &t)
{
    return {t.store->database(), t.store->audit(), t.store->outbox()};
}

QJsonObject paymentData(const QString &status, qint64 refunded)
{
    return {{QStringLiteral("payment_id"), QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b")},
            {QStringLiteral("intent_id"), QStringLiteral("pi_123")},
            {QStringLiteral("status"), status},
            {QStringLiteral("stripe_status"), status == u"succeeded" ? status : QStringLiteral("processing")},
            {QStringLiteral("status_at"), QStringLiteral("2031-05-05T08:00:00.000Z")},
            {QStringLiteral("amount"), 45000},
            {QStringLiteral("currency"), QStringLiteral("USD")},
            {QStringLiteral("amount_received"), status == u"succeeded" ? 45000 : 0},
            {QStringLiteral("amount_refunded"), refunded},
            {QStringLiteral("refunded_at"),
             refunded > 0 ? QJsonValue(QStringLiteral("2031-05-06T09:30:00.000Z")) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("charge_id"), QStringLiteral("ch_9")},
            {QStringLiteral("failure_code"), QString()},
            {QStringLiteral("failure_message"), QString()}};
}

QJsonObject payoutData(const QString &id, const QString &status, const QString &arrival, qint64 amount)
{
    return {{QStringLiteral("payout_id"), id},
            {QStringLiteral("status"), status},
            {QStringLiteral("status_at"), QStringLiteral("2031-05-05T08:00:00.000Z")},
            {QStringLiteral("amount"), amount},
            {QStringLiteral("currency"), QStringLiteral("USD")},
            {QStringLiteral("arrival_date"), arrival},
            {QStringLiteral("failure_code"), QString()},
            {QStringLiteral("failure_message"), QString()}};
}
} // namespace

void TestProcessorReplica::paymentRowsReplaceEachOther()
{
    test::TempStore t;
    QVERIFY(t.isOpen());
    // Stripe's ids are not ours: the engine hands them over as null ids.
    QVERIFY(replicaOf(t).applyPage({{QStringLiteral("payment"), EntityId(), paymentData(QStringLiteral("pending"), 0)}},
                                   {}, QStringLiteral("c1")));
    auto pending = processorPaymentForIntent(t.store->database(), QStringLiteral("pi_123"));
    QVERIFY(pending.isOk() && pending->has_value());
    QCOMPARE((*pending)->status, QStringLiteral("pending"));

    QVERIFY(replicaOf(t).applyPage(
        {{QStringLiteral("payment"), EntityId(), paymentData(QStringLiteral("succeeded"), 1500)}}, {},
        QStringLiteral("c2")));
    auto paid = processorPaymentForPayment(t.store->database(), QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b"));
    QVERIFY(paid.isOk() && paid->has_value());
    const ProcessorPayment &p = **paid;
    QCOMPARE(p.intentId, QStringLiteral("pi_123"));
    QCOMPARE(p.status, QStringLiteral("succeeded"));
    QCOMPARE(p.amountMinor, qint64(45000));
    QCOMPARE(p.amountReceivedMinor, qint64(45000));
    QCOMPARE(p.amountRefundedMinor, qint64(1500));
    QCOMPARE(p.refundedAt, QDateTime(QDate(2031, 5, 6), QTime(9, 30), Qt::UTC));
    QCOMPARE(p.chargeId, QStringLiteral("ch_9"));
    QCOMPARE(replicaOf(t).cursor().valueOr({}), QStringLiteral("c2"));
}

void TestProcessorReplica::payoutRowsListNewestFirst()
{
    test::TempStore t;
    QVERIFY(t.isOpen());
    QVERIFY(replicaOf(t).applyPage({{QStringLiteral("payout"), EntityId(),
                                     payoutData(QStringLiteral("po_1"), QStringLiteral("in_transit"),
                                                QStringLiteral("2031-05-01T00:00:00.000Z"), 120000)},
                                    {QStringLiteral("payout"), EntityId(),
                                     payoutData(QStringLiteral("po_2"), QStringLiteral("pending"),
                                                QStringLiteral("2031-05-08T00:00:00.000Z"), 80000)}},
                                   {}, QStringLiteral("c1")));
    QVERIFY(replicaOf(t).applyPage({{QStringLiteral("payout"), EntityId(),
                                     payoutData(QStringLiteral("po_1"), QStringLiteral("paid"),
                                                QStringLiteral("2031-05-01T00:00:00.000Z"), 120000)}},
                                   {}, QStringLiteral("c2")));
    auto payouts = recentProcessorPayouts(t.store->database(), 10);
    QVERIFY(payouts.isOk());
    QCOMPARE(payouts->size(), 2);
    QCOMPARE(payouts->at(0).payoutId, QStringLiteral("po_2"));
    QCOMPARE(payouts->at(1).payoutId, QStringLiteral("po_1"));
    QCOMPARE(payouts->at(1).status, QStringLiteral("paid"));
    QCOMPARE(payouts->at(1).amountMinor, qint64(120000));
}

void TestProcessorReplica::rowsWithoutIdsAreIgnored()
{
    test::TempStore t;
    QVERIFY(t.isOpen());
    QJsonObject noId = paymentData(QStringLiteral("succeeded"), 0);
    noId.remove(QStringLiteral("intent_id"));
    QVERIFY(replicaOf(t).applyPage({{QStringLiteral("payment"), EntityId(), noId}}, {}, QStringLiteral("c1")));
    QVERIFY(!processorPaymentForPayment(t.store->database(), noId.value(u"payment_id").toString())->has_value());
}

QTEST_GUILESS_MAIN(TestProcessorReplica)
#include "tst_processorreplica.moc"
