#include "pullfence.h"

#include <QTest>

using namespace msp::server;

// The pure part of the pull fence: 32-bit xids made 64-bit against the
// snapshot's xmax, the bound from our database's transactions only, and the
// other databases' xids below it kept for the check in the pull query.
class TestPullFence : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fullXid_data();
    void fullXid();
    void boundIsOurOldestRunningXid();
    void otherDatabasesOnlyBelowTheBound();
    void nothingRunningIsTheXmax();
    void othersAsArrayText();
};

void TestPullFence::fullXid_data()
{
    QTest::addColumn<quint32>("xid");
    QTest::addColumn<quint64>("reference");
    QTest::addColumn<quint64>("expected");
    const quint64 epoch = quint64(1) << 32;
    QTest::newRow("same epoch, behind") << quint32(900) << quint64(1000) << quint64(900);
    QTest::newRow("same xid") << quint32(1000) << quint64(1000) << quint64(1000);
    QTest::newRow("just ahead") << quint32(1005) << quint64(1000) << quint64(1005);
    QTest::newRow("epoch 3") << quint32(77) << 3 * epoch + 100 << 3 * epoch + 77;
    QTest::newRow("behind across the wrap") << quint32(0xFFFFFF00u) << 3 * epoch + 10 << 3 * epoch - 0x100 + 0;
    QTest::newRow("ahead across the wrap") << quint32(20) << 3 * epoch - 10 << 3 * epoch + 20;
    QTest::newRow("2^31 behind") << quint32(5) << quint64(0x80000005u) << quint64(5);
}

void TestPullFence::fullXid()
{
    QFETCH(quint32, xid);
    QFETCH(quint64, reference);
    QFETCH(quint64, expected);
    QCOMPARE(quint64(msp::server::fullXid(xid, reference)), expected);
}

void TestPullFence::boundIsOurOldestRunningXid()
{
    const auto f = computePullFence(5000, {{4000, true}, {3000, true}, {100, false}, {6000, true}});
    QCOMPARE(quint64(f.bound), quint64(3000));
}

void TestPullFence::otherDatabasesOnlyBelowTheBound()
{
    const auto f = computePullFence(5000, {{4000, true}, {100, false}, {4500, false}, {100, false}, {200, false}});
    QCOMPARE(quint64(f.bound), quint64(4000));
    QCOMPARE(f.others, (std::vector<std::uint64_t> {100, 200}));
}

void TestPullFence::nothingRunningIsTheXmax()
{
    const auto f = computePullFence(5000, {{100, false}});
    QCOMPARE(quint64(f.bound), quint64(5000));
    QCOMPARE(f.others.size(), std::size_t(1));
}

void TestPullFence::othersAsArrayText()
{
    PullFence f;
    QCOMPARE(f.othersText(), std::string("{}"));
    f.others = {7, 9};
    QCOMPARE(f.othersText(), std::string("{7,9}"));
}

QTEST_GUILESS_MAIN(TestPullFence)
#include "tst_pullfence.moc"
