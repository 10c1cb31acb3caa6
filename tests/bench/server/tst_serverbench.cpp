#include "../benchtable.h"
#include "protocol/mutation.h"
#include "protocol/mutationargs.h"
#include "protocol/pull.h"
#include "serverfixture.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <pqxx/pqxx>

using namespace msp::test;
using namespace msp::protocol;

// Prints a table for people and `bench: <name> <value> <unit>` lines for
// tools, with the goals of the issue: >= 2,000 mutations/s pushed
// by 8 devices on 2 cores, >= 100,000 rows/s served by a first pull of
// 100,000 clients and 250,000 appointments, and push acknowledgement latency.
class TestServerBench : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pushThroughputEightDevices();
    void pushLatency();
    void pullThroughputLargeSnapshot();

private:
    Session newDevice();
    static Mutation booking(qint64 id, int slot);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
    TestCertificate m_cert;
    Session m_admin;
    int m_users = 0;
    BenchTable m_table {2};

    void figure(const char *name, double value, const char *unit, const QString &goal)
    {
        m_table.figure(name, value, unit, goal);
    }
};

void TestServerBench::initTestCase()
{
    if (!TestDatabase::isAvailable())
        QSKIP(qPrintable(TestDatabase::skipReason()));
    m_dir = std::make_unique<QTemporaryDir>();
    m_cert = makeCertificate(m_dir->path());
    m_db = std::make_unique<TestDatabase>();
    Account admin;
    QVERIFY(ServerProcess::init(m_db->conninfo(), QStringLiteral("Bench Clinic"), QStringLiteral("admin@bench.test"),
                                admin));
    m_server = std::make_unique<ServerProcess>(
        m_db->conninfo(), m_cert,
        QStringList {QStringLiteral("--argon2-memory-kib"), QStringLiteral("64"), QStringLiteral("--db-workers"),
                     QStringLiteral("8"), QStringLiteral("--pull-page-size"), QStringLiteral("5000")});
    QVERIFY(m_server->start());
    auto client = m_server->client();
    m_admin = login(client, admin);
    QVERIFY(!m_admin.accessToken.isEmpty());
}

void TestServerBench::cleanupTestCase()
{
    m_table.print();
    m_server.reset();
    m_db.reset();
}

Session TestServerBench::newDevice()
{
    auto client = m_server->client();
    return login(
        client,
        createUser(client, m_admin, QStringLiteral("bench%1@bench.test").arg(++m_users), QStringLiteral("front_desk")));
}

Mutation TestServerBench::booking(qint64 id, int slot)
{
    BookAppointmentArgs a;
    a.id = newUuid();
    a.clientId = newUuid();
    a.practitionerId = newUuid();
    a.serviceId = newUuid();
    a.roomId = newUuid();
    a.start = QDateTime(QDate(2032, 1, 1), QTime(8, 0), Qt::UTC).addSecs(1800LL * slot);
    a.end = a.start.addSecs(1800);
    return Mutation {id, QStringLiteral("book_appointment"), toJson(a)};
}

void TestServerBench::pushThroughputEightDevices()
{
    constexpr int kDevices = 8;
    constexpr int kBatches = 10;
    constexpr int kPerBatch = 50;
    QList<Session> devices;
    QList<QList<QByteArray>> bodies;
    int slot = 0;
    for (int d = 0; d < kDevices; ++d) {
        devices.append(newDevice());
        bodies.append(QList<QByteArray>());
        qint64 id = 0;
        for (int b = 0; b < kBatches; ++b) {
            PushRequest batch;
            for (int m = 0; m < kPerBatch; ++m)
                batch.mutations.append(booking(++id, ++slot));
            bodies[d].append(encodePushRequest(batch));
        }
    }
    std::vector<std::unique_ptr<Client>> clients;
    int pending = kDevices;
    int applied = 0;
    std::function<void(int, int)> send = [&](int d, int b) {
        auto *reply = clients[d]->nam()->post(
            clients[d]->request(QStringLiteral("/v1/sync/push"), devices[d].accessToken), bodies[d][b]);
        QObject::connect(reply, &QNetworkReply::finished, [&, reply, d, b] {
            const auto decoded = decodePushResponse(collect(reply).body);
            if (decoded)
                for (const auto &r : decoded->results)
                    applied += r.outcome == MutationOutcome::Applied;
            if (b + 1 < kBatches)
                send(d, b + 1);
            else
                --pending;
        });
    };
    QElapsedTimer timer;
    timer.start();
    for (int d = 0; d < kDevices; ++d) {
        clients.push_back(std::make_unique<Client>(m_server->port(), m_cert.cert));
        send(d, 0);
    }
    QTRY_COMPARE_WITH_TIMEOUT(pending, 0, 300000);
    const double secs = timer.elapsed() / 1000.0;
    QCOMPARE(applied, kDevices * kBatches * kPerBatch);
    qInfo("push: %d mutations from %d devices in %.2f s", applied, kDevices, secs);
    figure("server_push_8_devices", applied / secs, "mutations/s", QStringLiteral("≥ 2,000 mutations/s"));
}

