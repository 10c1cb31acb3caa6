#include "protocol/pull.h"
#include "serverfixture.h"

#include <QJsonDocument>
#include <QMap>
#include <QTest>
#include <QUrlQuery>

#include <pqxx/pqxx>

using namespace msp::test;
using namespace msp::protocol;

namespace {
// What a device holds: rows by "type:id", with their data.
using State = QMap<QString, QJsonObject>;

void apply(State &state, const PullResponse &page)
{
    for (const auto &row : page.rows)
        state.insert(row.type + u':' + row.id, row.data);
    for (const auto &t : page.tombstones)
        state.remove(t.type + u':' + t.id);
}

// The clinic's clients and appointments as the feed shows them (the
// appointment's status and notes stand for its fields).
State databaseState(pqxx::transaction_base &tx)
{
    State state;
    for (const auto &r : tx.exec("SELECT id::text, fields::text FROM clients"))
        state.insert(QStringLiteral("client:") + QString::fromStdString(r[0].as<std::string>()),
                     QJsonDocument::fromJson(QByteArray::fromStdString(r[1].as<std::string>())).object());
    for (const auto &r : tx.exec("SELECT id::text, status, notes FROM appointments"))
        state.insert(QStringLiteral("appointment:") + QString::fromStdString(r[0].as<std::string>()),
                     QJsonObject {{QStringLiteral("status"), QString::fromStdString(r[1].as<std::string>())},
                                  {QStringLiteral("notes"), QString::fromStdString(r[2].as<std::string>())}});
    return state;
}

State comparable(const State &pulled)
{
    State out;
    for (auto it = pulled.begin(); it != pulled.end(); ++it) {
        if (it.key().startsWith(u"appointment:"))
            out.insert(it.key(),
                       QJsonObject {{QStringLiteral("status"), it->value(u"status")},
                                    {QStringLiteral("notes"), it->value(u"notes")}});
        else
            out.insert(it.key(), *it);
    }
    return out;
}
} // namespace

// A first pull pages through one snapshot exported by the server: whatever
// commits between pages, the device gets the clinic as it was when the first
// page was served, then the change feed brings everything after it. The
// snapshot is served by any instance, closed when idle, and refused with 410
// once closed.
class TestServerSnapshot : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void firstPullIsOneSnapshotWhileOthersWrite();
    void anotherInstanceServesTheNextPage();
    void openSnapshotHoldsBackNoFence();
    void idleSnapshotIsClosedAnd410();
    void pastTheCapAFirstPullReadsTheFeed();

private:
    Reply pull(const ServerProcess &server, const QString &cursor, int limit);
    PullResponse page(const ServerProcess &server, const QString &cursor, int limit);
    void seed(int clients, int appointments);
    // One committed change of each kind: an update, an insert, a delete
    // (with its tombstone, as the server writes it) and a cancellation.
    void writeBetweenPages(int round);
    State currentState();
    long metric(const ServerProcess &server, const QByteArray &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_a;
    std::unique_ptr<ServerProcess> m_b;
    TestCertificate m_cert;
    Session m_device;
    std::string m_org;
};

void TestServerSnapshot::initTestCase()
{
    if (!TestDatabase::isAvailable())
        QSKIP(qPrintable(TestDatabase::skipReason()));
    m_dir = std::make_unique<QTemporaryDir>();
    m_cert = makeCertificate(m_dir->path());
    m_db = std::make_unique<TestDatabase>();
    Account admin;
    QVERIFY(ServerProcess::init(m_db->conninfo(), QStringLiteral("Snapshot Clinic"),
                                QStringLiteral("admin@snapshot.test"), admin));
    m_a = std::make_unique<ServerProcess>(m_db->conninfo(), m_cert, kFastServerArgs);
    m_b = std::make_unique<ServerProcess>(m_db->conninfo(), m_cert, kFastServerArgs);
    QVERIFY(m_a->start());
    QVERIFY(m_b->start());
    auto client = m_a->client();
    m_device = login(client, admin);
    QVERIFY(!m_device.accessToken.isEmpty());
    m_org = m_db->scalar("SELECT id FROM orgs").toStdString();
    seed(20, 20);
}

void TestServerSnapshot::cleanupTestCase()
{
    m_a.reset();
    m_b.reset();
    m_db.reset();
}

Reply TestServerSnapshot::pull(const ServerProcess &server, const QString &cursor, int limit)
{
    auto client = server.client();
    QUrlQuery q;
    if (!cursor.isEmpty())
        q.addQueryItem(QStringLiteral("cursor"), cursor);
    q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return client.get(QStringLiteral("/v1/sync/pull?") + q.toString(QUrl::FullyEncoded), m_device.accessToken);
}

PullResponse TestServerSnapshot::page(const ServerProcess &server, const QString &cursor, int limit)
{
    const auto r = pull(server, cursor, limit);
    if (r.status != 200)
        qWarning("pull: %d %s", r.status, r.body.constData());
    auto decoded = decodePullResponse(r.body);
    return decoded ? *decoded : PullResponse {};
}

