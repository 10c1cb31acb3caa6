#include "protocol/mutation.h"
#include "protocol/mutationargs.h"
#include "protocol/pull.h"
#include "protocol/wiretime.h"
#include "pullfence.h"
#include "serverfixture.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QMap>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>
#include <pqxx/pqxx>

using namespace msp::test;
using namespace msp::protocol;

// Pull: the (txid, seq) cursor fenced by the oldest running transaction of
// our database never skips a transaction that commits late, is not held back
// by transactions of other databases, pages through everything, and refuses
// cursors of another database.
class TestServerPull : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void lateCommittingWriterIsNotSkipped();
    void anotherDatabasesTransactionDoesNotFence();
    void preparedTransactionFencesUntilCommitted();
    void unseenTransactionFallsBackToClusterXmin();
    void pagesThroughEverything();
    void pagesOrderTransactionsNumerically();
    void appointmentJsonMatchesPostgresEncoder();
    void appointmentJsonIsWrittenExactly();
    void unsendableTimeFailsThePageAndChangesNothing();
    void deletesArriveAsTombstones();
    void cursorOfAnotherDatabaseIs410();
    void garbageCursorIs400();

private:
    Mutation booking(const QDateTime &start);
    void push(const QList<Mutation> &mutations);
    PullResponse pullOnce(const QString &cursor, int limit = 0);
    Reply rawPull(const QString &cursor, int limit = 0);
    QByteArray snapshotText();
    QList<PullRow> pullAll(QString &cursor);
    QList<PullRow> pullAtLeast(QString &cursor, int count);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
    TestCertificate m_cert;
    Session m_device;
    qint64 m_nextId = 1;
    int m_headerMismatches = 0;
    QDateTime m_slot = QDateTime(QDate(2031, 5, 5), QTime(8, 0), Qt::UTC);
};

void TestServerPull::initTestCase()
{
    if (!TestDatabase::isAvailable())
        QSKIP(qPrintable(TestDatabase::skipReason()));
    m_dir = std::make_unique<QTemporaryDir>();
    m_cert = makeCertificate(m_dir->path());
    m_db = std::make_unique<TestDatabase>();
    Account admin;
    QVERIFY(
        ServerProcess::init(m_db->conninfo(), QStringLiteral("Pull Clinic"), QStringLiteral("admin@pull.test"), admin));
    m_server = std::make_unique<ServerProcess>(m_db->conninfo(), m_cert, kFastServerArgs);
    QVERIFY(m_server->start());
    auto client = m_server->client();
    m_device = login(client, admin);
    QVERIFY(!m_device.accessToken.isEmpty());
}

void TestServerPull::cleanupTestCase()
{
    m_server.reset();
    m_db.reset();
}

Mutation TestServerPull::booking(const QDateTime &start)
{
    BookAppointmentArgs a;
    a.id = newUuid();
    a.clientId = newUuid();
    a.practitionerId = newUuid();
    a.serviceId = newUuid();
    a.roomId = newUuid();
    a.start = start;
    a.end = start.addSecs(1800);
    return Mutation {m_nextId++, QStringLiteral("book_appointment"), toJson(a)};
}

void TestServerPull::push(const QList<Mutation> &mutations)
{
    auto client = m_server->client();
    const auto r = client.post(QStringLiteral("/v1/sync/push"), encodePushRequest({mutations}), m_device.accessToken);
    QCOMPARE(r.status, 200);
}

Reply TestServerPull::rawPull(const QString &cursor, int limit)
{
    auto client = m_server->client();
    QUrlQuery q;
    q.addQueryItem(QStringLiteral("cursor"), cursor);
    if (limit)
        q.addQueryItem(QStringLiteral("limit"), QString::number(limit));
    return client.get(QStringLiteral("/v1/sync/pull?") + q.toString(QUrl::FullyEncoded), m_device.accessToken);
}