void TestServerBench::pushLatency()
{
    const auto device = newDevice();
    auto client = m_server->client();
    std::vector<double> ms;
    for (int i = 1; i <= 300; ++i) {
        const QByteArray body = encodePushRequest({{booking(i, 100000 + i)}});
        QElapsedTimer t;
        t.start();
        const auto r = client.post(QStringLiteral("/v1/sync/push"), body, device.accessToken);
        ms.push_back(t.nsecsElapsed() / 1e6);
        QCOMPARE(r.status, 200);
    }
    std::sort(ms.begin(), ms.end());
    // One mutation a request over a kept-alive TLS connection.
    figure("server_push_ack_p50", ms[ms.size() / 2], "ms", QStringLiteral("printed"));
    figure("server_push_ack_p95", ms[ms.size() * 95 / 100], "ms", QStringLiteral("printed"));
    figure("server_push_ack_p99", ms[ms.size() * 99 / 100], "ms", QStringLiteral("printed"));
}

void TestServerBench::pullThroughputLargeSnapshot()
{
    {
        QElapsedTimer seed;
        seed.start();
        pqxx::connection c(m_db->conninfo());
        pqxx::work tx(c);
        tx.exec("INSERT INTO clients (id, org_id, fields) SELECT gen_random_uuid(), o.id, jsonb_build_object("
                "'givenName', 'Given' || g, 'familyName', 'Family' || g, 'phone', '+1555' || lpad(g::text, 7, '0'), "
                "'email', 'c' || g || '@example.test', 'dateOfBirth', '1980-01-01') "
                "FROM orgs o, generate_series(1, 100000) g");
        // 250,000 appointments spread over 500 practitioners and rooms, back to back.
        tx.exec("INSERT INTO appointments (id, org_id, client_id, practitioner_id, service_id, room_id, starts_at, "
                "ends_at, status) SELECT gen_random_uuid(), o.id, gen_random_uuid(), "
                "('00000000-0000-4000-8000-' || lpad((g % 500)::text, 12, '0'))::uuid, gen_random_uuid(), "
                "('00000000-0000-4000-9000-' || lpad((g % 500)::text, 12, '0'))::uuid, "
                "timestamptz '2033-01-01' + (g / 500) * interval '1 hour', "
                "timestamptz '2033-01-01' + (g / 500) * interval '1 hour' + interval '45 minutes', 'booked' "
                "FROM orgs o, generate_series(1, 250000) g");
        tx.commit();
        pqxx::nontransaction(c).exec("ANALYZE");
        qInfo("seeded 100,000 clients and 250,000 appointments in %.1f s", seed.elapsed() / 1000.0);
    }
    const auto device = newDevice();
    auto client = m_server->client();
    // Served throughput: the client only finds the cursor at the end of each
    // page; a full decode (what the app does) is timed separately below.
    static const QRegularExpression tail(QStringLiteral(R"re("cursor":"([^"]*)","has_more":(true|false)\}$)re"));
    QString cursor;
    qint64 rows = 0;
    qint64 bytes = 0;
    QByteArray samplePage;
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        const auto r = client.get(QStringLiteral("/v1/sync/pull?limit=5000&cursor=") + cursor, device.accessToken);
        QCOMPARE(r.status, 200);
        bytes += r.body.size();
        rows += r.body.count("{\"type\":\"");
        if (samplePage.isEmpty())
            samplePage = r.body;
        const auto m = tail.match(QString::fromLatin1(r.body.right(200)));
        QVERIFY(m.hasMatch());
        cursor = m.captured(1);
        if (m.captured(2) == u"false")
            break;
    }
    const double secs = timer.elapsed() / 1000.0;
    QVERIFY(rows >= 350000);
    qInfo("pull: %lld rows (%.1f MB) served over TLS in %.2f s", rows, bytes / 1e6, secs);
    figure("server_pull_snapshot", rows / secs, "rows/s", QStringLiteral("≥ 100,000 rows/s"));
    QElapsedTimer decode;
    decode.start();
    const auto page = decodePullResponse(samplePage);
    QVERIFY(page.isOk());
    qInfo("client decode of one %lld-row page with protocol::decodePullResponse: %.1f ms", qint64(page->rows.size()),
          decode.nsecsElapsed() / 1e6);
    figure("client_page_decode", page->rows.size() / (decode.nsecsElapsed() / 1e9), "rows/s",
           QStringLiteral("faster than served"));
}

QTEST_GUILESS_MAIN(TestServerBench)
#include "tst_serverbench.moc"
