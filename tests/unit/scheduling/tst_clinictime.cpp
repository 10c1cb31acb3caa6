#include "scheduling/clinictime.h"

#include <QTest>

using namespace msp;
using namespace msp::scheduling;

// Wall clock to UTC and back in the zones the clinics use, on the days the
// clocks change: RFC 5545 reading of missing and repeated times.
class TestClinicTime : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toUtc_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("local");
        QTest::addColumn<QString>("utc");
        const QByteArray ny("America/New_York");
        const QByteArray london("Europe/London");
        QTest::newRow("NY winter") << ny << QDate(2025, 1, 15) << "09:00"
                                   << "2025-01-15T14:00:00Z";
        QTest::newRow("NY summer") << ny << QDate(2025, 7, 15) << "09:00"
                                   << "2025-07-15T13:00:00Z";
        QTest::newRow("NY before the gap") << ny << QDate(2025, 3, 9) << "01:59"
                                           << "2025-03-09T06:59:00Z";
        QTest::newRow("NY in the gap reads as EST") << ny << QDate(2025, 3, 9) << "02:30"
                                                    << "2025-03-09T07:30:00Z";
        QTest::newRow("NY after the gap") << ny << QDate(2025, 3, 9) << "03:00"
                                          << "2025-03-09T07:00:00Z";
        QTest::newRow("NY repeated hour, first") << ny << QDate(2025, 11, 2) << "01:30"
                                                 << "2025-11-02T05:30:00Z";
        QTest::newRow("NY after fall back") << ny << QDate(2025, 11, 2) << "02:00"
                                            << "2025-11-02T07:00:00Z";
        QTest::newRow("London in the gap") << london << QDate(2025, 3, 30) << "01:30"
                                           << "2025-03-30T01:30:00Z";
        QTest::newRow("London after the gap") << london << QDate(2025, 3, 30) << "02:00"
                                              << "2025-03-30T01:00:00Z";
        QTest::newRow("London repeated hour") << london << QDate(2025, 10, 26) << "01:30"
                                              << "2025-10-26T00:30:00Z";
        QTest::newRow("London winter") << london << QDate(2025, 12, 1) << "09:00"
                                       << "2025-12-01T09:00:00Z";
    }

    void toUtc()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDate, day);
        QFETCH(QString, local);
        QFETCH(QString, utc);
        const ClinicTime t(zone);
        QCOMPARE(t.toUtc(day, QTime::fromString(local, QStringLiteral("HH:mm"))),
                 QDateTime::fromString(utc, Qt::ISODate));
    }

    void dayLengths_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<int>("hours");
        QTest::newRow("NY ordinary") << QByteArray("America/New_York") << QDate(2025, 3, 12) << 24;
        QTest::newRow("NY spring forward") << QByteArray("America/New_York") << QDate(2025, 3, 9) << 23;
        QTest::newRow("NY fall back") << QByteArray("America/New_York") << QDate(2025, 11, 2) << 25;
        QTest::newRow("London spring forward") << QByteArray("Europe/London") << QDate(2025, 3, 30) << 23;
        QTest::newRow("London fall back") << QByteArray("Europe/London") << QDate(2025, 10, 26) << 25;
    }

    void dayLengths()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDate, day);
        QFETCH(int, hours);
        QCOMPARE(ClinicTime(zone).localDay(day).durationMs(), hours * kHourMs);
    }

    void shiftsAcrossMidnightMerge()
    {
        const ClinicTime t("America/New_York");
        WorkingHours wh;
        QVERIFY(wh.setSpans(5, {{20 * 60, 24 * 60}}).isOk());
        QVERIFY(wh.setSpans(6, {{0, 2 * 60}}).isOk());
        const QDate fri(2025, 3, 7);
        const QList<TimeRange> r = t.workingRanges(wh, t.localDay(fri));
        QCOMPARE(r.size(), 1);
        QCOMPARE(r.first().startUtc(), t.toUtc(fri, QTime(20, 0)));
        QCOMPARE(r.first().endUtc(), t.toUtc(fri.addDays(1), QTime(2, 0)));
        QCOMPARE(r.first().durationMs(), 6 * kHourMs);
    }

    void workingDayOverSpringForwardIsShorter()
    {
        const ClinicTime t("America/New_York");
        WorkingHours wh;
        QVERIFY(wh.setSpans(7, {{0, 4 * 60}}).isOk());
        const QList<TimeRange> r = t.workingRanges(wh, t.localDay(QDate(2025, 3, 9)));
        QCOMPARE(r.size(), 1);
        QCOMPARE(r.first().durationMs(), 3 * kHourMs);
    }

    void unknownZoneFallsBackToUtc()
    {
        const ClinicTime t("Nowhere/Atlantis");
        QCOMPARE(t.toUtc(QDate(2025, 1, 1), QTime(9, 0)), QDateTime(QDate(2025, 1, 1), QTime(9, 0), Qt::UTC));
    }
};

QTEST_GUILESS_MAIN(TestClinicTime)
#include "tst_clinictime.moc"