// Every page of a first pull's snapshot, as the server wrote them (pages
// small enough for the first not to be the last: the last hands over to the
// feed, so its cursor is not a snapshot's).
QByteArray TestServerPull::snapshotText()
{
    QByteArray text;
    QString cursor;
    for (;;) {
        const auto r = rawPull(cursor, 10);
        if (r.status != 200)
            return {};
        text += r.body;
        const auto page = decodePullResponse(r.body);
        if (!page || (!cursor.isEmpty() && !page->cursor.isSnapshot()))
            return text; // the last page hands over to the feed
        if (cursor.isEmpty() && !page->cursor.isSnapshot())
            return {}; // not served from a snapshot
        cursor = page->cursor.toString();
    }
}

PullResponse TestServerPull::pullOnce(const QString &cursor, int limit)
{
    const auto r = rawPull(cursor, limit);
    if (r.status != 200)
        qWarning("pull: %d %s", r.status, r.body.constData());
    auto decoded = decodePullResponse(r.body);
    // The headers name the same next page as the body, for a device that asks
    // for it before reading this one.
    if (decoded
        && (r.header(kPullCursorHeader) != decoded->cursor.toString().toLatin1()
            || r.header(kPullHasMoreHeader) != (decoded->hasMore ? "true" : "false"))) {
        qWarning("pull: headers %s %s, body %s %d", r.header(kPullCursorHeader).constData(),
                 r.header(kPullHasMoreHeader).constData(), qPrintable(decoded->cursor.toString()), decoded->hasMore);
        ++m_headerMismatches;
    }
    return decoded ? *decoded : PullResponse {};
}

QList<PullRow> TestServerPull::pullAll(QString &cursor)
{
    QList<PullRow> rows;
    for (;;) {
        const auto page = pullOnce(cursor);
        rows += page.rows;
        cursor = page.cursor.toString();
        if (!page.hasMore)
            return rows;
    }
}

// A transaction of our own database (autovacuum's ANALYZE takes an xid) can
// hold rows back for a moment, so counts are awaited.
QList<PullRow> TestServerPull::pullAtLeast(QString &cursor, int count)
{
    QList<PullRow> rows;
    QElapsedTimer timer;
    timer.start();
    while (rows.size() < count && timer.elapsed() < 15000) {
        rows += pullAll(cursor);
        if (rows.size() < count)
            QTest::qWait(20);
    }
    return rows;
}

void TestServerPull::lateCommittingWriterIsNotSkipped()
{
    QString cursor;
    pullAll(cursor);
    push({booking(m_slot), booking(m_slot)});
    QCOMPARE(pullAtLeast(cursor, 2).size(), 2);

    // A writer whose transaction stays open while others commit.
    pqxx::connection late(m_db->conninfo());
    pqxx::work held(late);
    const std::string lateId = newUuid().toStdString();
    held.exec_params(
        "INSERT INTO appointments (id, org_id, client_id, practitioner_id, service_id, room_id, starts_at, "
        "ends_at, status) SELECT $1, id, gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), "
        "gen_random_uuid(), '2031-05-06T08:00:00Z', '2031-05-06T09:00:00Z', 'booked' FROM orgs",
        lateId);
    push({booking(m_slot), booking(m_slot), booking(m_slot)});
    // The later commits are held back behind the open transaction, not served past it.
    QCOMPARE(pullAll(cursor).size(), 0);
    held.commit();

    const auto rows = pullAtLeast(cursor, 4);
    QCOMPARE(rows.size(), 4);
    QCOMPARE(rows.first().id, QString::fromStdString(lateId));
    QCOMPARE(pullAll(cursor).size(), 0);
}

