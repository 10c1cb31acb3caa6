#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

// practitioners, next-slots and export-ics as a script runs them, on a demo
// store protected by a passphrase (the session bus points at nothing).
class TestSchedulingCli : public QObject
{
    Q_OBJECT

    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run run(const QStringList &args)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MEDSPASYNC_PASSPHRASE"), QStringLiteral("a test passphrase"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(MEDSPASYNC_CLI), args);
        if (!p.waitForFinished(180000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QTemporaryDir m_home;
    QTemporaryDir m_data;

private Q_SLOTS:
    void initTestCase()
    {
        const Run demo
            = run({QStringLiteral("demo"), QStringLiteral("--data-dir"), m_data.path(), QStringLiteral("--clients"),
                   QStringLiteral("60"), QStringLiteral("--weeks"), QStringLiteral("1")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
    }

    void practitionersAreIdTabName()
    {
        const Run r = run({QStringLiteral("practitioners"), QStringLiteral("--data-dir"), m_data.path()});
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 6);
        const QRegularExpression line(
            QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[0-9a-f]{4}-[0-9a-f]{12}\t\\S.*$"));
        for (const QString &l : lines)
            QVERIFY2(line.match(l).hasMatch(), qPrintable(l));
    }

    void nextSlots()
    {
        const Run r = run({QStringLiteral("next-slots"), QStringLiteral("--data-dir"), m_data.path(),
                           QStringLiteral("--service"), QStringLiteral("HydraFacial"), QStringLiteral("--count"),
                           QStringLiteral("3"), QStringLiteral("--from"), QStringLiteral("2030-01-07")});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QStringList lines = r.out.trimmed().split(u'\n');
        QCOMPARE(lines.size(), 3);
        for (const QString &l : lines)
            QVERIFY2(QRegularExpression(QStringLiteral("^2030-01-\\d\\d \\d\\d:\\d\\d\t\\d\\d:\\d\\d\t\\S.*\t.+$"))
                         .match(l)
                         .hasMatch(),
                     qPrintable(l));
        const Run ambiguous = run({QStringLiteral("next-slots"), QStringLiteral("--data-dir"), m_data.path(),
                                   QStringLiteral("--service"), QStringLiteral("botox")});
        QCOMPARE(ambiguous.exitCode, 1);
        QVERIFY(ambiguous.err.contains(QStringLiteral("matches 2 services")));
    }

    void exportIcs()
    {
        const Run list = run({QStringLiteral("practitioners"), QStringLiteral("--data-dir"), m_data.path()});
        const QString id = list.out.section(u'\t', 0, 0);
        const QString file = m_data.filePath(QStringLiteral("out.ics"));
        const QDate monday = QDate::currentDate().addDays(1 - QDate::currentDate().dayOfWeek());
        const Run r
            = run({QStringLiteral("export-ics"), QStringLiteral("--data-dir"), m_data.path(),
                   QStringLiteral("--practitioner"), id, QStringLiteral("--from"), monday.toString(Qt::ISODate),
                   QStringLiteral("--to"), monday.addDays(6).toString(Qt::ISODate), QStringLiteral("-o"), file});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QFile f(file);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray ics = f.readAll();
        QVERIFY(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n"));
        QVERIFY(ics.endsWith("END:VCALENDAR\r\n"));
        QVERIFY(ics.contains("BEGIN:VTIMEZONE\r\nTZID:America/New_York\r\n"));
        QVERIFY(ics.contains("BEGIN:VEVENT"));
        QVERIFY(ics.contains("DTSTART;TZID=America/New_York:"));
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("export without range")
            << QStringList {QStringLiteral("export-ics"), QStringLiteral("-o"), QStringLiteral("x.ics")};
        QTest::newRow("next-slots without service") << QStringList {QStringLiteral("next-slots")};
        QTest::newRow("bad date") << QStringList {QStringLiteral("next-slots"), QStringLiteral("--service"),
                                                  QStringLiteral("x"), QStringLiteral("--from"),
                                                  QStringLiteral("tomorrow")};
        QTest::newRow("zero count") << QStringList {QStringLiteral("next-slots"), QStringLiteral("--service"),
                                                    QStringLiteral("x"), QStringLiteral("--count"),
                                                    QStringLiteral("0")};
    }

    void badUsage()
    {
        QFETCH(QStringList, args);
        const Run r = run(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.trimmed().isEmpty());
    }

    void unknownPractitionerIsAClearFailure()
    {
        const Run r = run({QStringLiteral("export-ics"), QStringLiteral("--data-dir"), m_data.path(),
                           QStringLiteral("--practitioner"), QStringLiteral("nobody"), QStringLiteral("--from"),
                           QStringLiteral("2030-01-01"), QStringLiteral("--to"), QStringLiteral("2030-01-02"),
                           QStringLiteral("-o"), m_data.filePath(QStringLiteral("x.ics"))});
        QCOMPARE(r.exitCode, 1);
        QVERIFY(r.err.contains(QStringLiteral("medspasync-cli practitioners")));
    }
};

QTEST_GUILESS_MAIN(TestSchedulingCli)
#include "tst_schedulingcli.moc"
