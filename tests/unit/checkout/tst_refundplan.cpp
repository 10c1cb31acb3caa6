#include "checkout/refundplan.h"

#include <QTest>

using namespace msp;
using namespace msp::checkout;

class TestRefundPlan : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void split_data();
    void split();
    void refusals_data();
    void refusals();
    void lineRefund_data();
    void lineRefund();
};

namespace {
// $200 paid with a $50 Allē reward, $30 cash and $120 on a card, in that order.
Invoice paidInvoice()
{
    Invoice inv;
    inv.id = EntityId::generate();
    InvoiceLine l;
    l.id = EntityId::generate();
    l.description = QStringLiteral("Filler");
    l.unitPriceMinor = 20000;
    inv.lines.append(l);
    InvoiceLine p;
    p.id = EntityId::generate();
    p.kind = LineKind::Product;
    p.description = QStringLiteral("Serum");
    p.quantity = 3;
    p.unitPriceMinor = 333;
    p.taxBasisPoints = 825;
    inv.lines.append(p);
    inv.tenders = {{EntityId::generate(), TenderKind::Alle, 5000, QStringLiteral("AL-9"), 5000, {}},
                   {EntityId::generate(), TenderKind::Cash, 3000, {}, 0, {}},
                   {EntityId::generate(), TenderKind::Card, 12000, {}, 0, QStringLiteral("pi_card")}};
    return inv;
}

QString describe(const QList<RefundPart> &parts)
{
    QStringList out;
    for (const RefundPart &p : parts)
        out.append(tenderKey(p.kind) + u':' + QString::number(p.amountMinor));
    return out.join(u' ');
}
} // namespace

void TestRefundPlan::split_data()
{
    QTest::addColumn<qint64>("priorCard");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("expected");

    QTest::newRow("partial goes back to the card") << qint64(0) << qint64(4000) << "card:4000";
    QTest::newRow("past the card spills to cash") << qint64(0) << qint64(14000) << "card:12000 cash:2000";
    QTest::newRow("whole refund reverses loyalty last")
        << qint64(0) << qint64(20000) << "card:12000 cash:3000 alle:5000";
    QTest::newRow("earlier card refund counted") << qint64(10000) << qint64(5000) << "card:2000 cash:3000";
    QTest::newRow("one cent") << qint64(0) << qint64(1) << "card:1";
}

void TestRefundPlan::split()
{
    QFETCH(qint64, priorCard);
    QFETCH(qint64, amount);
    QFETCH(QString, expected);
    const Invoice inv = paidInvoice();
    QList<PriorRefund> prior;
    if (priorCard)
        prior.append(PriorRefund {inv.tenders[2].id, priorCard});
    auto plan = planRefund(inv, prior, amount, QStringLiteral("Client reaction"));
    QVERIFY2(plan.isOk(), qPrintable(plan.isOk() ? QString() : plan.error().message));
    QCOMPARE(describe(*plan), expected);
    qint64 sum = 0;
    for (const RefundPart &p : *plan)
        sum += p.amountMinor;
    QCOMPARE(sum, amount);
    for (const RefundPart &p : *plan)
        if (p.kind == TenderKind::Card)
            QCOMPARE(p.reference, QStringLiteral("pi_card"));
}

void TestRefundPlan::refusals_data()
{
    QTest::addColumn<qint64>("prior");
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QString>("field");
    QTest::newRow("more than was paid") << qint64(0) << qint64(20001) << "Unhappy"
                                        << "amount";
    QTest::newRow("more than is left") << qint64(12000) << qint64(8001) << "Unhappy"
                                       << "amount";
    QTest::newRow("no reason") << qint64(0) << qint64(100) << "  "
                               << "reason";
    QTest::newRow("zero") << qint64(0) << qint64(0) << "Unhappy"
                          << "amount";
}

void TestRefundPlan::refusals()
{
    QFETCH(qint64, prior);
    QFETCH(qint64, amount);
    QFETCH(QString, reason);
    QFETCH(QString, field);
    const Invoice inv = paidInvoice();
    QList<PriorRefund> priors;
    if (prior)
        priors.append(PriorRefund {inv.tenders[2].id, prior});
    auto plan = planRefund(inv, priors, amount, reason);
    QVERIFY(!plan.isOk());
    QCOMPARE(plan.error().field, field);
}

void TestRefundPlan::lineRefund_data()
{
    QTest::addColumn<int>("line");
    QTest::addColumn<qint64>("quantity");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("one of three takes the extra tax cent") << 1 << qint64(1) << qint64(361);
    QTest::newRow("all three is the line with its tax") << 1 << qint64(3) << qint64(1081);
    QTest::newRow("untaxed service") << 0 << qint64(1) << qint64(20000);
    QTest::newRow("more than sold") << 1 << qint64(4) << qint64(-1);
}

void TestRefundPlan::lineRefund()
{
    QFETCH(int, line);
    QFETCH(qint64, quantity);
    QFETCH(qint64, expected);
    const Invoice inv = paidInvoice();
    auto amount = lineRefundAmount(inv, inv.lines[line].id, quantity);
    if (expected < 0) {
        QVERIFY(!amount.isOk());
        return;
    }
    QVERIFY(amount.isOk());
    QCOMPARE(*amount, expected);
}

QTEST_GUILESS_MAIN(TestRefundPlan)
#include "tst_refundplan.moc"