// A transaction holding an xid in another database of the cluster, opened
// before our push, does not hold the pushed rows back; a writer held open in
// our own database still does, and its rows arrive once it commits.
void TestServerPull::anotherDatabasesTransactionDoesNotFence()
{
    QString cursor;
    pullAll(cursor);
    TestDatabase otherDb;
    pqxx::connection other(otherDb.conninfo());
    pqxx::work elsewhere(other);
    elsewhere.exec("CREATE TABLE held (x int)");
    elsewhere.exec("INSERT INTO held VALUES (1)");
    const auto elsewhereXid = elsewhere.exec("SELECT pg_current_xact_id()::text")[0][0].as<std::string>();

    push({booking(m_slot.addDays(60)), booking(m_slot.addDays(61))});
    // Arrives while the other database's transaction stays open (under the
    // cluster-wide fence it never would).
    QCOMPARE(pullAtLeast(cursor, 2).size(), 2);
    QCOMPARE(m_db->scalar("SELECT count(*) FROM pg_stat_activity WHERE backend_xid::text = '"
                          + std::to_string(std::stoull(elsewhereXid) & 0xffffffffULL) + "'"),
             QStringLiteral("1"));

    pqxx::connection late(m_db->conninfo());
    pqxx::work held(late);
    const std::string lateId = newUuid().toStdString();
    held.exec_params(
        "INSERT INTO appointments (id, org_id, client_id, practitioner_id, service_id, room_id, starts_at, "
        "ends_at, status) SELECT $1, id, gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), "
        "gen_random_uuid(), '2031-08-06T08:00:00Z', '2031-08-06T09:00:00Z', 'booked' FROM orgs",
        lateId);
    push({booking(m_slot.addDays(62))});
    QCOMPARE(pullAll(cursor).size(), 0);
    held.commit();
    const auto rows = pullAtLeast(cursor, 2);
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.first().id, QString::fromStdString(lateId));
    elsewhere.abort();
}

namespace {
// Rolls a prepared transaction back unless it was committed, so a failed
// case does not leave one behind (it would block dropping the database).
struct PreparedTransaction {
    std::string conninfo;
    std::string gid;
    bool open = false;
    ~PreparedTransaction()
    {
        if (!open)
            return;
        pqxx::connection c(conninfo);
        pqxx::nontransaction(c).exec("ROLLBACK PREPARED '" + gid + "'");
    }
};
} // namespace

// A writer that prepared its transaction (two-phase commit) has left its
// backend: the fence finds it among the prepared transactions, holds later
// commits back, and serves its row first once it commits.
void TestServerPull::preparedTransactionFencesUntilCommitted()
{
    if (m_db->scalar("SHOW max_prepared_transactions") == u"0")
        QSKIP("max_prepared_transactions is 0 on this cluster (scripts/lib/postgres.sh sets it)");
    QString cursor;
    pullAll(cursor);
    PreparedTransaction prepared {m_db->conninfo(), "msp_fence_" + newUuid().toStdString()};
    const std::string lateId = newUuid().toStdString();
    {
        pqxx::connection writer(m_db->conninfo());
        pqxx::nontransaction w(writer);
        w.exec("BEGIN");
        w.exec_params(
            "INSERT INTO appointments (id, org_id, client_id, practitioner_id, service_id, room_id, starts_at, "
            "ends_at, status) SELECT $1, id, gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), "
            "gen_random_uuid(), '2031-09-06T08:00:00Z', '2031-09-06T09:00:00Z', 'booked' FROM orgs",
            lateId);
        w.exec("PREPARE TRANSACTION '" + prepared.gid + "'");
        prepared.open = true;
    } // its session is gone; the transaction stays, prepared
    const auto preparedXid
        = m_db->scalar("SELECT transaction::text FROM pg_prepared_xacts WHERE gid = '" + prepared.gid + "'");
    QVERIFY(!preparedXid.isEmpty());
    push({booking(m_slot.addDays(90)), booking(m_slot.addDays(91))});
    // Later transactions have committed, so only the prepared list can bring
    // the bound down to it.
    {
        pqxx::connection probe(m_db->conninfo());
        msp::server::preparePullFenceStatements(probe);
        pqxx::work tx(probe);
        QVERIFY(msp::server::readPullFence(tx).bound <= preparedXid.toULongLong()); // found among the prepared
    }
    QCOMPARE(pullAll(cursor).size(), 0);

    m_db->scalar("COMMIT PREPARED '" + prepared.gid + "'");
    prepared.open = false;
    const auto rows = pullAtLeast(cursor, 3);
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.first().id, QString::fromStdString(lateId));
}

