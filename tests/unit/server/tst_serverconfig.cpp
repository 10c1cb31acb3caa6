#include "config.h"

#include <QTemporaryFile>
#include <QTest>

using namespace msp::server;

class TestServerConfig : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cleanup();
    void flagsParsed();
    void fileThenEnvironmentThenFlags();
    void errors_data();
    void errors();
    void helpListsEveryOption();
};

static QStringList args(std::initializer_list<const char *> list)
{
    QStringList out {QStringLiteral("medspasync-server")};
    for (const char *a : list)
        out << QString::fromUtf8(a);
    return out;
}

void TestServerConfig::cleanup()
{
    qunsetenv("MEDSPASYNC_DB_WORKERS");
    qunsetenv("MEDSPASYNC_LISTEN");
}

void TestServerConfig::flagsParsed()
{
    const auto r = parseConfig(args({"--database", "dbname=x", "--listen", "0.0.0.0:9443", "--tls-cert", "c.pem",
                                     "--tls-key=k.pem", "--access-ttl", "60", "--pull-snapshot-idle", "5",
                                     "--pull-snapshot-max-age", "600", "--pull-snapshots-max", "0"}));
    QVERIFY2(r.isOk(), r.isOk() ? "" : qPrintable(r.error().message));
    QCOMPARE(r->config.listenHost, std::string("0.0.0.0"));
    QCOMPARE(r->config.listenPort, 9443);
    QCOMPARE(r->config.tlsKey, std::string("k.pem"));
    QCOMPARE(r->config.accessTtlSeconds, 60);
    QCOMPARE(r->config.pullSnapshotIdleSeconds, 5);
    QCOMPARE(r->config.pullSnapshotMaxAgeSeconds, 600);
    QCOMPARE(r->config.pullSnapshotsMax, 0);
}

void TestServerConfig::fileThenEnvironmentThenFlags()
{
    QTemporaryFile file;
    QVERIFY(file.open());
    file.write("# comment\ndatabase = dbname=fromfile\ndb_workers = 2\nlisten = 127.0.0.1:1000\n"
               "tls-cert = c.pem\ntls_key = k.pem\n");
    file.close();
    qputenv("MEDSPASYNC_DB_WORKERS", "6");
    qputenv("MEDSPASYNC_LISTEN", "127.0.0.1:2000");
    const auto r = parseConfig(args({"--config", qPrintable(file.fileName()), "--listen", "127.0.0.1:3000"}));
    QVERIFY2(r.isOk(), r.isOk() ? "" : qPrintable(r.error().message));
    QCOMPARE(r->config.database, std::string("dbname=fromfile"));
    QCOMPARE(r->config.dbWorkers, 6); // environment over file
    QCOMPARE(r->config.listenPort, 3000); // flag over environment
}

void TestServerConfig::errors_data()
{
    QTest::addColumn<QStringList>("arguments");
    QTest::addColumn<QString>("field");
    QTest::newRow("no database") << args({"--tls-cert", "c", "--tls-key", "k"}) << QStringLiteral("database");
    QTest::newRow("no certificate") << args({"--database", "x"}) << QStringLiteral("tls_cert");
    QTest::newRow("unknown option") << args({"--database", "x", "--colour", "red"}) << QStringLiteral("colour");
    QTest::newRow("listen without port") << args({"--database", "x", "--listen", "localhost"})
                                         << QStringLiteral("listen");
    QTest::newRow("workers not a number")
        << args({"--database", "x", "--db-workers", "many"}) << QStringLiteral("db_workers");
    QTest::newRow("snapshot idle zero") << args({"--database", "x", "--pull-snapshot-idle", "0"})
                                        << QStringLiteral("pull_snapshot_idle");
    QTest::newRow("init without org") << args({"init", "--database", "x", "--admin-email", "a@b.c"})
                                      << QStringLiteral("org");
    QTest::newRow("flag without value") << args({"--database"}) << QStringLiteral("database");
}

void TestServerConfig::errors()
{
    QFETCH(QStringList, arguments);
    QFETCH(QString, field);
    const auto r = parseConfig(arguments);
    QVERIFY(!r.isOk());
    QCOMPARE(r.error().field, field);
    QVERIFY(!r.error().message.isEmpty());
}

void TestServerConfig::helpListsEveryOption()
{
    const auto r = parseConfig(args({"--help"}));
    QVERIFY(r.isOk() && r->helpRequested);
    for (const char *flag : {"--listen", "--database", "--tls-cert", "--tls-key", "--token-key", "--config", "init"})
        QVERIFY2(r->helpText.contains(QLatin1StringView(flag)), flag);
}

QTEST_GUILESS_MAIN(TestServerConfig)
#include "tst_serverconfig.moc"
