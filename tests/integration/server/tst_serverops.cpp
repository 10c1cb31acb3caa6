#include "serverfixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSslSocket>
#include <QTest>

using namespace msp::test;

// Operations and hostile input: health, metrics, request ids, TLS versions,
// and bad requests answered with 4xx while the server keeps serving.
class TestServerOps : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void helpListsOptions();
    void healthAndReadiness();
    void requestIdEchoedOrMade();
    void tls12ClientRefused();
    void badRequests_data();
    void badRequests();
    void oversizedBodyRefused();
    void metricsParseAsPrometheusText();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
    TestCertificate m_cert;
    Session m_admin;
};

void TestServerOps::initTestCase()
{
    if (!TestDatabase::isAvailable())
        QSKIP(qPrintable(TestDatabase::skipReason()));
    m_dir = std::make_unique<QTemporaryDir>();
    m_cert = makeCertificate(m_dir->path());
    QVERIFY(!m_cert.cert.isNull());
    m_db = std::make_unique<TestDatabase>();
    Account admin;
    QVERIFY(
        ServerProcess::init(m_db->conninfo(), QStringLiteral("Ops Clinic"), QStringLiteral("admin@ops.test"), admin));
    m_server = std::make_unique<ServerProcess>(
        m_db->conninfo(), m_cert,
        kFastServerArgs + QStringList {QStringLiteral("--body-limit"), QStringLiteral("65536")});
    QVERIFY(m_server->start());
    auto client = m_server->client();
    m_admin = login(client, admin);
    QVERIFY(!m_admin.accessToken.isEmpty());
}

void TestServerOps::cleanupTestCase()
{
    m_server.reset();
    m_db.reset();
}

void TestServerOps::helpListsOptions()
{
    QProcess p;
    p.start(QStringLiteral(MEDSPASYNC_SERVER_BINARY), {QStringLiteral("--help")});
    QVERIFY(p.waitForFinished(10000));
    QCOMPARE(p.exitCode(), 0);
    const QByteArray out = p.readAllStandardOutput();
    for (const char *flag : {"--listen", "--database", "--tls-cert", "--tls-key", "--token-key", "init"})
        QVERIFY2(out.contains(flag), flag);
}

void TestServerOps::healthAndReadiness()
{
    auto client = m_server->client();
    QCOMPARE(client.get(QStringLiteral("/healthz")).status, 200);
    const auto ready = client.get(QStringLiteral("/readyz"));
    QCOMPARE(ready.status, 200);
    QCOMPARE(ready.json().value(u"status").toString(), QStringLiteral("ready"));
}

void TestServerOps::requestIdEchoedOrMade()
{
    auto client = m_server->client();
    const auto given = client.get(QStringLiteral("/healthz"), {}, {{"X-Request-Id", "trace-42"}});
    QCOMPARE(given.header("X-Request-Id"), QByteArray("trace-42"));
    const auto made = client.get(QStringLiteral("/healthz"));
    QVERIFY(!made.header("X-Request-Id").isEmpty());
    QTRY_VERIFY(m_server->log().contains(R"("request_id":"trace-42")"));
}

void TestServerOps::tls12ClientRefused()
{
    QSslSocket socket;
    auto tls = QSslConfiguration::defaultConfiguration();
    tls.setProtocol(QSsl::TlsV1_2);
    tls.setCaCertificates({m_cert.cert});
    socket.setSslConfiguration(tls);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server->port());
    QVERIFY(!socket.waitForEncrypted(10000));
    QVERIFY(!socket.isEncrypted());

    // The same socket settings with TLS 1.3 succeed, so the refusal is about the version.
    QSslSocket modern;
    tls.setProtocol(QSsl::TlsV1_3);
    modern.setSslConfiguration(tls);
    modern.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server->port());
    QVERIFY2(modern.waitForEncrypted(10000), qPrintable(modern.errorString()));
    QCOMPARE(modern.sessionProtocol(), QSsl::TlsV1_3);
}