// The fence's safety net: if the pull's snapshot shows a running
// transaction below the bound that the fence did not list, the pull keeps to
// the cluster-wide xmin. Checked on the SQL the feed uses, with a fence that
// "missed" a writer held open in our database.
void TestServerPull::unseenTransactionFallsBackToClusterXmin()
{
    pqxx::connection writer(m_db->conninfo());
    pqxx::work held(writer);
    const auto heldXid = held.exec("SELECT pg_current_xact_id()::text")[0][0].as<std::string>();

    pqxx::connection probe(m_db->conninfo());
    msp::server::preparePullFenceStatements(probe);
    pqxx::work tx(probe);
    QVERIFY(msp::server::readPullFence(tx).bound <= std::stoull(heldXid)); // the real fence sees it

    const std::string sql = "SELECT (" + msp::server::pullFenceSql("$1", "$2") + ")::text";
    const auto xmax = tx.exec("SELECT pg_snapshot_xmax(pg_current_snapshot())::text")[0][0].as<std::string>();
    const auto xmin
        = [&] { return tx.exec("SELECT pg_snapshot_xmin(pg_current_snapshot())::text")[0][0].as<std::string>(); };
    const auto fenceWith
        = [&](const std::string &others) { return tx.exec_params(sql, xmax, others)[0][0].as<std::string>(); };
    // A fence that missed the writer (bound at the snapshot's xmax, no
    // others) gives the cluster-wide xmin: the writer's xid, unless
    // autovacuum briefly holds an older one, so it is awaited.
    QTRY_COMPARE(fenceWith("{}"), heldXid);
    QCOMPARE(xmin(), heldXid);
    // The same writer listed as another database's transaction: the bound holds.
    QTRY_COMPARE(fenceWith("{" + heldXid + "}"), xmax);
    held.abort();
}

void TestServerPull::pagesThroughEverything()
{
    QList<Mutation> batch;
    for (int i = 0; i < 25; ++i)
        batch.append(booking(m_slot.addDays(1 + i)));
    push(batch);
    const int total = m_db->scalar("SELECT count(*) FROM appointments").toInt();
    QString start;
    QCOMPARE(pullAtLeast(start, total).size(), total);
    QString cursor;
    QSet<QString> seen;
    int pages = 0;
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        const auto page = pullOnce(cursor, 10);
        ++pages;
        for (const auto &row : page.rows)
            seen.insert(row.id);
        cursor = page.cursor.toString();
        if (!page.hasMore && (seen.size() >= total || timer.elapsed() > 15000))
            break;
    }
    QCOMPARE(seen.size(), total);
    QVERIFY(pages >= total / 10);
    QCOMPARE(m_headerMismatches, 0);
    const auto sample = pullOnce(QString(), 1).rows.value(0);
    QCOMPARE(sample.type, QStringLiteral("appointment"));
    QVERIFY(sample.data.value(u"start").toString().endsWith(u'Z'));
}

