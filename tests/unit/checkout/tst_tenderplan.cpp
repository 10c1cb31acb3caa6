#include "checkout/tenderplan.h"

#include <QTest>

using namespace msp;
using namespace msp::checkout;

Q_DECLARE_METATYPE(msp::TenderKind)

class TestTenderPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void accept_data();
    void accept();
    void paidInvoiceTakesNothing();
    void splitTendersSettleExactly();
    void deposits_data();
    void deposits();
};

namespace {
Invoice invoiceOf(qint64 net)
{
    Invoice inv;
    inv.id = EntityId::generate();
    InvoiceLine l;
    l.description = QStringLiteral("Hydrafacial");
    l.unitPriceMinor = net;
    inv.lines.append(l);
    return inv;
}
} // namespace

void TestTenderPlan::accept_data()
{
    QTest::addColumn<TenderKind>("kind");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("code");
    QTest::addColumn<qint64>("reward");
    QTest::addColumn<QString>("errorField");
    QTest::addColumn<qint64>("recorded");
    QTest::addColumn<qint64>("change");
    QTest::addColumn<qint64>("recordedReward");

    QTest::newRow("cash exact") << TenderKind::Cash << qint64(10000) << QString() << qint64(0) << QString()
                                << qint64(10000) << qint64(0) << qint64(0);
    QTest::newRow("cash over gives change") << TenderKind::Cash << qint64(12000) << QString() << qint64(0) << QString()
                                            << qint64(10000) << qint64(2000) << qint64(0);
    QTest::newRow("cash part") << TenderKind::Cash << qint64(2500) << QString() << qint64(0) << QString()
                               << qint64(2500) << qint64(0) << qint64(0);
    QTest::newRow("gift card over refused") << TenderKind::GiftCard << qint64(10001) << QString() << qint64(0)
                                            << QStringLiteral("amount") << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("zero refused") << TenderKind::Cash << qint64(0) << QString() << qint64(0) << QStringLiteral("amount")
                                  << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("alle without code refused")
        << TenderKind::Alle << qint64(5000) << QStringLiteral("  ") << qint64(0) << QStringLiteral("authorisationCode")
        << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("alle reward defaults to amount")
        << TenderKind::Alle << qint64(5000) << QStringLiteral(" AL-77 ") << qint64(0) << QString() << qint64(5000)
        << qint64(0) << qint64(5000);
    QTest::newRow("evolus keeps its reward value")
        << TenderKind::Evolus << qint64(5000) << QStringLiteral("EV1") << qint64(4000) << QString() << qint64(5000)
        << qint64(0) << qint64(4000);
    QTest::newRow("aspire over balance refused")
        << TenderKind::Aspire << qint64(20000) << QStringLiteral("AS1") << qint64(0) << QStringLiteral("amount")
        << qint64(0) << qint64(0) << qint64(0);
    QTest::newRow("reward value on cash refused")
        << TenderKind::Cash << qint64(100) << QString() << qint64(100) << QStringLiteral("rewardValue") << qint64(0)
        << qint64(0) << qint64(0);
}

void TestTenderPlan::accept()
{
    QFETCH(TenderKind, kind);
    QFETCH(qint64, amount);
    QFETCH(QString, code);
    QFETCH(qint64, reward);
    QFETCH(QString, errorField);
    QFETCH(qint64, recorded);
    QFETCH(qint64, change);
    QFETCH(qint64, recordedReward);

    TenderLine t;
    t.kind = kind;
    t.amountMinor = amount;
    t.authorisationCode = code;
    t.rewardValueMinor = reward;
    auto accepted = acceptTender(invoiceOf(10000), t);
    if (!errorField.isEmpty()) {
        QVERIFY(!accepted.isOk());
        QCOMPARE(accepted.error().field, errorField);
        return;
    }
    QVERIFY2(accepted.isOk(), qPrintable(accepted.isOk() ? QString() : accepted.error().message));
    QCOMPARE(accepted->tender.amountMinor, recorded);
    QCOMPARE(accepted->changeDueMinor, change);
    QCOMPARE(accepted->tender.rewardValueMinor, recordedReward);
    QCOMPARE(accepted->tender.authorisationCode, code.trimmed());
}

void TestTenderPlan::paidInvoiceTakesNothing()
{
    Invoice inv = invoiceOf(10000);
    inv.tenders.append(TenderLine {EntityId::generate(), TenderKind::Cash, 10000, {}, 0, {}});
    auto accepted = acceptTender(inv, TenderLine {{}, TenderKind::Cash, 100, {}, 0, {}});
    QVERIFY(!accepted.isOk());
    QCOMPARE(accepted.error().code, ErrorCode::Conflict);
}

void TestTenderPlan::splitTendersSettleExactly()
{
    Invoice inv = invoiceOf(10000);
    const TenderLine parts[] = {{{}, TenderKind::Cash, 3334, {}, 0, {}},
                                {{}, TenderKind::Alle, 3333, QStringLiteral("AL-1"), 0, {}},
                                {{}, TenderKind::GiftCard, 3333, {}, 0, QStringLiteral("GC-42")}};
    for (const TenderLine &t : parts) {
        auto accepted = acceptTender(inv, t);
        QVERIFY(accepted.isOk());
        inv.tenders.append(accepted->tender);
    }
    QCOMPARE(inv.balanceMinor(), qint64(0));
    QCOMPARE(inv.paidMinor(), qint64(10000));
}

void TestTenderPlan::deposits_data()
{
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QList<qint64>>("deposits");
    QTest::addColumn<QList<qint64>>("used");
    QTest::addColumn<QList<qint64>>("leftover");

    QTest::newRow("one deposit, part of the bill")
        << qint64(10000) << QList<qint64> {3000} << QList<qint64> {3000} << QList<qint64> {0};
    QTest::newRow("second deposit covers the rest")
        << qint64(10000) << QList<qint64> {3000, 9000} << QList<qint64> {3000, 7000} << QList<qint64> {0, 2000};
    QTest::newRow("deposit bigger than a fee")
        << qint64(5000) << QList<qint64> {9000} << QList<qint64> {5000} << QList<qint64> {4000};
    QTest::newRow("nothing owed") << qint64(0) << QList<qint64> {2000} << QList<qint64> {0} << QList<qint64> {2000};
}

void TestTenderPlan::deposits()
{
    QFETCH(qint64, total);
    QFETCH(QList<qint64>, deposits);
    QFETCH(QList<qint64>, used);
    QFETCH(QList<qint64>, leftover);
    QList<HeldDeposit> held;
    for (qint64 d : deposits)
        held.append(HeldDeposit {EntityId::generate(), TenderKind::Card, d, QStringLiteral("pi_deposit")});
    const QList<DepositApplication> applied = applyDeposits(invoiceOf(total), held);
    QCOMPARE(applied.size(), deposits.size());
    for (qsizetype i = 0; i < applied.size(); ++i) {
        QCOMPARE(applied[i].tender.amountMinor, used[i]);
        QCOMPARE(applied[i].leftoverMinor, leftover[i]);
        QCOMPARE(applied[i].tender.kind, TenderKind::Card);
        QCOMPARE(applied[i].tender.reference, QStringLiteral("pi_deposit"));
        QCOMPARE(applied[i].depositId, held[i].id);
    }
}

QTEST_GUILESS_MAIN(TestTenderPlan)
#include "tst_tenderplan.moc"
