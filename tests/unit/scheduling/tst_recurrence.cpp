#include "scheduling/recurrence.h"

#include <QTest>

using namespace msp;
using namespace msp::scheduling;

// Series expansion in the clinic's wall clock, RRULE text both ways.
class TestRecurrence : public QObject
{
    Q_OBJECT

    static QStringList list(const char *items) { return QString::fromLatin1(items).split(u'|'); }

    static QStringList local(const ClinicTime &t, const QList<QDateTime> &utc)
    {
        QStringList out;
        for (const QDateTime &d : utc)
            out.append(t.toLocal(d.toMSecsSinceEpoch()).toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        return out;
    }

private Q_SLOTS:
    void expand_data()
    {
        using F = RecurrenceRule::Frequency;
        QTest::addColumn<int>("frequency");
        QTest::addColumn<int>("interval");
        QTest::addColumn<int>("count");
        QTest::addColumn<QDate>("until");
        QTest::addColumn<QString>("first");
        QTest::addColumn<QStringList>("exceptions");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("weekly over spring forward keeps 10:00")
            << int(F::Weekly) << 1 << 4 << QDate() << "2025-03-03 10:00" << QStringList {}
            << list("2025-03-03 10:00|2025-03-10 10:00|2025-03-17 10:00|2025-03-24 10:00");
        QTest::newRow("exception still counts")
            << int(F::Weekly) << 1 << 4 << QDate() << "2025-03-03 10:00" << list("2025-03-10 10:00")
            << list("2025-03-03 10:00|2025-03-17 10:00|2025-03-24 10:00");
        QTest::newRow("every other day until a date")
            << int(F::Daily) << 2 << 0 << QDate(2025, 11, 6) << "2025-10-31 09:30" << QStringList {}
            << list("2025-10-31 09:30|2025-11-02 09:30|2025-11-04 09:30|2025-11-06 09:30");
        QTest::newRow("fortnightly until excludes the day after")
            << int(F::Weekly) << 2 << 0 << QDate(2025, 2, 9) << "2025-01-13 15:00" << QStringList {}
            << list("2025-01-13 15:00|2025-01-27 15:00");
        QTest::newRow("monthly on the 31st skips short months")
            << int(F::Monthly) << 1 << 4 << QDate() << "2025-01-31 11:00" << QStringList {}
            << list("2025-01-31 11:00|2025-03-31 11:00|2025-05-31 11:00|2025-07-31 11:00");
        QTest::newRow("quarterly") << int(F::Monthly) << 3 << 3 << QDate() << "2025-01-15 11:00" << QStringList {}
                                   << list("2025-01-15 11:00|2025-04-15 11:00|2025-07-15 11:00");
    }

    void expand()
    {
        QFETCH(int, frequency);
        QFETCH(int, interval);
        QFETCH(int, count);
        QFETCH(QDate, until);
        QFETCH(QString, first);
        QFETCH(QStringList, exceptions);
        QFETCH(QStringList, expected);
        const ClinicTime t("America/New_York");
        const auto at = [&](const QString &s) {
            const QDateTime d = QDateTime::fromString(s, QStringLiteral("yyyy-MM-dd HH:mm"));
            return t.toUtc(d.date(), d.time());
        };
        QList<QDateTime> ex;
        for (const QString &e : exceptions)
            ex.append(at(e));
        const RecurrenceRule rule {RecurrenceRule::Frequency(frequency), interval, count, until};
        QVERIFY(rule.validate().isOk());
        QCOMPARE(local(t, expandOccurrences(rule, at(first), t, ex)), expected);
    }

    void rruleRoundTrip_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("weekly count") << "FREQ=WEEKLY;COUNT=6";
        QTest::newRow("daily interval") << "FREQ=DAILY;INTERVAL=3;COUNT=2";
        QTest::newRow("monthly until") << "FREQ=MONTHLY;UNTIL=20251231T045959Z";
    }

    void rruleRoundTrip()
    {
        QFETCH(QString, text);
        const ClinicTime t("America/New_York");
        auto rule = RecurrenceRule::fromRRule(text, t);
        QVERIFY(rule.isOk());
        QCOMPARE(rule->toRRule(t), text);
    }

    void invalidRules_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("no end") << "FREQ=WEEKLY";
        QTest::newRow("count and until") << "FREQ=WEEKLY;COUNT=2;UNTIL=20251231T045959Z";
        QTest::newRow("zero interval") << "FREQ=DAILY;INTERVAL=0;COUNT=2";
        QTest::newRow("yearly") << "FREQ=YEARLY;COUNT=2";
        QTest::newRow("garbage") << "hello";
    }

    void invalidRules()
    {
        QFETCH(QString, text);
        QVERIFY(!RecurrenceRule::fromRRule(text, ClinicTime("America/New_York")).isOk());
    }
};

QTEST_GUILESS_MAIN(TestRecurrence)
#include "tst_recurrence.moc"