// Transaction ids 9 and 10 sort the other way round as text; a page boundary
// between them must not lose the row of transaction 9.
void TestServerPull::pagesOrderTransactionsNumerically()
{
    QStringList ids;
    {
        pqxx::connection c(m_db->conninfo());
        pqxx::work tx(c);
        for (const char *txid : {"9", "10"}) {
            ids << newUuid();
            tx.exec_params("INSERT INTO appointments (id, org_id, client_id, practitioner_id, service_id, room_id, "
                           "starts_at, ends_at, status, txid) SELECT $1, id, gen_random_uuid(), gen_random_uuid(), "
                           "gen_random_uuid(), gen_random_uuid(), '2031-07-01T08:00:00Z', '2031-07-01T09:00:00Z', "
                           "'booked', $2::xid8 FROM orgs",
                           ids.last().toStdString(), std::string(txid));
        }
        tx.commit();
    }
    QString cursor;
    QStringList order;
    for (;;) {
        const auto page = pullOnce(cursor, 1);
        for (const auto &row : page.rows)
            order << row.id;
        cursor = page.cursor.toString();
        if (!page.hasMore)
            break;
    }
    QVERIFY(order.indexOf(ids[0]) >= 0);
    QVERIFY(order.indexOf(ids[1]) > order.indexOf(ids[0]));
}

// The server writes an appointment's JSON from its columns (cheaper than
// building it in PostgreSQL); it must decode to exactly what PostgreSQL's own
// encoder gives, whatever the notes hold and whichever columns are null.
void TestServerPull::appointmentJsonMatchesPostgresEncoder()
{
    const QList<std::pair<std::string, bool>> cases {
        {"", false},
        {"He said \"hi\" \\ C:\\path\nsecond line\ttab \x01 \u00fcn\u00ef \U0001F600 </script> '; DROP", true},
        {"{\"not\": \"json\"}", false},
    };
    QStringList ids;
    {
        pqxx::connection c(m_db->conninfo());
        pqxx::work tx(c);
        int day = 0;
        for (const auto &[notes, withDevice] : cases) {
            ids << newUuid();
            tx.exec_params("INSERT INTO appointments (id, org_id, client_id, practitioner_id, service_id, room_id, "
                           "equipment_id, starts_at, ends_at, status, notes, overbooked, overbook_reason) SELECT $1, "
                           "id, gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), CASE WHEN "
                           "$2 THEN gen_random_uuid() END, timestamptz '2035-03-01 08:15:30.25+00' + $3 * interval "
                           "'1 day', timestamptz '2035-03-01 09:00:00+00' + $3 * interval '1 day', 'booked', $4, $2, "
                           "CASE WHEN $2 THEN 'agreed' ELSE '' END FROM orgs",
                           ids.last().toStdString(), withDevice, ++day, notes);
        }
        tx.commit();
    }
    QString cursor;
    QMap<QString, QJsonObject> pulled;
    const int total = m_db->scalar("SELECT count(*) FROM appointments").toInt();
    for (const auto &row : pullAtLeast(cursor, total))
        if (row.type == u"appointment")
            pulled.insert(row.id, row.data);
    pqxx::connection c(m_db->conninfo());
    pqxx::work tx(c);
    for (const auto &id : ids) {
        QVERIFY(pulled.contains(id));
        const auto reference = tx.exec_params1(
            "SELECT json_build_object('client_id', client_id, 'practitioner_id', practitioner_id, 'service_id', "
            "service_id, 'room_id', room_id, 'device_id', equipment_id, 'start', to_char(starts_at AT TIME ZONE "
            "'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), 'end', to_char(ends_at AT TIME ZONE 'UTC', "
            "'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), 'status', status, 'notes', notes, 'overbooked', overbooked)::text "
            "FROM appointments WHERE id = $1",
            id.toStdString());
        const auto expected = QJsonDocument::fromJson(QByteArray::fromStdString(reference[0].as<std::string>()));
        QCOMPARE(pulled.value(id), expected.object());
    }
    QCOMPARE(pulled.value(ids[1]).value(u"notes").toString(),
             QString::fromUtf8(cases[1].first.data(), qsizetype(cases[1].first.size())));
    QCOMPARE(pulled.value(ids[0]).value(u"device_id"), QJsonValue(QJsonValue::Null));
    QCOMPARE(pulled.value(ids[1]).value(u"start").toString(), QStringLiteral("2035-03-03T08:15:30.250Z"));
    QCOMPARE(pulled.value(ids[1]).value(u"overbooked"), QJsonValue(true));
}