void TestServerSnapshot::seed(int clients, int appointments)
{
    pqxx::connection c(m_db->conninfo());
    // Several transactions, so the snapshot spans more than one txid.
    for (int part = 0; part < 2; ++part) {
        pqxx::work tx(c);
        tx.exec_params("INSERT INTO clients (id, org_id, fields) SELECT gen_random_uuid(), $1, "
                       "jsonb_build_object('givenName', 'Given' || g) FROM generate_series(1, $2) g",
                       m_org, clients / 2);
        tx.exec_params("INSERT INTO appointments (id, org_id, client_id, practitioner_id, service_id, room_id, "
                       "starts_at, ends_at, status) SELECT gen_random_uuid(), $1, gen_random_uuid(), "
                       "gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), timestamptz '2034-01-01' + g * "
                       "interval '1 day', timestamptz '2034-01-01' + g * interval '1 day' + interval '1 hour', "
                       "'booked' FROM generate_series(1, $2) g",
                       m_org, appointments / 2);
        tx.commit();
    }
}

void TestServerSnapshot::writeBetweenPages(int round)
{
    pqxx::connection c(m_db->conninfo());
    pqxx::work tx(c);
    const std::string note = "round " + std::to_string(round);
    // Seeded rows with the highest seq are those the snapshot pages reach
    // last; rows with the lowest have been served already.
    const std::string untouched = "SELECT id FROM clients WHERE fields->>'givenName' LIKE 'Given%' AND "
                                  "NOT fields ? 'notes' ORDER BY seq ";
    tx.exec_params("UPDATE clients SET fields = fields || jsonb_build_object('notes', $1::text) WHERE id = ("
                       + untouched + "DESC LIMIT 1)",
                   note);
    tx.exec_params("UPDATE appointments SET status = 'cancelled', notes = $1 WHERE id = (SELECT id FROM "
                   "appointments WHERE status = 'booked' ORDER BY seq DESC LIMIT 1)",
                   note);
    const auto gone = tx.exec("DELETE FROM clients WHERE id = (" + untouched + (round % 2 ? "LIMIT 1" : "DESC LIMIT 1")
                              + ") RETURNING id::text");
    if (!gone.empty())
        tx.exec_params("INSERT INTO tombstones (entity, id, org_id) VALUES ('client', $1, $2)",
                       gone[0][0].as<std::string>(), m_org);
    tx.exec_params("INSERT INTO clients (id, org_id, fields) VALUES (gen_random_uuid(), $1, "
                   "jsonb_build_object('givenName', $2::text))",
                   m_org, "New " + std::to_string(round));
    tx.commit();
}

State TestServerSnapshot::currentState()
{
    pqxx::connection c(m_db->conninfo());
    pqxx::work tx(c);
    return databaseState(tx);
}

long TestServerSnapshot::metric(const ServerProcess &server, const QByteArray &name)
{
    auto client = server.client();
    const auto r = client.get(QStringLiteral("/metrics"));
    for (const auto &line : r.body.split('\n'))
        if (line.startsWith(QByteArray(name + ' ')))
            return line.mid(name.size() + 1).toLong();
    return -1;
}

void TestServerSnapshot::firstPullIsOneSnapshotWhileOthersWrite()
{
    const int auditedBefore = m_db->scalar("SELECT count(*) FROM audit_events WHERE action = 'pull'").toInt();
    const QByteArray readAheadUsed = R"(medspasync_pull_read_ahead_total{outcome="used"})";
    const QByteArray readAheadUnused = R"(medspasync_pull_read_ahead_total{outcome="unused"})";
    const long usedBefore = metric(*m_a, readAheadUsed);
    const long unusedBefore = metric(*m_a, readAheadUnused);
    auto first = page(*m_a, {}, 4);
    QVERIFY(first.cursor.isSnapshot());
    QVERIFY(first.hasMore);
    // Nothing else writes: this is the clinic as the snapshot holds it.
    const State atSnapshot = currentState();
    QCOMPARE(metric(*m_a, "medspasync_pull_snapshots_open"), 1L);

    State device;
    apply(device, first);
    QString cursor = first.cursor.toString();
    int round = 0;
    for (;;) {
        writeBetweenPages(++round);
        const auto next = page(*m_a, cursor, 4);
        apply(device, next);
        cursor = next.cursor.toString();
        QVERIFY(next.hasMore); // the last snapshot page hands over to the feed at once
        if (!next.cursor.isSnapshot())
            break;
        QVERIFY(round < 100);
    }
    QVERIFY(round >= 8);
    QCOMPARE(comparable(device), atSnapshot);
    // Each page sent rows: each left an audit line, and the device's place.
    QCOMPARE(m_db->scalar("SELECT count(*) FROM audit_events WHERE action = 'pull'").toInt(),
             auditedBefore + round + 1);
    QCOMPARE(m_db->scalar("SELECT count(*) FROM devices WHERE pull_seq > 0"), QStringLiteral("1"));
    QCOMPARE(metric(*m_a, "medspasync_pull_snapshots_open"), 0L);
    // Each page after the first was read ahead while the one before was
    // sent (unused only if its request came before the read started), and
    // the pages above are what the device got.
    const long used = metric(*m_a, readAheadUsed) - usedBefore;
    QVERIFY(used >= 1);
    QCOMPARE(used + metric(*m_a, readAheadUnused) - unusedBefore, long(round));

    // The feed from the handover brings every change made since.
    for (;;) {
        const auto next = page(*m_a, cursor, 4);
        apply(device, next);
        cursor = next.cursor.toString();
        if (!next.hasMore)
            break;
    }
    QVERIFY(comparable(device) != atSnapshot);
    QCOMPARE(comparable(device), currentState());
}

