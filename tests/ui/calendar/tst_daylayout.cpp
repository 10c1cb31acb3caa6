#include "calendar/daylayout.h"

#include <QTest>

using namespace msp::ui;

Q_DECLARE_METATYPE(QList<DayBlock>)

class TestDayLayout : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void assignLanes_data();
    void assignLanes();
    void minuteOfDay_data();
    void minuteOfDay();
};

namespace {
DayBlock block(int row, int column, int from, int to)
{
    DayBlock b;
    b.row = row;
    b.column = column;
    b.startMinute = from;
    b.endMinute = to;
    return b;
}
} // namespace

void TestDayLayout::assignLanes_data()
{
    QTest::addColumn<QList<DayBlock>>("blocks");
    QTest::addColumn<QList<int>>("lanes"); // by row
    QTest::addColumn<QList<int>>("laneCounts"); // by row
    QTest::newRow("back to back share one lane")
        << QList<DayBlock> {block(0, 0, 540, 570), block(1, 0, 570, 600)} << QList<int> {0, 0} << QList<int> {1, 1};
    QTest::newRow("two overlapping go side by side")
        << QList<DayBlock> {block(0, 0, 540, 600), block(1, 0, 570, 630)} << QList<int> {0, 1} << QList<int> {2, 2};
    QTest::newRow("a chain reuses the freed lane")
        << QList<DayBlock> {block(0, 0, 540, 600), block(1, 0, 570, 630), block(2, 0, 600, 660)} << QList<int> {0, 1, 0}
        << QList<int> {2, 2, 2};
    QTest::newRow("other columns do not interfere")
        << QList<DayBlock> {block(0, 0, 540, 600), block(1, 1, 540, 600)} << QList<int> {0, 0} << QList<int> {1, 1};
    QTest::newRow("unsorted input") << QList<DayBlock> {block(0, 0, 600, 660), block(1, 0, 540, 620)}
                                    << QList<int> {1, 0} << QList<int> {2, 2};
}

void TestDayLayout::assignLanes()
{
    QFETCH(QList<DayBlock>, blocks);
    QFETCH(QList<int>, lanes);
    QFETCH(QList<int>, laneCounts);
    msp::ui::assignLanes(blocks);
    QCOMPARE(blocks.size(), lanes.size());
    for (const DayBlock &b : std::as_const(blocks)) {
        QCOMPARE(b.lane, lanes.at(b.row));
        QCOMPARE(b.laneCount, laneCounts.at(b.row));
    }
}

void TestDayLayout::minuteOfDay_data()
{
    const QTimeZone ny("America/New_York");
    QTest::addColumn<QDateTime>("utc");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<int>("minute");
    QTest::newRow("morning in New York") << QDateTime(QDate(2026, 6, 10), QTime(13, 30), QTimeZone::utc())
                                         << QDate(2026, 6, 10) << 9 * 60 + 30;
    QTest::newRow("evening crosses UTC midnight")
        << QDateTime(QDate(2026, 6, 11), QTime(3, 30), QTimeZone::utc()) << QDate(2026, 6, 10) << 23 * 60 + 30;
    QTest::newRow("day before clamps to the top")
        << QDateTime(QDate(2026, 6, 9), QTime(12, 0), QTimeZone::utc()) << QDate(2026, 6, 10) << 0;
    QTest::newRow("day after clamps to the bottom")
        << QDateTime(QDate(2026, 6, 12), QTime(12, 0), QTimeZone::utc()) << QDate(2026, 6, 10) << 24 * 60;
    QTest::newRow("winter offset after DST ends")
        << QDateTime(QDate(2026, 11, 2), QTime(14, 0), QTimeZone::utc()) << QDate(2026, 11, 2) << 9 * 60;
}

void TestDayLayout::minuteOfDay()
{
    QFETCH(QDateTime, utc);
    QFETCH(QDate, day);
    QFETCH(int, minute);
    QCOMPARE(msp::ui::minuteOfDay(utc, day, QTimeZone("America/New_York")), minute);
}

QTEST_GUILESS_MAIN(TestDayLayout)
#include "tst_daylayout.moc"
