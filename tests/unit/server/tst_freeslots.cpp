#include "freeslots.h"

#include <QTest>

using msp::server::Interval;
using msp::server::nextFreeSlots;

Q_DECLARE_METATYPE(std::vector<Interval>)

class TestFreeSlots : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void slots_data();
    void slots();
};

static constexpr std::int64_t kMin = 60 * 1000;

void TestFreeSlots::slots_data()
{
    QTest::addColumn<std::vector<Interval>>("busy");
    QTest::addColumn<std::int64_t>("duration");
    QTest::addColumn<std::vector<Interval>>("expected");
    // Times in minutes from the requested start (0), 15-minute steps.
    auto m = [](std::int64_t a, std::int64_t b) { return Interval {a * kMin, b * kMin}; };
    QTest::newRow("nothing busy: the requested time and the next ones")
        << std::vector<Interval> {} << 60 * kMin << std::vector {m(0, 60), m(60, 120), m(120, 180)};
    QTest::newRow("busy at the start: first slot after it")
        << std::vector {m(0, 60)} << 60 * kMin << std::vector {m(60, 120), m(120, 180), m(180, 240)};
    QTest::newRow("busy end off the grid rounds up to the next step")
        << std::vector {m(-30, 50)} << 30 * kMin << std::vector {m(60, 90), m(90, 120), m(120, 150)};
    QTest::newRow("gap too short is skipped")
        << std::vector {m(0, 60), m(90, 150)} << 45 * kMin << std::vector {m(150, 195), m(195, 240), m(240, 285)};
    QTest::newRow("gap that fits exactly is offered")
        << std::vector {m(0, 60), m(90, 150)} << 30 * kMin << std::vector {m(60, 90), m(150, 180), m(180, 210)};
    QTest::newRow("horizon cuts the list")
        << std::vector {m(0, 14 * 24 * 60 - 30)} << 60 * kMin << std::vector<Interval> {};
}

void TestFreeSlots::slots()
{
    QFETCH(std::vector<Interval>, busy);
    QFETCH(std::int64_t, duration);
    QFETCH(std::vector<Interval>, expected);
    const auto got = nextFreeSlots(0, duration, busy, 15 * kMin, 3, 14LL * 24 * 60 * kMin);
    QCOMPARE(got.size(), expected.size());
    for (std::size_t i = 0; i < got.size(); ++i) {
        QCOMPARE(got[i].first / kMin, expected[i].first / kMin);
        QCOMPARE(got[i].second / kMin, expected[i].second / kMin);
    }
}

QTEST_GUILESS_MAIN(TestFreeSlots)
#include "tst_freeslots.moc"
