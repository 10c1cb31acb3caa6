#include "reconcile/assignment.h"
#include "reconcile/csvtable.h"
#include "reconcile/recordimport.h"
#include "reconcile/splitmatcher.h"
#include "reconcile/transactionreconciler.h"

#include <QTest>

#include <set>

using namespace msp::reconcile;

class TestAssignment : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void oneToOne_data();
    void oneToOne();
    void hungarianBeatsGreedyWhenGreedyIsWrong();
    void splitIntoTwoAndThree();
    void reconcileFixtures();
};

void TestAssignment::oneToOne_data()
{
    QTest::addColumn<QList<double>>("edges"); // a, b, score triples
    QTest::addColumn<QList<int>>("chosen");
    QTest::newRow("disjoint pairs all kept") << QList<double> {0, 0, 5, 1, 1, 4} << QList<int> {0, 1};
    QTest::newRow("shared right goes to stronger") << QList<double> {0, 0, 5, 1, 0, 3} << QList<int> {0};
    QTest::newRow("shared left goes to stronger") << QList<double> {0, 0, 2, 0, 1, 6} << QList<int> {1};
    QTest::newRow("empty") << QList<double> {} << QList<int> {};
}

void TestAssignment::oneToOne()
{
    QFETCH(QList<double>, edges);
    QFETCH(QList<int>, chosen);
    std::vector<Edge> e;
    for (qsizetype i = 0; i + 2 < edges.size(); i += 3)
        e.push_back({std::uint32_t(edges[i]), std::uint32_t(edges[i + 1]), edges[i + 2]});
    for (const auto method : {AssignmentMethod::Auto, AssignmentMethod::Greedy, AssignmentMethod::Hungarian}) {
        const auto got = assignOneToOne(e, method);
        QCOMPARE(QList<int>(got.begin(), got.end()), chosen);
    }
}

void TestAssignment::hungarianBeatsGreedyWhenGreedyIsWrong()
{
    // a0-b0 is the single heaviest edge, but taking it strands a1 and b1:
    // a0-b1 + a1-b0 = 9 + 9 beats a0-b0 = 10.
    const std::vector<Edge> e {{0, 0, 10}, {0, 1, 9}, {1, 0, 9}};
    const auto greedy = assignOneToOne(e, AssignmentMethod::Greedy);
    QCOMPARE(greedy, std::vector<std::size_t> {0});
    const auto best = assignOneToOne(e, AssignmentMethod::Auto);
    QCOMPARE(best, (std::vector<std::size_t> {1, 2}));
}

void TestAssignment::splitIntoTwoAndThree()
{
    std::vector<TransactionRecord> left(3);
    std::vector<TransactionRecord> right(6);
    left[0] = {"L0", 0, 100, 40000, "ann lee", "", "", 0};
    left[1] = {"L1", 0, 100, 30000, "bob stone", "", "", 0};
    left[2] = {"L2", 0, 100, 12345, "cat ng", "", "", 0};
    right[0] = {"R0", 0, 101, 34000, "ann lee", "", "", 0};
    right[1] = {"R1", 0, 101, 6000, "ann lee", "", "", 0};
    right[2] = {"R2", 0, 100, 10000, "bob stone", "", "", 0};
    right[3] = {"R3", 0, 102, 10000, "bob stone", "", "", 0};
    right[4] = {"R4", 0, 102, 10000, "bob stone", "", "", 0};
    right[5] = {"R5", 0, 100, 6000, "someone else", "", "", 0}; // same amount, other payer
    const auto splits = findSplits(left, right, {0, 1, 2}, {0, 1, 2, 3, 4, 5}, defaultFees());
    QCOMPARE(splits.size(), size_t(2));
    QCOMPARE(splits[0].whole, 0u);
    QCOMPARE(splits[0].parts, (std::vector<std::uint32_t> {0, 1}));
    QCOMPARE(splits[1].whole, 1u);
    QCOMPARE(splits[1].parts.size(), size_t(3));
}

void TestAssignment::reconcileFixtures()
{
    const auto readFixture = [](const char *name) {
        auto t = CsvTable::readFile(QStringLiteral(MEDSPASYNC_TEST_FIXTURES "/reconcile/") + QString::fromLatin1(name));
        return importTransactions(*t, {"ID"});
    };
    const auto pos = readFixture("pos.csv");
    const auto payouts = readFixture("payouts.csv");
    QVERIFY(pos.isOk() && payouts.isOk());
    const auto &l = pos->records;
    const auto &r = payouts->records;
    const auto result = reconcileTransactions(l, r);
    std::set<std::string> links;
    for (const auto &m : result.matches)
        for (const auto a : m.left)
            for (const auto b : m.right)
                links.insert(l[a].id + "-" + r[b].id);
    QVERIFY(links.count("T1-P1")); // less a card fee, a day later
    QVERIFY(links.count("T2-P2")); // "Smith, John" and "John Smith"
    QVERIFY(links.count("T3-P3") && links.count("T3-P4")); // $400 as $340 + $60
    QCOMPARE(links.size(), size_t(4));
    // T4 and T6 have no counterpart: money at risk.
    QCOMPARE(result.unmatchedLeft.size(), size_t(2));
    for (const auto &m : result.matches) {
        if (!m.isSplit() && l[m.left.front()].id == "T1") {
            const QString words = explainMatch(l, r, result, m);
            QVERIFY2(words.contains(QStringLiteral("card fee")) && words.contains(QStringLiteral("one day later")),
                     qPrintable(words));
            QCOMPARE(m.grade, MatchGrade::Imprecise);
        }
        if (!m.isSplit() && l[m.left.front()].id == "T2")
            QCOMPARE(m.grade, MatchGrade::Precise);
    }
}

QTEST_GUILESS_MAIN(TestAssignment)
#include "tst_assignment.moc"
