#include "protocol/mutation.h"
#include "protocol/mutationargs.h"
#include "serverfixture.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslSocket>
#include <QTest>

#include <pqxx/pqxx>

using namespace msp::test;
using namespace msp::protocol;

namespace {
// Just enough of a WebSocket client (RFC 6455) to read the server's text
// frames: Qt WebSockets is not a dependency of the tests.
class HintStream
{
public:
    bool open(quint16 port, const QSslCertificate &ca, const QString &token, QByteArray *status = nullptr)
    {
        auto tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates({ca});
        tls.setProtocol(QSsl::TlsV1_3);
        m_socket.setSslConfiguration(tls);
        m_socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), port);
        if (!m_socket.waitForEncrypted(10000))
            return false;
        m_socket.write("GET /v1/sync/stream HTTP/1.1\r\nHost: 127.0.0.1\r\nUpgrade: websocket\r\n"
                       "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                       "Sec-WebSocket-Version: 13\r\nAuthorization: Bearer "
                       + token.toUtf8() + "\r\n\r\n");
        while (!m_buffer.contains("\r\n\r\n")) {
            if (!m_socket.waitForReadyRead(10000))
                return false;
            m_buffer += m_socket.readAll();
        }
        const auto end = m_buffer.indexOf("\r\n\r\n") + 4;
        const QByteArray head = m_buffer.left(end);
        m_buffer.remove(0, end);
        if (status)
            *status = head.left(head.indexOf("\r\n"));
        return head.startsWith("HTTP/1.1 101");
    }

    // The next text frame, or empty after the timeout.
    QByteArray next(int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        for (;;) {
            if (m_buffer.size() >= 2) {
                const int len = quint8(m_buffer[1]) & 0x7f; // hints are short: no extended lengths
                if (m_buffer.size() >= 2 + len) {
                    const QByteArray payload = m_buffer.mid(2, len);
                    const bool text = (quint8(m_buffer[0]) & 0x0f) == 1;
                    m_buffer.remove(0, 2 + len);
                    if (text)
                        return payload;
                    continue;
                }
            }
            // An event loop run elsewhere (a QNetworkAccessManager request) may
            // have read the frame into the socket already: take that first.
            if (m_socket.bytesAvailable() > 0) {
                m_buffer += m_socket.readAll();
                continue;
            }
            const int left = timeoutMs - int(timer.elapsed());
            if (left <= 0 || !m_socket.waitForReadyRead(left))
                return {};
            m_buffer += m_socket.readAll();
        }
    }

private:
    QSslSocket m_socket;
    QByteArray m_buffer;
};
} // namespace

// WSS hints: instances share nothing but PostgreSQL, so a push to one must
// reach the streams of another through LISTEN/NOTIFY.
class TestServerStream : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pushToOneInstanceHintsStreamOnAnother();
    void batchHintsOnceAfterItsLastCommit();
    void pushCutByALostDatabaseConnectionStillHints();
    void streamNeedsValidToken();

private:
    // A front-desk user of its own, signed in on instance A.
    Session newDesk(const QString &email);
    // The admin's hint stream on instance B, past its hello.
    bool openAdminStream(HintStream &stream);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_a;
    std::unique_ptr<ServerProcess> m_b;
    TestCertificate m_cert;
    Account m_admin;
    Session m_adminSession;
};

void TestServerStream::initTestCase()
{
    if (!TestDatabase::isAvailable())
        QSKIP(qPrintable(TestDatabase::skipReason()));
    m_dir = std::make_unique<QTemporaryDir>();
    m_cert = makeCertificate(m_dir->path());
    m_db = std::make_unique<TestDatabase>();
    QVERIFY(ServerProcess::init(m_db->conninfo(), QStringLiteral("Stream Clinic"), QStringLiteral("admin@stream.test"),
                                m_admin));
    m_a = std::make_unique<ServerProcess>(m_db->conninfo(), m_cert, kFastServerArgs);
    m_b = std::make_unique<ServerProcess>(m_db->conninfo(), m_cert, kFastServerArgs);
    QVERIFY(m_a->start());
    QVERIFY(m_b->start());
    QTRY_VERIFY(m_b->log().contains("listening_for_changes"));
    auto client = m_a->client();
    m_adminSession = login(client, m_admin); // once: a TOTP code is good only once
    QVERIFY(!m_adminSession.accessToken.isEmpty());
}

void TestServerStream::cleanupTestCase()
{
    m_a.reset();
    m_b.reset();
    m_db.reset();
}

void TestServerStream::pushToOneInstanceHintsStreamOnAnother()
{
    auto clientA = m_a->client();
    const auto &admin = m_adminSession;
    HintStream stream;
    QByteArray status;
    QVERIFY2(stream.open(m_b->port(), m_cert.cert, admin.accessToken, &status), status.constData());
    QCOMPARE(stream.next(10000), QByteArray(R"({"type":"hello"})"));

    BookAppointmentArgs a {newUuid(),
                           newUuid(),
                           newUuid(),
                           newUuid(),
                           newUuid(),
                           {},
                           QDateTime(QDate(2031, 1, 6), QTime(9, 0), Qt::UTC),
                           QDateTime(QDate(2031, 1, 6), QTime(10, 0), Qt::UTC)};
    const auto pushed = clientA.post(QStringLiteral("/v1/sync/push"),
                                     encodePushRequest({{Mutation {1, QStringLiteral("book_appointment"), toJson(a)}}}),
                                     admin.accessToken);
    QCOMPARE(pushed.status, 200);
    const QByteArray hint = stream.next(10000);
    QVERIFY2(hint == R"({"type":"pull"})", m_b->log().constData());
}

