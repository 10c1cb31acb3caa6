#include <QImage>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

// The command-line tools as a person (or a script) runs them. CTest points the
// session bus at nothing, so stores here are passphrase-protected and the
// passphrase comes from MEDSPASYNC_PASSPHRASE.
class TestCli : public QObject
{
    Q_OBJECT

private:
    struct Run {
        int exitCode = -1;
        QString out;
        QString err;
    };

    Run run(const QString &program, const QStringList &args,
            const QString &passphrase = QStringLiteral("a test passphrase"), bool withDisplayVars = true)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MEDSPASYNC_PASSPHRASE"), passphrase);
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        if (!withDisplayVars) {
            env.remove(QStringLiteral("QT_QPA_PLATFORM"));
            env.remove(QStringLiteral("DISPLAY"));
            env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        }
        p.setProcessEnvironment(env);
        p.start(program, args);
        if (!p.waitForFinished(120000))
            return {};
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    QTemporaryDir m_home;
    const QString m_cli = QStringLiteral(MEDSPASYNC_CLI);
    const QString m_gui = QStringLiteral(MEDSPASYNC_GUI);

private Q_SLOTS:
    void versionAndHelp()
    {
        const Run v = run(m_cli, {QStringLiteral("--version")});
        QCOMPARE(v.exitCode, 0);
        QVERIFY(v.out.startsWith(QStringLiteral("MedSpaSync Pro")));
        const Run gv = run(m_gui, {QStringLiteral("--version")}, {}, false);
        QCOMPARE(gv.exitCode, 0);
        QVERIFY2(gv.out.contains(QRegularExpression(QStringLiteral("^MedSpaSync Pro \\d+\\.\\d+\\.\\d+"))),
                 qPrintable(gv.out));
        const Run h = run(m_cli, {QStringLiteral("--help")});
        QCOMPARE(h.exitCode, 0);
        QVERIFY(h.out.contains(QStringLiteral("demo")));
    }

    void demoInfoAndAudit()
    {
        QTemporaryDir data;
        const Run demo
            = run(m_cli,
                  {QStringLiteral("demo"), QStringLiteral("--data-dir"), data.path(), QStringLiteral("--clients"),
                   QStringLiteral("80"), QStringLiteral("--weeks"), QStringLiteral("1")});
        QVERIFY2(demo.exitCode == 0, qPrintable(demo.err));
        QVERIFY(demo.out.contains(QStringLiteral("Demo clinic ready")));
        QVERIFY(demo.out.contains(QStringLiteral("passphrase")));
        const Run info = run(m_cli, {QStringLiteral("info"), QStringLiteral("--data-dir"), data.path()});
        QCOMPARE(info.exitCode, 0);
        QVERIFY2(info.out.contains(QRegularExpression(QStringLiteral("Clients:\\s+8\\d"))), qPrintable(info.out));
        QVERIFY(info.out.contains(QRegularExpression(QStringLiteral("Appointments:\\s+[1-9]\\d+"))));
        // A second demo run reopens the same clinic and adds nothing.
        const Run again = run(m_cli, {QStringLiteral("demo"), QStringLiteral("--data-dir"), data.path()});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out.section(QStringLiteral("Clients:"), 1).section(u'\n', 0, 0),
                 info.out.section(QStringLiteral("Clients:"), 1).section(u'\n', 0, 0));
        const Run audit = run(m_cli, {QStringLiteral("verify-audit"), QStringLiteral("--data-dir"), data.path()});
        QCOMPARE(audit.exitCode, 0);
        QVERIFY(audit.out.contains(QStringLiteral("Audit log intact")));
    }

    void wrongPassphraseIsAClearFailure()
    {
        QTemporaryDir data;
        QCOMPARE(run(m_cli, {QStringLiteral("info"), QStringLiteral("--data-dir"), data.path()}).exitCode, 0);
        const Run wrong = run(m_cli, {QStringLiteral("info"), QStringLiteral("--data-dir"), data.path()},
                              QStringLiteral("the wrong passphrase"));
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY2(wrong.err.contains(QStringLiteral("The clinic database could not be unlocked")),
                 qPrintable(wrong.err));
    }

    void badUsage_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::newRow("unknown command") << QStringList {QStringLiteral("fly")};
        QTest::newRow("unknown option") << QStringList {QStringLiteral("info"), QStringLiteral("--colour")};
        QTest::newRow("missing value") << QStringList {QStringLiteral("info"), QStringLiteral("--data-dir")};
        QTest::newRow("negative clients")
            << QStringList {QStringLiteral("demo"), QStringLiteral("--clients"), QStringLiteral("-3")};
    }

    void badUsage()
    {
        QFETCH(QStringList, args);
        const Run r = run(m_cli, args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY(!r.err.trimmed().isEmpty());
    }

    void guiRendersTheDemoWithoutADisplay()
    {
        QTemporaryDir data;
        const Run r = run(m_gui, {QStringLiteral("--demo"), QStringLiteral("--data-dir"), data.path()},
                          QStringLiteral("a test passphrase"), false);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.contains(QStringLiteral("No display found")));
        const QString path = r.out.section(QStringLiteral("Main window rendered to "), 1).trimmed();
        QVERIFY2(!path.isEmpty(), qPrintable(r.out));
        const QImage image(path);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 1000);
    }

    void guiScreenshotFlag()
    {
        QTemporaryDir data;
        const QString png = data.filePath(QStringLiteral("shot.png"));
        const Run r = run(
            m_gui,
            {QStringLiteral("--demo"), QStringLiteral("--data-dir"), data.path(), QStringLiteral("--screenshot"), png});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY(!QImage(png).isNull());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