void TestServerOps::badRequests_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<bool>("authenticated");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::newRow("malformed json") << QStringLiteral("/v1/sync/push") << QByteArray("{\"mutations\": [") << true << 400
                                    << QStringLiteral("invalid");
    QTest::newRow("empty body") << QStringLiteral("/v1/sync/push") << QByteArray() << true << 400
                                << QStringLiteral("invalid");
    QTest::newRow("unknown mutation") << QStringLiteral("/v1/sync/push")
                                      << QByteArray(R"({"mutations":[{"id":1,"name":"drop_everything","args":{}}]})")
                                      << true << 400 << QStringLiteral("invalid");
    QTest::newRow("wrong types") << QStringLiteral("/v1/sync/push")
                                 << QByteArray(R"({"mutations":[{"id":"one","name":"book_appointment","args":{}}]})")
                                 << true << 400 << QStringLiteral("invalid");
    QTest::newRow("no token") << QStringLiteral("/v1/sync/push") << QByteArray(R"({"mutations":[]})") << false << 401
                              << QStringLiteral("unauthenticated");
    QTest::newRow("login garbage") << QStringLiteral("/v1/auth/login") << QByteArray("\x00\xff", 2) << false << 400
                                   << QStringLiteral("invalid");
    QTest::newRow("unknown path") << QStringLiteral("/v1/nothing") << QByteArray("{}") << false << 404
                                  << QStringLiteral("not_found");
}

void TestServerOps::badRequests()
{
    QFETCH(QString, path);
    QFETCH(QByteArray, body);
    QFETCH(bool, authenticated);
    QFETCH(int, status);
    QFETCH(QString, code);
    auto client = m_server->client();
    const auto r = client.post(path, body, authenticated ? m_admin.accessToken : QString());
    QCOMPARE(r.status, status);
    const auto error = r.json().value(u"error").toObject();
    QCOMPARE(error.value(u"code").toString(), code);
    QVERIFY(!error.value(u"message").toString().isEmpty());
    QCOMPARE(client.get(QStringLiteral("/healthz")).status, 200); // still serving
}

void TestServerOps::oversizedBodyRefused()
{
    // A raw socket, so the test sees exactly what the server answers while the
    // body is still arriving.
    QSslSocket socket;
    auto tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({m_cert.cert});
    socket.setSslConfiguration(tls);
    socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), m_server->port());
    QVERIFY(socket.waitForEncrypted(10000));
    const QByteArray body = "{\"mutations\":[" + QByteArray(200000, ' ') + "]}";
    socket.write("POST /v1/sync/push HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                 "Authorization: Bearer "
                 + m_admin.accessToken.toUtf8() + "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n\r\n"
                 + body);
    QByteArray answer;
    while (!answer.contains("}}") && socket.waitForReadyRead(10000))
        answer += socket.readAll();
    QVERIFY2(answer.startsWith("HTTP/1.1 400"), answer.constData());
    QVERIFY(answer.contains("\"too_large\""));
    auto client = m_server->client();
    QCOMPARE(client.get(QStringLiteral("/healthz")).status, 200);
}

void TestServerOps::metricsParseAsPrometheusText()
{
    auto client = m_server->client();
    const auto r = client.get(QStringLiteral("/metrics"));
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("Content-Type").startsWith("text/plain"));
    // The text exposition format: comments, or `name{labels} value`.
    static const QRegularExpression sample(QStringLiteral(
        R"(^[a-zA-Z_:][a-zA-Z0-9_:]*(\{([a-zA-Z_][a-zA-Z0-9_]*="(\\.|[^"\\])*",?)*\})? -?[0-9.eE+-]+$|^[a-zA-Z_:][a-zA-Z0-9_:]*(\{.*\})? \+Inf$)"));
    static const QRegularExpression meta(QStringLiteral(R"(^# (HELP|TYPE) [a-zA-Z_:][a-zA-Z0-9_:]* .+$)"));
    QSet<QString> names;
    for (const auto &line : QString::fromUtf8(r.body).split(u'\n', Qt::SkipEmptyParts)) {
        QVERIFY2(sample.match(line).hasMatch() || meta.match(line).hasMatch(), qPrintable(line));
        if (!line.startsWith(u'#'))
            names.insert(line.section(u'{', 0, 0).section(u' ', 0, 0));
    }
    for (const char *name : {"medspasync_http_requests_total", "medspasync_http_request_duration_seconds_bucket",
                             "medspasync_pushes_total", "medspasync_pulls_total", "medspasync_mutations_total",
                             "medspasync_open_streams", "medspasync_db_pool_size", "medspasync_db_pool_busy"})
        QVERIFY2(names.contains(QString::fromLatin1(name)), name);
}

QTEST_GUILESS_MAIN(TestServerOps)
#include "tst_serverops.moc"