void TestServerSnapshot::anotherInstanceServesTheNextPage()
{
    const auto first = page(*m_a, {}, 5);
    QVERIFY(first.cursor.isSnapshot());
    const State atSnapshot = currentState();
    State device;
    apply(device, first);
    QString cursor = first.cursor.toString();
    for (int round = 100;; ++round) {
        writeBetweenPages(round);
        const auto next = page(*m_b, cursor, 5); // the other instance
        apply(device, next);
        cursor = next.cursor.toString();
        if (!next.cursor.isSnapshot())
            break;
    }
    QCOMPARE(comparable(device), atSnapshot);
    QCOMPARE(metric(*m_b, "medspasync_pull_snapshots_open"), 0L);
    // The instance that exported it sees the snapshot ended and closes it.
    QTRY_COMPARE(metric(*m_a, "medspasync_pull_snapshots_open"), 0L);
    for (;;) {
        const auto next = page(*m_b, cursor, 50);
        apply(device, next);
        cursor = next.cursor.toString();
        if (!next.hasMore)
            break;
    }
    QCOMPARE(comparable(device), currentState());
}

// The exporting transaction is read only and takes no xid, so while a
// snapshot is open the change feed of every device goes on.
void TestServerSnapshot::openSnapshotHoldsBackNoFence()
{
    QString cursor;
    for (;;) { // a device that is up to date
        const auto next = page(*m_a, cursor, 1000);
        cursor = next.cursor.toString();
        if (!next.hasMore)
            break;
    }
    const auto first = page(*m_a, {}, 1);
    QVERIFY(first.cursor.isSnapshot());
    QCOMPARE(m_db->scalar("SELECT count(*) FROM pg_stat_activity WHERE application_name = 'medspasync-server pull "
                          "snapshot' AND datname = current_database() AND backend_xid IS NULL AND state = 'idle in "
                          "transaction'"),
             QStringLiteral("1"));
    writeBetweenPages(200);
    PullResponse next;
    QTRY_VERIFY((next = page(*m_a, cursor, 1000)).rows.size() >= 2);
    QVERIFY(!next.cursor.isSnapshot());
}

void TestServerSnapshot::idleSnapshotIsClosedAnd410()
{
    ServerProcess brief(m_db->conninfo(), m_cert,
                        kFastServerArgs + QStringList {QStringLiteral("--pull-snapshot-idle"), QStringLiteral("1")});
    QVERIFY(brief.start());
    const auto first = page(brief, {}, 2);
    QVERIFY(first.cursor.isSnapshot());
    QCOMPARE(metric(brief, "medspasync_pull_snapshots_open"), 1L);
    QTRY_COMPARE_WITH_TIMEOUT(metric(brief, "medspasync_pull_snapshots_open"), 0L, 10000);
    for (const ServerProcess *server : {&brief, m_a.get()}) {
        const auto r = pull(*server, first.cursor.toString(), 2);
        QCOMPARE(r.status, 410);
        QCOMPARE(r.json().value(u"error").toObject().value(u"code").toString(), QStringLiteral("cursor_expired"));
        QVERIFY(r.json().value(u"error").toObject().value(u"message").toString().contains(u"snapshot"));
    }
    QCOMPARE(metric(brief, "medspasync_pull_snapshots_expired_total"), 1L);
}

void TestServerSnapshot::pastTheCapAFirstPullReadsTheFeed()
{
    ServerProcess single(m_db->conninfo(), m_cert,
                         kFastServerArgs + QStringList {QStringLiteral("--pull-snapshots-max"), QStringLiteral("1")});
    QVERIFY(single.start());
    const auto held = page(single, {}, 1);
    QVERIFY(held.cursor.isSnapshot());
    const auto fallback = page(single, {}, 1);
    QVERIFY(!fallback.cursor.isStart());
    QVERIFY(!fallback.cursor.isSnapshot());
    QCOMPARE(int(fallback.rows.size() + fallback.tombstones.size()), 1);
    QCOMPARE(metric(single, "medspasync_pull_snapshots_full_total"), 1L);
    // The held one still pages on.
    const auto next = page(single, held.cursor.toString(), 1);
    QVERIFY(next.cursor.isSnapshot());
}

QTEST_GUILESS_MAIN(TestServerSnapshot)
#include "tst_serversnapshot.moc"