// The server writes an appointment's JSON from its columns: byte for byte
// the text PostgreSQL built before (to_json's escaping, to_char's wire time
// with milliseconds cut, not rounded), in the change feed and in a first
// pull's snapshot alike.
void TestServerPull::appointmentJsonIsWrittenExactly()
{
    QString cursor;
    pullAll(cursor);
    const QString id = newUuid();
    const QString client = newUuid();
    const QString practitioner = newUuid();
    const QString service = newUuid();
    const QString room = newUuid();
    const std::string notes = "He said \"hi\" \\ C:\\path\nnext line\ttab \x01 caf\u00e9 \u2713";
    {
        pqxx::connection c(m_db->conninfo());
        pqxx::work tx(c);
        // Upper-case uuids in: PostgreSQL's lower-case text out.
        tx.exec_params("INSERT INTO appointments (id, org_id, client_id, practitioner_id, service_id, room_id, "
                       "equipment_id, starts_at, ends_at, status, notes, overbooked, overbook_reason) SELECT $1, id, "
                       "$2, $3, $4, $5, NULL, '2036-04-07 14:00:00.123999+00', '2036-04-07 14:45:00+00', 'booked', "
                       "$6, true, 'agreed' FROM orgs",
                       id.toStdString(), client.toUpper().toStdString(), practitioner.toStdString(),
                       service.toStdString(), room.toStdString(), notes);
        tx.commit();
    }
    const QByteArray notesJson = "\"He said \\\"hi\\\" \\\\ C:\\\\path\\nnext line\\ttab \\u0001 caf\u00e9 \u2713\"";
    const QByteArray expected = "{\"type\":\"appointment\",\"id\":\"" + id.toLatin1() + "\",\"data\":{\"client_id\":\""
        + client.toLower().toLatin1() + "\",\"practitioner_id\":\"" + practitioner.toLatin1() + "\",\"service_id\":\""
        + service.toLatin1() + "\",\"room_id\":\"" + room.toLatin1()
        + "\",\"device_id\":null,\"start\":\"2036-04-07T14:00:00.123Z\",\"end\":\"2036-04-07T14:45:00.000Z\","
          "\"status\":\"booked\",\"notes\":"
        + notesJson + ",\"overbooked\":true}}";
    // PostgreSQL's own encoders agree with the expectation above.
    QCOMPARE(
        m_db->scalar("SELECT to_json(notes)::text FROM appointments WHERE id = '" + id.toStdString() + "'").toUtf8(),
        notesJson);
    QCOMPARE(m_db->scalar("SELECT to_char(starts_at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"') FROM "
                          "appointments WHERE id = '"
                          + id.toStdString() + "'"),
             QStringLiteral("2036-04-07T14:00:00.123Z"));

    // The change feed (autovacuum can hold a commit back for a moment).
    QByteArray feed;
    QTRY_VERIFY((feed = rawPull(cursor).body).contains(QByteArray("\"id\":\"" + id.toLatin1() + '"')));
    QVERIFY2(feed.contains(expected), feed.constData());
    const auto fromFeed = decodePullResponse(feed);
    QVERIFY(fromFeed.isOk());
    QVERIFY(!fromFeed->cursor.isSnapshot());

    // A first pull, page by page from its snapshot.
    const QByteArray snapshot = snapshotText();
    QVERIFY(!snapshot.isEmpty());
    QVERIFY2(snapshot.contains(expected), snapshot.constData());

    // And the app reads it as meant.
    const auto row
        = std::find_if(fromFeed->rows.begin(), fromFeed->rows.end(), [&](const PullRow &r) { return r.id == id; });
    QVERIFY(row != fromFeed->rows.end());
    QCOMPARE(row->data.value(u"notes").toString(), QString::fromStdString(notes));
    QCOMPARE(row->data.value(u"client_id").toString(), client.toLower());
    QCOMPARE(row->data.value(u"device_id"), QJsonValue(QJsonValue::Null));
    QCOMPARE(decodeTime(row->data.value(u"start").toString(), u"start").valueOr({}),
             QDateTime(QDate(2036, 4, 7), QTime(14, 0, 0, 123), Qt::UTC));
    QCOMPARE(row->data.value(u"overbooked"), QJsonValue(true));
}