static Mutation booking(qint64 id, const QString &practitioner, int hour)
{
    BookAppointmentArgs a;
    a.id = newUuid();
    a.clientId = newUuid();
    a.practitionerId = practitioner;
    a.serviceId = newUuid();
    a.roomId = newUuid();
    a.start = QDateTime(QDate(2031, 2, 3), QTime(hour, 0), Qt::UTC);
    a.end = a.start.addSecs(1800);
    return Mutation {id, QStringLiteral("book_appointment"), toJson(a)};
}

Session TestServerStream::newDesk(const QString &email)
{
    auto client = m_a->client();
    return login(client, createUser(client, m_adminSession, email, QStringLiteral("front_desk")));
}

bool TestServerStream::openAdminStream(HintStream &stream)
{
    QByteArray status;
    if (!stream.open(m_b->port(), m_cert.cert, m_adminSession.accessToken, &status)) {
        qWarning("stream refused: %s", status.constData());
        return false;
    }
    return stream.next(10000) == R"({"type":"hello"})";
}

// A push sends one hint, with its last commit, however many mutations it
// applied: also when its last mutation is refused, and when it starts with
// mutations answered from their stored results.
void TestServerStream::batchHintsOnceAfterItsLastCommit()
{
    auto client = m_a->client();
    const auto desk = newDesk(QStringLiteral("desk@stream.test"));
    QVERIFY(!desk.accessToken.isEmpty());
    HintStream stream;
    QVERIFY(openAdminStream(stream));
    const QString practitioner = newUuid();

    // Two applied, the last refused (the same practitioner at the same time).
    auto r = client.post(
        QStringLiteral("/v1/sync/push"),
        encodePushRequest({{booking(1, practitioner, 9), booking(2, practitioner, 10), booking(3, practitioner, 9)}}),
        desk.accessToken);
    QCOMPARE(r.status, 200);
    const auto answer = decodePushResponse(r.body);
    QVERIFY(answer.isOk());
    QCOMPARE(answer->results.at(2).reason, QStringLiteral("slot_taken"));
    QCOMPARE(stream.next(10000), QByteArray(R"({"type":"pull"})"));

    // Resent with one more: the stored one answered, the new one announced.
    r = client.post(QStringLiteral("/v1/sync/push"),
                    encodePushRequest({{booking(3, practitioner, 9), booking(4, practitioner, 11)}}), desk.accessToken);
    QCOMPARE(r.status, 200);
    QCOMPARE(decodePushResponse(r.body)->lastMutationId, 4);
    QCOMPARE(stream.next(10000), QByteArray(R"({"type":"pull"})"));
    QCOMPARE(
        m_db->scalar("SELECT count(*) FROM appointments WHERE practitioner_id = '" + practitioner.toStdString() + "'"),
        QStringLiteral("3"));
}

// The database connection serving a push dies after its first mutation
// committed: the answer is a 503, and the hint for what was applied still
// goes out (libpqxx reconnects for the push's HintGuard), so other devices
// do not wait for their timer.
void TestServerStream::pushCutByALostDatabaseConnectionStillHints()
{
    auto client = m_a->client();
    const auto desk = newDesk(QStringLiteral("cut@stream.test"));
    QVERIFY(!desk.accessToken.isEmpty());
    HintStream stream;
    QVERIFY(openAdminStream(stream));
    const QString practitioner = newUuid();

    // An uncommitted booking of the practitioner at 10:00 makes the push's
    // second booking wait in its exclusion check.
    pqxx::connection holder(m_db->conninfo());
    pqxx::work held(holder);
    held.exec_params("INSERT INTO appointments (id, org_id, client_id, practitioner_id, service_id, room_id, "
                     "starts_at, ends_at, status) SELECT gen_random_uuid(), id, gen_random_uuid(), $1, "
                     "gen_random_uuid(), gen_random_uuid(), '2031-02-03T10:00:00Z', '2031-02-03T10:30:00Z', 'booked' "
                     "FROM orgs",
                     practitioner.toStdString());
    QNetworkReply *reply
        = client.nam()->post(client.request(QStringLiteral("/v1/sync/push"), desk.accessToken),
                             encodePushRequest({{booking(1, practitioner, 9), booking(2, practitioner, 10)}}));
    const std::string waiting = "FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = "
                                "'Lock' AND query LIKE 'INSERT INTO appointments%'";
    QTRY_COMPARE_WITH_TIMEOUT(m_db->scalar("SELECT count(*) " + waiting), QStringLiteral("1"), 15000);
    QCOMPARE(m_db->scalar("SELECT bool_and(pg_terminate_backend(pid))::text " + waiting), QStringLiteral("true"));
    QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 15000);
    QCOMPARE(collect(reply).status, 503);
    QCOMPARE(stream.next(10000), QByteArray(R"({"type":"pull"})"));
    held.abort();
    QCOMPARE(
        m_db->scalar("SELECT count(*) FROM appointments WHERE practitioner_id = '" + practitioner.toStdString() + "'"),
        QStringLiteral("1"));
}

void TestServerStream::streamNeedsValidToken()
{
    HintStream stream;
    QByteArray status;
    QVERIFY(!stream.open(m_b->port(), m_cert.cert, QStringLiteral("forged.token"), &status));
    QVERIFY2(status.startsWith("HTTP/1.1 401"), status.constData());
}

QTEST_GUILESS_MAIN(TestServerStream)
#include "tst_serverstream.moc"
