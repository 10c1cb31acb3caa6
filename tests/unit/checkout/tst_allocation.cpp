#include "checkout/allocation.h"

#include <QTest>

using namespace msp::checkout;

class TestAllocation : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void proportional_data();
    void proportional();
    void evenly_data();
    void evenly();
    void basisPoints_data();
    void basisPoints();
};

void TestAllocation::proportional_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QList<qint64>>("weights");
    QTest::addColumn<QList<qint64>>("expected");

    QTest::newRow("exact halves") << qint64(1000) << QList<qint64> {50, 50} << QList<qint64> {500, 500};
    QTest::newRow("one cent over three") << qint64(1) << QList<qint64> {1, 1, 1} << QList<qint64> {1, 0, 0};
    QTest::newRow("largest remainder wins") << qint64(100) << QList<qint64> {1, 2} << QList<qint64> {33, 67};
    QTest::newRow("discount over service and product")
        << qint64(2500) << QList<qint64> {45000, 6000} << QList<qint64> {2206, 294};
    QTest::newRow("negative keeps sign") << qint64(-100) << QList<qint64> {1, 2} << QList<qint64> {-33, -67};
    QTest::newRow("zero weights go first") << qint64(7) << QList<qint64> {0, 0} << QList<qint64> {7, 0};
    QTest::newRow("zero weight gets nothing") << qint64(10) << QList<qint64> {0, 3, 1} << QList<qint64> {0, 8, 2};
    QTest::newRow("nothing to split") << qint64(0) << QList<qint64> {3, 4} << QList<qint64> {0, 0};
}

void TestAllocation::proportional()
{
    QFETCH(qint64, amount);
    QFETCH(QList<qint64>, weights);
    QFETCH(QList<qint64>, expected);
    const QList<qint64> parts = allocateProportionally(amount, weights);
    QCOMPARE(parts, expected);
    qint64 sum = 0;
    for (qint64 p : parts)
        sum += p;
    QCOMPARE(sum, amount);
}

void TestAllocation::evenly_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<int>("parts");
    QTest::addColumn<QList<qint64>>("expected");

    QTest::newRow("$100 in three") << qint64(10000) << 3 << QList<qint64> {3334, 3333, 3333};
    QTest::newRow("$100.01 in two") << qint64(10001) << 2 << QList<qint64> {5001, 5000};
    QTest::newRow("two cents in three") << qint64(2) << 3 << QList<qint64> {1, 1, 0};
    QTest::newRow("one part") << qint64(999) << 1 << QList<qint64> {999};
    QTest::newRow("no parts") << qint64(999) << 0 << QList<qint64> {};
}

void TestAllocation::evenly()
{
    QFETCH(qint64, amount);
    QFETCH(int, parts);
    QFETCH(QList<qint64>, expected);
    QCOMPARE(splitEvenly(amount, parts), expected);
}

void TestAllocation::basisPoints_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<qint64>("bp");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("20% tip") << qint64(45000) << qint64(2000) << qint64(9000);
    QTest::newRow("18% rounds half up") << qint64(2525) << qint64(1800) << qint64(455);
    QTest::newRow("half cent away from zero") << qint64(-10) << qint64(500) << qint64(-1);
    QTest::newRow("zero rate") << qint64(12345) << qint64(0) << qint64(0);
}

void TestAllocation::basisPoints()
{
    QFETCH(qint64, amount);
    QFETCH(qint64, bp);
    QFETCH(qint64, expected);
    QCOMPARE(basisPointsOf(amount, bp), expected);
}

QTEST_GUILESS_MAIN(TestAllocation)
#include "tst_allocation.moc"