// A time the wire cannot carry (only a hand edit of the table can write one:
// every booking goes through wire time) fails the page, in the feed and in a
// snapshot, before anything is recorded: no audit line, the device's place
// unchanged, and the log names the row for whoever fixes it.
void TestServerPull::unsendableTimeFailsThePageAndChangesNothing()
{
    QString cursor;
    pullAll(cursor);
    const QString id = newUuid();
    const std::string idText = id.toStdString();
    struct Remove {
        const TestDatabase &db;
        std::string id;
        ~Remove()
        {
            try {
                db.scalar("DELETE FROM appointments WHERE id = '" + id + "'");
            } catch (const std::exception &e) {
                qWarning("could not remove the appointment: %s", e.what());
            }
        }
    } removeAfter {*m_db, idText};
    m_db->scalar("INSERT INTO appointments (id, org_id, client_id, practitioner_id, service_id, room_id, starts_at, "
                 "ends_at, status) SELECT '"
                 + idText
                 + "', id, gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), gen_random_uuid(), "
                   "'10000-01-01 08:00:00+00', '10000-01-01 09:00:00+00', 'booked' FROM orgs");
    const std::string place
        = "SELECT pull_txid::text || '/' || pull_seq FROM devices WHERE id = '" + m_device.deviceId.toStdString() + "'";
    const std::string audited = "SELECT count(*) FROM audit_events WHERE action = 'pull'";
    const QString placeBefore = m_db->scalar(place);
    const QString auditedBefore = m_db->scalar(audited);

    Reply failed;
    QTRY_COMPARE((failed = rawPull(cursor)).status, 500);
    QCOMPARE(failed.json().value(u"error").toObject().value(u"code").toString(), QStringLiteral("internal"));
    QCOMPARE(rawPull(QString()).status, 500); // a first pull's snapshot page
    QCOMPARE(m_db->scalar(place), placeBefore);
    QCOMPARE(m_db->scalar(audited), auditedBefore);
    QTRY_VERIFY(m_server->log().contains(QByteArray("appointment " + id.toLatin1())));
}

void TestServerPull::deletesArriveAsTombstones()
{
    QString cursor;
    pullAll(cursor);
    const QString client = newUuid();
    push({Mutation {
              m_nextId++, QStringLiteral("create_client"),
              toJson(CreateClientArgs {client, QJsonObject {{QStringLiteral("givenName"), QStringLiteral("Ana")}}})},
          Mutation {m_nextId++, QStringLiteral("delete_client"), toJson(EntityRefArgs {client})}});
    PullResponse page;
    QTRY_VERIFY((page = pullOnce(cursor)).tombstones.size() == 1);
    QCOMPARE(page.tombstones.first().id, client);
    QCOMPARE(page.tombstones.first().type, QStringLiteral("client"));
}

void TestServerPull::cursorOfAnotherDatabaseIs410()
{
    auto client = m_server->client();
    const PullCursor foreign {newUuid(), 1, 1};
    const auto r = client.get(QStringLiteral("/v1/sync/pull?cursor=") + foreign.toString(), m_device.accessToken);
    QCOMPARE(r.status, 410);
    QCOMPARE(r.json().value(u"error").toObject().value(u"code").toString(), QStringLiteral("cursor_expired"));
}

void TestServerPull::garbageCursorIs400()
{
    auto client = m_server->client();
    const auto r = client.get(QStringLiteral("/v1/sync/pull?cursor=nonsense"), m_device.accessToken);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"error").toObject().value(u"field").toString(), QStringLiteral("cursor"));
}

QTEST_GUILESS_MAIN(TestServerPull)
#include "tst_serverpull.moc"
