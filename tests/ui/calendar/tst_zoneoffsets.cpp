// ZoneOffsets against QDateTime's own conversion, instant by instant, over
// weeks holding a daylight-saving change (both directions, New York and
// London), a week without one, and instants outside the window it was made
// for. Also the day and minute arithmetic the calendar grid uses.
#include "calendar/zoneoffsets.h"

#include <QDateTime>
#include <QTest>

using namespace msp::ui;

class TestZoneOffsets : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matchesQDateTime_data();
    void matchesQDateTime();
    void dayAndMinuteArithmetic();
};

void TestZoneOffsets::matchesQDateTime_data()
{
    QTest::addColumn<QByteArray>("zone");
    QTest::addColumn<QDate>("monday");
    QTest::newRow("New York, spring forward") << QByteArray("America/New_York") << QDate(2026, 3, 2);
    QTest::newRow("New York, fall back") << QByteArray("America/New_York") << QDate(2026, 10, 26);
    QTest::newRow("London, spring forward") << QByteArray("Europe/London") << QDate(2026, 3, 23);
    QTest::newRow("London, fall back") << QByteArray("Europe/London") << QDate(2026, 10, 19);
    QTest::newRow("London, no change") << QByteArray("Europe/London") << QDate(2026, 6, 1);
    QTest::newRow("UTC") << QByteArray("UTC") << QDate(2026, 3, 2);
}

void TestZoneOffsets::matchesQDateTime()
{
    QFETCH(QByteArray, zone);
    QFETCH(QDate, monday);
    const QTimeZone tz(zone);
    QVERIFY(tz.isValid());
    const qint64 from = QDateTime(monday, QTime(0, 0), tz).toMSecsSinceEpoch();
    const qint64 to = QDateTime(monday.addDays(14), QTime(0, 0), tz).toMSecsSinceEpoch();
    // The window covers the first week only: the second is answered by the
    // zone itself and must agree too.
    const ZoneOffsets offsets(tz, from, from + 7 * ZoneOffsets::kDayMs);
    for (qint64 utc = from - ZoneOffsets::kDayMs; utc < to; utc += 5 * 60 * 1000) {
        const QDateTime local = QDateTime::fromMSecsSinceEpoch(utc, Qt::UTC).toTimeZone(tz);
        const qint64 localMs = offsets.toLocalMs(utc);
        QCOMPARE(ZoneOffsets::dateOf(localMs), local.date());
        QCOMPARE(ZoneOffsets::minuteIn(localMs, ZoneOffsets::dayNumber(local.date())),
                 local.time().msecsSinceStartOfDay() / 60000);
    }
    // Both instants around each change, to the millisecond.
    for (const QTimeZone::OffsetData &t :
         tz.transitions(QDateTime::fromMSecsSinceEpoch(from, Qt::UTC), QDateTime::fromMSecsSinceEpoch(to, Qt::UTC))) {
        const qint64 at = t.atUtc.toMSecsSinceEpoch();
        for (const qint64 utc : {at - 1, at, at + 1})
            QCOMPARE(offsets.offsetMs(utc), tz.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utc, Qt::UTC)) * 1000);
    }
}

void TestZoneOffsets::dayAndMinuteArithmetic()
{
    const qint64 day = ZoneOffsets::dayNumber(QDate(2026, 3, 8));
    QCOMPARE(ZoneOffsets::dateOf(day * ZoneOffsets::kDayMs), QDate(2026, 3, 8));
    QCOMPARE(ZoneOffsets::dateOf(day * ZoneOffsets::kDayMs - 1), QDate(2026, 3, 7));
    QCOMPARE(ZoneOffsets::dayNumber(QDate(1970, 1, 1)), qint64(0));
    QCOMPARE(ZoneOffsets::dayNumber(qint64(-1)), qint64(-1));
    QCOMPARE(ZoneOffsets::dateOf(-1), QDate(1969, 12, 31));
    // Clamped to the day: the evening before is its top, the next day its bottom.
    QCOMPARE(ZoneOffsets::minuteIn(day * ZoneOffsets::kDayMs - 30 * 60000, day), 0);
    QCOMPARE(ZoneOffsets::minuteIn(day * ZoneOffsets::kDayMs + 9 * 3600000, day), 9 * 60);
    QCOMPARE(ZoneOffsets::minuteIn((day + 1) * ZoneOffsets::kDayMs, day), 24 * 60);
    QCOMPARE(ZoneOffsets::minuteIn((day + 2) * ZoneOffsets::kDayMs, day), 24 * 60);
}

QTEST_GUILESS_MAIN(TestZoneOffsets)
#include "tst_zoneoffsets.moc"
