#include "protocol/mutation.h"
#include "protocol/mutationargs.h"
#include "protocol/pull.h"
#include "serverfixture.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QTest>
#include <QUrlQuery>

using namespace msp::test;
using namespace msp::protocol;

// The console's device list: last contact and what is pending either way
// (the outbox the device reported, the server changes it has not pulled).
class TestServerDevices : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void listShowsPendingCounts();

private:
    void pushBookings(const Session &device, int count);
    PullResponse pull(const Session &device, const QString &cursor, int pending, int limit = 0);
    QJsonObject listed(const Session &device);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
    TestCertificate m_cert;
    Account m_adminAccount;
    Session m_admin;
    qint64 m_nextId = 1;
    QDateTime m_slot = QDateTime(QDate(2031, 6, 2), QTime(8, 0), Qt::UTC);
};

void TestServerDevices::initTestCase()
{
    if (!TestDatabase::isAvailable())
        QSKIP(qPrintable(TestDatabase::skipReason()));
    m_dir = std::make_unique<QTemporaryDir>();
    m_cert = makeCertificate(m_dir->path());
    m_db = std::make_unique<TestDatabase>();
    QVERIFY(ServerProcess::init(m_db->conninfo(), QStringLiteral("Devices Clinic"),
                                QStringLiteral("admin@devices.test"), m_adminAccount));
    m_server = std::make_unique<ServerProcess>(m_db->conninfo(), m_cert, kFastServerArgs);
    QVERIFY(m_server->start());
    auto client = m_server->client();
    m_admin = login(client, m_adminAccount);
    QVERIFY(!m_admin.accessToken.isEmpty());
}

void TestServerDevices::cleanupTestCase()
{
    m_server.reset();
    m_db.reset();
}

void TestServerDevices::pushBookings(const Session &device, int count)
{
    PushRequest push;
    for (int i = 0; i < count; ++i) {
        BookAppointmentArgs a;
        a.id = newUuid();
        a.clientId = newUuid();
        a.practitionerId = newUuid();
        a.serviceId = newUuid();
        a.roomId = newUuid();
        a.start = m_slot;
        a.end = m_slot.addSecs(1800);
        m_slot = m_slot.addSecs(3600);
        push.mutations.append({m_nextId++, QStringLiteral("book_appointment"), toJson(a)});
    }
    auto client = m_server->client();
    QCOMPARE(client.post(QStringLiteral("/v1/sync/push"), encodePushRequest(push), device.accessToken).status, 200);
}

PullResponse TestServerDevices::pull(const Session &device, const QString &cursor, int pending, int limit)
{
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("cursor"), cursor);
    q.addQueryItem(QStringLiteral("pending"), QString::number(pending));
    if (limit)
        q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    auto client = m_server->client();
    const auto r = client.get(QStringLiteral("/v1/sync/pull?") + q.toString(QUrl::FullyEncoded), device.accessToken);
    if (r.status != 200)
        qWarning("pull: %d %s", r.status, r.body.constData());
    return decodePullResponse(r.body).valueOr(PullResponse {});
}

QJsonObject TestServerDevices::listed(const Session &device)
{
    auto client = m_server->client();
    const auto r = client.get(QStringLiteral("/v1/admin/devices"), m_admin.accessToken);
    for (const auto &d : r.json().value(u"devices").toArray())
        if (d.toObject().value(u"id").toString() == device.deviceId)
            return d.toObject();
    return {};
}

void TestServerDevices::listShowsPendingCounts()
{
    auto client = m_server->client();
    const auto desk
        = login(client, createUser(client, m_admin, QStringLiteral("desk@devices.test"), QStringLiteral("front_desk")));
    const auto laptop = login(
        client, createUser(client, m_admin, QStringLiteral("laptop@devices.test"), QStringLiteral("practitioner")));
    QVERIFY(!desk.accessToken.isEmpty() && !laptop.accessToken.isEmpty());
    // Never pulled: nothing reported yet, and everything is pending.
    QVERIFY(listed(laptop).value(u"pending_push").isNull());
    pushBookings(desk, 3);
    QCOMPARE(listed(laptop).value(u"pending_pull").toInt(), 3);

    // A first page of one row, with three changes waiting in the laptop's outbox.
    PullResponse page = pull(laptop, {}, 3, 1);
    QCOMPARE(page.rows.size(), 1);
    QCOMPARE(listed(laptop).value(u"pending_push").toInt(), 3);
    QCOMPARE(listed(laptop).value(u"pending_pull").toInt(), 3); // the cursor it sent: nothing applied yet
    // The next pull says what the first page's cursor covered.
    QString cursor = page.cursor.toString();
    page = pull(laptop, cursor, 0, 1);
    QCOMPARE(listed(laptop).value(u"pending_pull").toInt(), 2);
    QCOMPARE(listed(laptop).value(u"pending_push").toInt(), 0);

    // Pulled to the end (a transaction elsewhere in the cluster may hold a
    // row back for a moment, so pull until nothing is left).
    QElapsedTimer timer;
    timer.start();
    cursor = page.cursor.toString();
    while (timer.elapsed() < 15000) {
        page = pull(laptop, cursor, 0);
        cursor = page.cursor.toString();
        if (page.rows.isEmpty() && !page.hasMore && listed(laptop).value(u"pending_pull").toInt() == 0)
            break;
        QTest::qWait(20);
    }
    QCOMPARE(listed(laptop).value(u"pending_pull").toInt(), 0);
    pushBookings(desk, 1);
    QCOMPARE(listed(laptop).value(u"pending_pull").toInt(), 1);
    QVERIFY(!listed(laptop).value(u"last_seen_at").toString().isEmpty());
}

QTEST_GUILESS_MAIN(TestServerDevices)
#include "tst_serverdevices.moc"
