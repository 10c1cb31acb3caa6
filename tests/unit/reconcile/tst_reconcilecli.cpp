// The dedupe / link / reconcile commands on small fixtures, run as a user
// would: no data folder, no keychain.

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestReconcileCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void commands_data();
    void commands();
    void unreadableFile();
    void usageErrors_data();
    void usageErrors();
};

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(MEDSPASYNC_TEST_FIXTURES "/reconcile/") + QString::fromLatin1(name);
}

struct Run {
    int code = -1;
    QByteArray out;
    QByteArray err;
};

Run cli(const QStringList &args, const QString &home)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home); // a store would be created here if one were opened
    env.remove(QStringLiteral("DBUS_SESSION_BUS_ADDRESS")); // no keychain either
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(MEDSPASYNC_CLI), args);
    p.waitForFinished(60000);
    return {p.exitCode(), p.readAllStandardOutput(), p.readAllStandardError()};
}

} // namespace

void TestReconcileCli::commands_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("expected"); // lines id_a,id_b (score not compared)
    QTest::newRow("dedupe") << QStringList {QStringLiteral("dedupe"), QStringLiteral("--input"), fixture("people.csv"),
                                            QStringLiteral("--id-column"), QStringLiteral("rec_id")}
                            << QStringList {QStringLiteral("p1,p2"), QStringLiteral("p3,p4"), QStringLiteral("p5,p6")};
    QTest::newRow("link") << QStringList {QStringLiteral("link"),      QStringLiteral("--left"),
                                          fixture("people.csv"),       QStringLiteral("--right"),
                                          fixture("people_right.csv"), QStringLiteral("--id-column"),
                                          QStringLiteral("rec_id")}
                          << QStringList {QStringLiteral("p8,r2"), QStringLiteral("p9,r4"), QStringLiteral("p10,r1")};
    QTest::newRow("reconcile") << QStringList {QStringLiteral("reconcile"), QStringLiteral("--left"),
                                               fixture("pos.csv"),          QStringLiteral("--right"),
                                               fixture("payouts.csv"),      QStringLiteral("--id-column"),
                                               QStringLiteral("ID")}
                               << QStringList {QStringLiteral("T1,P1"), QStringLiteral("T2,P2"),
                                               QStringLiteral("T3,P3"), QStringLiteral("T3,P4")};
}

void TestReconcileCli::commands()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, expected);
    QTemporaryDir dir;
    const QString output = dir.filePath(QStringLiteral("pairs.csv"));
    const Run r = cli(args + QStringList {QStringLiteral("--output"), output}, dir.path());
    QVERIFY2(r.code == 0, r.err.constData());
    QFile f(output);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QStringList lines = QString::fromUtf8(f.readAll()).split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.value(0), QStringLiteral("id_a,id_b,score"));
    QStringList pairs;
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QStringList cells = lines[i].split(u',');
        QCOMPARE(cells.size(), 3);
        const double score = cells[2].toDouble();
        QVERIFY(score >= 0.5 && score <= 1.0);
        pairs << cells[0] + u',' + cells[1];
    }
    pairs.sort();
    expected.sort();
    QCOMPARE(pairs, expected);
    // Bad rows are reported by line, without their content.
    if (args.first() == u"reconcile") {
        QVERIFY(r.err.contains("pos.csv, line 6"));
        QVERIFY(r.err.contains("payouts.csv, line 6"));
    }
    QVERIFY(!QDir(dir.filePath(QStringLiteral(".local"))).exists()); // no store was made
}

void TestReconcileCli::unreadableFile()
{
    QTemporaryDir dir;
    const Run r = cli({QStringLiteral("dedupe"), QStringLiteral("--input"), dir.filePath(QStringLiteral("nope.csv")),
                       QStringLiteral("--output"), dir.filePath(QStringLiteral("o.csv"))},
                      dir.path());
    QCOMPARE(r.code, 1);
    QVERIFY(r.err.contains("Cannot read"));
    QVERIFY(r.err.contains("nope.csv"));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("o.csv"))));
}

void TestReconcileCli::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::newRow("no output") << QStringList {QStringLiteral("dedupe"), QStringLiteral("--input"),
                                               fixture("people.csv")};
    QTest::newRow("link without right") << QStringList {QStringLiteral("link"), QStringLiteral("--left"),
                                                        fixture("people.csv"), QStringLiteral("--output"),
                                                        QStringLiteral("x.csv")};
    QTest::newRow("unknown option") << QStringList {QStringLiteral("dedupe"), QStringLiteral("--colour")};
}

void TestReconcileCli::usageErrors()
{
    QFETCH(QStringList, args);
    QTemporaryDir dir;
    QCOMPARE(cli(args, dir.path()).code, 2);
}

QTEST_GUILESS_MAIN(TestReconcileCli)
#include "tst_reconcilecli.moc"
