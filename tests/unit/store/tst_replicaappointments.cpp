#include "store/catchup.h"
#include "store/clientrepository.h"
#include "store/clinicstore.h"
#include "store/database.h"
#include "store/deferredindexes.h"
#include "store/query.h"
#include "store/searchindex.h"
#include "store/syncreplica.h"
#include "support/tempstore.h"

#include <QJsonObject>
#include <QTest>

using namespace msp;
using namespace msp::store;

// Appointments pulled from the server: their wire times are read exactly, the
// buffered block is stored with the row (as the repositories store it), and an
// appointment whose client is not here yet waits for it.
class TestReplicaAppointments : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void wireTimes_data();
    void wireTimes();
    void blockIncludesServiceBuffers();
    void waitsForItsClient();
    void deletedClientIsNotLeanedOn();
    void pulledClientsAreSearchable();
    void catchUpDefersIndexesUntilItsLastPage();
    void deferredIndexesAreBuiltAtNextOpen();
    void indexesOfAFilledTableAreKept();
    void catchUpConnectionSettingsAreRestored();
    void pulledClientsAreIndexedAsTheRepositoryIndexesThem();
    void clientIndexesOfAnEmptyTableAreDeferredToo();
    void catchUpAppointmentsWaitForTheirClient();
    void catchUpAppointmentSentAgainIsUpdated();
    void catchUpAppointmentsWaitForTheirPractitioner();
    void catchUpClientSentAgainIsUpdated();
    void catchUpBatchChecksForeignKeysAgainAfterwards();
    void catchUpBatchRefusesTombstones();
    void catchUpAppointmentTwiceInAPageKeepsTheLater();
    void catchUpAppointmentTheTableRefusesFailsThePage();
    void catchUpPausesTheBlockTriggerOnlyWithinItsPage();
    void catchUpClientsAreKnownFromOnePageToTheNext();

private:
    std::unique_ptr<test::TempStore> m_store;
};

namespace {
const QString kService = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-000000000001");
const QString kPractitioner = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-000000000002");
const QString kClient = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-000000000003");
const QString kLateClient = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-000000000004");

SyncReplica replicaOf(test::TempStore &t)
{
    return {t.store->database(), t.store->audit(), t.store->outbox()};
}

QJsonObject appointment(const QString &client, const QString &start, const QString &end)
{
    return {{QStringLiteral("client_id"), client},
            {QStringLiteral("practitioner_id"), kPractitioner},
            {QStringLiteral("service_id"), kService},
            {QStringLiteral("room_id"), QString()},
            {QStringLiteral("device_id"), QString()},
            {QStringLiteral("start"), start},
            {QStringLiteral("end"), end},
            {QStringLiteral("status"), QStringLiteral("booked")},
            {QStringLiteral("notes"), QString()},
            {QStringLiteral("overbooked"), false}};
}

ReplicaRow appointmentRow(const QString &id, const QString &client, const char *start, const char *end)
{
    return {QStringLiteral("appointment"), EntityId::fromString(id),
            appointment(client, QString::fromLatin1(start), QString::fromLatin1(end))};
}

ReplicaRow clientRow(const QString &id)
{
    return {QStringLiteral("client"), EntityId::fromString(id),
            QJsonObject {{QStringLiteral("givenName"), QStringLiteral("Ana")},
                         {QStringLiteral("familyName"), QStringLiteral("Lopez")}}};
}

qint64 utcMillis(int y, int mo, int d, int h, int mi, int s = 0, int ms = 0)
{
    return QDateTime(QDate(y, mo, d), QTime(h, mi, s, ms), Qt::UTC).toMSecsSinceEpoch();
}

QStringList appointmentIndexes(Database &db)
{
    QStringList out;
    auto q = db.prepare("SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' "
                        "AND tbl_name = 'appointment' AND sql IS NOT NULL ORDER BY name;");
    while (q && q->next().valueOr(false))
        out << q->text(0);
    return out;
}

// A catch-up page: many clients, then appointments for the first of them.
QList<ReplicaRow> bulkPage(int clients, int appointments, int offset)
{
    QList<ReplicaRow> rows;
    for (int i = 0; i < clients; ++i)
        rows.append({QStringLiteral("client"), EntityId::generate(),
                     QJsonObject {{QStringLiteral("givenName"), QStringLiteral("G%1").arg(offset + i)},
                                  {QStringLiteral("familyName"), QStringLiteral("F%1").arg(offset + i)}}});
    for (int i = 0; i < appointments; ++i) {
        const QDateTime start = QDateTime(QDate(2027, 1, 4), QTime(8, 0), Qt::UTC).addSecs(3600 * (offset + i));
        rows.append({QStringLiteral("appointment"), EntityId::generate(),
                     appointment(rows.at(i % clients).id.toString(), start.toString(Qt::ISODateWithMs),
                                 start.addSecs(1800).toString(Qt::ISODateWithMs))});
    }
    return rows;
}

qint64 count(Database &db, const char *sql)
{
    auto q = db.prepare(sql);
    return q ? scalar(*q).valueOr(-1) : -1;
}

QList<qint64> times(Database &db, const QString &id)
{
    auto q = db.prepare("SELECT start_utc, end_utc, block_start_utc, block_end_utc FROM appointment WHERE id = ?1;");
    if (!q || !q->bind(1, id).next().valueOr(false))
        return {};
    return {q->int64(0), q->int64(1), q->int64(2), q->int64(3)};
}
} // namespace

void TestReplicaAppointments::init()
{
    m_store = std::make_unique<test::TempStore>();
    QVERIFY(m_store->isOpen());
    auto &db = m_store->store->database();
    auto s = db.prepare("INSERT INTO service (id, name, duration_min, buffer_before_min, buffer_after_min, "
                        "price_minor, currency) VALUES (?1, 'Laser', 30, 10, 5, 0, 'USD');");
    QVERIFY(s && s->bind(1, kService).run());
    auto p = db.prepare("INSERT INTO practitioner (id, display_name) VALUES (?1, 'Dr A');");
    QVERIFY(p && p->bind(1, kPractitioner).run());
    QVERIFY(replicaOf(*m_store).applyPage({clientRow(kClient)}, {}, QStringLiteral("c0")));
}

void TestReplicaAppointments::wireTimes_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("server form") << QStringLiteral("2027-01-04T14:00:00.000Z") << utcMillis(2027, 1, 4, 14, 0);
    QTest::newRow("milliseconds") << QStringLiteral("2031-12-31T23:59:59.999Z")
                                  << utcMillis(2031, 12, 31, 23, 59, 59, 999);
    QTest::newRow("leap day") << QStringLiteral("2028-02-29T08:15:00.000Z") << utcMillis(2028, 2, 29, 8, 15);
    QTest::newRow("before 1970") << QStringLiteral("1969-07-20T20:17:00.000Z") << utcMillis(1969, 7, 20, 20, 17);
    // Not the server's own form: read the long way, same instant.
    QTest::newRow("offset") << QStringLiteral("2027-01-04T15:00:00.000+01:00") << utcMillis(2027, 1, 4, 14, 0);
    QTest::newRow("no milliseconds") << QStringLiteral("2027-01-04T14:00:00Z") << utcMillis(2027, 1, 4, 14, 0);
}

void TestReplicaAppointments::wireTimes()
{
    QFETCH(QString, start);
    QFETCH(qint64, expected);
    const QString id = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0000000000a1");
    const QString end = QDateTime::fromMSecsSinceEpoch(expected + 30 * 60000, Qt::UTC).toString(Qt::ISODateWithMs);
    QVERIFY(replicaOf(*m_store).applyPage(
        {{QStringLiteral("appointment"), EntityId::fromString(id), appointment(kClient, start, end)}}, {},
        QStringLiteral("c1")));
    const auto t = times(m_store->store->database(), id);
    QCOMPARE(t.size(), 4);
    QCOMPARE(t[0], expected);
    QCOMPARE(t[1], expected + 30 * 60000);
}

void TestReplicaAppointments::blockIncludesServiceBuffers()
{
    const QString id = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0000000000a2");
    QVERIFY(replicaOf(*m_store).applyPage({{QStringLiteral("appointment"), EntityId::fromString(id),
                                            appointment(kClient, QStringLiteral("2027-01-04T14:00:00.000Z"),
                                                        QStringLiteral("2027-01-04T14:30:00.000Z"))}},
                                          {}, QStringLiteral("c1")));
    const auto t = times(m_store->store->database(), id);
    QCOMPARE(t.size(), 4);
    QCOMPARE(t[2], utcMillis(2027, 1, 4, 13, 50)); // ten minutes before
    QCOMPARE(t[3], utcMillis(2027, 1, 4, 14, 35)); // five after
}

void TestReplicaAppointments::waitsForItsClient()
{
    const QString id = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0000000000a3");
    const ReplicaRow row {QStringLiteral("appointment"), EntityId::fromString(id),
                          appointment(kLateClient, QStringLiteral("2027-01-05T09:00:00.000Z"),
                                      QStringLiteral("2027-01-05T09:30:00.000Z"))};
    QVERIFY(replicaOf(*m_store).applyPage({row}, {}, QStringLiteral("c1")));
    QVERIFY(times(m_store->store->database(), id).isEmpty());
    // The client arrives on the next page: the parked appointment follows it.
    QVERIFY(replicaOf(*m_store).applyPage({clientRow(kLateClient)}, {}, QStringLiteral("c2")));
    const auto t = times(m_store->store->database(), id);
    QCOMPARE(t.size(), 4);
    QCOMPARE(t[0], utcMillis(2027, 1, 5, 9, 0));
}

void TestReplicaAppointments::deletedClientIsNotLeanedOn()
{
    // A page that writes a client, deletes it and then brings a parked
    // appointment for it must not insert the appointment (its client is gone).
    const QString id = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0000000000a4");
    QVERIFY(replicaOf(*m_store).applyPage({{QStringLiteral("appointment"), EntityId::fromString(id),
                                            appointment(kLateClient, QStringLiteral("2027-01-05T09:00:00.000Z"),
                                                        QStringLiteral("2027-01-05T09:30:00.000Z"))}},
                                          {}, QStringLiteral("c1")));
    QVERIFY(replicaOf(*m_store).applyPage({clientRow(kLateClient)},
                                          {{QStringLiteral("client"), EntityId::fromString(kLateClient)}},
                                          QStringLiteral("c2")));
    auto &db = m_store->store->database();
    auto clients = db.prepare("SELECT count(*) FROM client WHERE id = ?1;");
    QVERIFY(clients);
    clients->bind(1, kLateClient);
    const qint64 clientLeft = scalar(*clients).valueOr(-1);
    // Either the client stayed (it has the appointment) or neither is here.
    QCOMPARE(times(db, id).isEmpty(), clientLeft == 0);
}

void TestReplicaAppointments::pulledClientsAreSearchable()
{
    // New clients are indexed from the values in hand; an existing one is
    // re-indexed from its row, so a rename is found under the new name only.
    auto found = m_store->store->clients().search(u"lopez");
    QVERIFY(found.isOk());
    QCOMPARE(found->size(), 1);
    ReplicaRow renamed = clientRow(kClient);
    renamed.data[QStringLiteral("familyName")] = QStringLiteral("Okafor");
    renamed.data[QStringLiteral("phone")] = QStringLiteral("+12125550123");
    QVERIFY(replicaOf(*m_store).applyPage({renamed, clientRow(kLateClient)}, {}, QStringLiteral("c1")));
    QCOMPARE(m_store->store->clients().search(u"okafor").valueOr({}).size(), 1);
    QCOMPARE(m_store->store->clients().search(u"5550123").valueOr({}).size(), 1);
    QCOMPARE(m_store->store->clients().search(u"lopez").valueOr({}).size(), 1); // the late client only
}

void TestReplicaAppointments::catchUpDefersIndexesUntilItsLastPage()
{
    auto &db = m_store->store->database();
    const QStringList before = appointmentIndexes(db);
    QVERIFY(before.size() >= 4);
    {
        auto r = replicaOf(*m_store).applyPage(bulkPage(1000, 500, 0), {}, QStringLiteral("c1"), true);
        QVERIFY2(r.isOk(), qPrintable(r.isOk() ? QString() : r.error().message));
    }
    QVERIFY(appointmentIndexes(db).isEmpty());
    QVERIFY(hasDeferredIndexes(db).valueOr(false));
    // Queries stay right meanwhile (only slower).
    QCOMPARE(count(db, "SELECT count(*) FROM appointment WHERE start_utc >= 0;"), 500);
    QVERIFY(replicaOf(*m_store).applyPage(bulkPage(1000, 500, 1000), {}, QStringLiteral("c2"), true));
    QVERIFY(appointmentIndexes(db).isEmpty());
    // The last page: every index is back, exactly as it was, and used.
    QVERIFY(replicaOf(*m_store).applyPage(bulkPage(10, 10, 5000), {}, QStringLiteral("c3"), false));
    QCOMPARE(appointmentIndexes(db), before);
    QVERIFY(!hasDeferredIndexes(db).valueOr(true));
    QCOMPARE(count(db, "SELECT count(*) FROM appointment;"), 1010);
    QCOMPARE(count(db, "PRAGMA integrity_check;"), 0); // "ok" reads as 0
    auto plan = db.prepare("EXPLAIN QUERY PLAN SELECT id FROM appointment WHERE client_id = 'x';");
    QVERIFY(plan && plan->next().valueOr(false));
    QVERIFY2(plan->text(3).contains(u"appointment_by_client"), qPrintable(plan->text(3)));
}

void TestReplicaAppointments::deferredIndexesAreBuiltAtNextOpen()
{
    const QStringList before = appointmentIndexes(m_store->store->database());
    QVERIFY(replicaOf(*m_store).applyPage(bulkPage(1000, 100, 0), {}, QStringLiteral("c1"), true));
    QVERIFY(appointmentIndexes(m_store->store->database()).isEmpty());
    // The app stopped in the middle of the catch-up.
    QVERIFY(m_store->reopen());
    QCOMPARE(appointmentIndexes(m_store->store->database()), before);
    QVERIFY(!hasDeferredIndexes(m_store->store->database()).valueOr(true));
}

void TestReplicaAppointments::indexesOfAFilledTableAreKept()
{
    auto &db = m_store->store->database();
    const QStringList before = appointmentIndexes(db);
    QVERIFY(replicaOf(*m_store).applyPage(bulkPage(10, 10, 0), {}, QStringLiteral("c1"), false));
    // A large catch-up into a table that already holds appointments, and a
    // small page while more is waiting: neither drops anything.
    QVERIFY(replicaOf(*m_store).applyPage(bulkPage(1000, 100, 100), {}, QStringLiteral("c2"), true));
    QCOMPARE(appointmentIndexes(db), before);
    QVERIFY(!hasDeferredIndexes(db).valueOr(true));
}

void TestReplicaAppointments::catchUpConnectionSettingsAreRestored()
{
    // A catch-up page runs with synchronous = NORMAL and a large page cache;
    // the last page (or a catch-up that stopped early) puts back what
    // ClinicStore::open set, so changes made here are fsync'd again.
    auto &db = m_store->store->database();
    QCOMPARE(count(db, "PRAGMA synchronous;"), 2); // FULL
    const qint64 cache = count(db, "PRAGMA cache_size;");
    QVERIFY(replicaOf(*m_store).applyPage(bulkPage(1000, 10, 0), {}, QStringLiteral("c1"), true));
    QCOMPARE(count(db, "PRAGMA synchronous;"), 1); // NORMAL
    QVERIFY(count(db, "PRAGMA cache_size;") < cache); // negative: KiB, so larger
    QVERIFY(replicaOf(*m_store).applyPage(bulkPage(10, 10, 5000), {}, QStringLiteral("c2"), false));
    QCOMPARE(count(db, "PRAGMA synchronous;"), 2);
    QCOMPARE(count(db, "PRAGMA cache_size;"), cache);
    // Stopped early: the same.
    QVERIFY(replicaOf(*m_store).applyPage(bulkPage(1000, 10, 6000), {}, QStringLiteral("c3"), true));
    QVERIFY(finishCatchUp(db));
    QCOMPARE(count(db, "PRAGMA synchronous;"), 2);
    QCOMPARE(count(db, "PRAGMA cache_size;"), cache);
    QCOMPARE(count(db, "SELECT count(*) FROM client;"), 2011);
}

void TestReplicaAppointments::pulledClientsAreIndexedAsTheRepositoryIndexesThem()
{
    // The columns and search entry are read ahead (as the sync engine's
    // reader does) or when applied; either way every new client is written
    // with its sort key and a docid in its name's bucket, and has exactly one
    // search entry under that docid.
    QList<ReplicaRow> ahead = bulkPage(300, 0, 0);
    SyncReplica::readAhead(ahead);
    QVERIFY(ahead.first().client);
    QVERIFY(replicaOf(*m_store).applyPage(ahead, {}, QStringLiteral("c1")));
    QVERIFY(replicaOf(*m_store).applyPage(bulkPage(300, 0, 300), {}, QStringLiteral("c2")));
    auto &db = m_store->store->database();
    auto q = db.prepare("SELECT given_name, family_name, search_sort, search_docid FROM client;");
    QVERIFY(q);
    int clients = 0;
    while (q->next().valueOr(false)) {
        ++clients;
        QCOMPARE(q->text(2), clientSortKey(q->text(0), q->text(1)));
        QCOMPARE(q->int64(3) >> kDocidUniqueBits, sortBucket(q->text(2)));
    }
    QCOMPARE(clients, 601);
    QCOMPARE(count(db,
                   "SELECT count(*) FROM client c WHERE (SELECT count(*) FROM client_search s "
                   "WHERE s.docid = c.search_docid) <> 1;"),
             0);
    QCOMPARE(count(db, "SELECT count(*) FROM client_search;"), 601);
    QCOMPARE(m_store->store->clients().search(u"g450").valueOr({}).size(), 1);
}

void TestReplicaAppointments::clientIndexesOfAnEmptyTableAreDeferredToo()
{
    // The store is reopened below: always its current connection.
    const auto clientIndexes = [this] {
        QStringList out;
        auto q
            = m_store->store->database().prepare("SELECT name || ': ' || sql FROM sqlite_master WHERE type = 'index' "
                                                 "AND tbl_name = 'client' AND sql IS NOT NULL ORDER BY name;");
        while (q && q->next().valueOr(false))
            out << q->text(0);
        return out;
    };
    auto &db = m_store->store->database();
    // A fresh store: init()'s client goes (its search entry with it).
    QVERIFY(db.exec("DELETE FROM client_search; DELETE FROM client;"));
    const QStringList before = clientIndexes();
    QVERIFY(before.join(u'\n').contains(u"client_by_family"));
    QVERIFY(replicaOf(*m_store).applyPage(bulkPage(1000, 10, 0), {}, QStringLiteral("c1"), true));
    // The unique docid index is a rule: it stays.
    QCOMPARE(clientIndexes().join(u'\n').contains(u"client_by_family"), false);
    QVERIFY(clientIndexes().join(u'\n').contains(u"client_by_search_docid"));
    QVERIFY(appointmentIndexes(db).isEmpty());
    // The app stops here; the next open builds everything again.
    QVERIFY(m_store->reopen());
    auto &reopened = m_store->store->database();
    QCOMPARE(clientIndexes(), before);
    QVERIFY(!hasDeferredIndexes(reopened).valueOr(true));
    QCOMPARE(count(reopened, "PRAGMA integrity_check;"), 0);
    // And at the end of a catch-up that ran to its last page.
    QVERIFY(reopened.exec("DELETE FROM appointment; DELETE FROM client_search; DELETE FROM client;"));
    QVERIFY(replicaOf(*m_store).applyPage(bulkPage(1000, 10, 0), {}, QStringLiteral("c2"), true));
    QVERIFY(replicaOf(*m_store).applyPage(bulkPage(10, 10, 5000), {}, QStringLiteral("c3"), false));
    QCOMPARE(clientIndexes(), before);
    QCOMPARE(count(reopened, "SELECT count(*) FROM client;"), 1010);
    auto plan = reopened.prepare("EXPLAIN QUERY PLAN SELECT id FROM client WHERE family_name = 'x';");
    QVERIFY(plan && plan->next().valueOr(false));
    QVERIFY2(plan->text(3).contains(u"client_by_family"), qPrintable(plan->text(3)));
}

void TestReplicaAppointments::catchUpAppointmentsWaitForTheirClient()
{
    // A catch-up page checks its appointments all at once: one whose client
    // is not here yet waits for it, the others go in.
    const QString id = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0000000000b1");
    QList<ReplicaRow> rows = bulkPage(1000, 20, 0);
    rows.insert(1010,
                {QStringLiteral("appointment"), EntityId::fromString(id),
                 appointment(kLateClient, QStringLiteral("2027-01-05T09:00:00.000Z"),
                             QStringLiteral("2027-01-05T09:30:00.000Z"))});
    auto &db = m_store->store->database();
    {
        auto r = replicaOf(*m_store).applyPage(rows, {}, QStringLiteral("c1"), true);
        QVERIFY2(r.isOk(), qPrintable(r.isOk() ? QString() : r.error().message));
    }
    QCOMPARE(count(db, "SELECT count(*) FROM appointment;"), 20);
    QVERIFY(times(db, id).isEmpty());
    QCOMPARE(count(db, "SELECT count(*) FROM sync_parked_row;"), 1);
    QCOMPARE(count(db, "SELECT count(*) FROM temp.sync_new_appointment;"), 0);
    // Its client comes on the next page: the appointment follows it.
    QList<ReplicaRow> next = bulkPage(1000, 0, 1000);
    next.append(clientRow(kLateClient));
    QVERIFY(replicaOf(*m_store).applyPage(next, {}, QStringLiteral("c2"), true));
    const auto t = times(db, id);
    QCOMPARE(t.size(), 4);
    QCOMPARE(t[0], utcMillis(2027, 1, 5, 9, 0));
    QCOMPARE(t[2], utcMillis(2027, 1, 5, 8, 50)); // its block, buffers included
    QCOMPARE(count(db, "SELECT count(*) FROM sync_parked_row;"), 0);
    QVERIFY(replicaOf(*m_store).applyPage({}, {}, QStringLiteral("c3"), false));
    QCOMPARE(count(db, "SELECT count(*) FROM appointment;"), 21);
}

void TestReplicaAppointments::catchUpAppointmentSentAgainIsUpdated()
{
    // A row the server sends again within one catch-up (changed meanwhile)
    // replaces the one written by an earlier page, block times included.
    const QString id = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0000000000b2");
    QList<ReplicaRow> first = bulkPage(1000, 10, 0);
    const QString client = first.at(0).id.toString();
    first.append(appointmentRow(id, client, "2027-01-05T09:00:00.000Z", "2027-01-05T09:30:00.000Z"));
    QVERIFY(replicaOf(*m_store).applyPage(first, {}, QStringLiteral("c1"), true));
    QList<ReplicaRow> second = bulkPage(1000, 10, 2000);
    second.append(appointmentRow(id, client, "2027-01-06T11:00:00.000Z", "2027-01-06T12:00:00.000Z"));
    {
        auto r = replicaOf(*m_store).applyPage(second, {}, QStringLiteral("c2"), true);
        QVERIFY2(r.isOk(), qPrintable(r.isOk() ? QString() : r.error().message));
    }
    auto &db = m_store->store->database();
    const auto t = times(db, id);
    QCOMPARE(t.size(), 4);
    QCOMPARE(t[0], utcMillis(2027, 1, 6, 11, 0));
    QCOMPARE(t[1], utcMillis(2027, 1, 6, 12, 0));
    QCOMPARE(t[2], utcMillis(2027, 1, 6, 10, 50));
    QCOMPARE(t[3], utcMillis(2027, 1, 6, 12, 5));
    QCOMPARE(count(db, "SELECT count(*) FROM appointment;"), 21);
}

void TestReplicaAppointments::catchUpAppointmentsWaitForTheirPractitioner()
{
    // Practitioners are looked up as the page's appointments are queued: one
    // not here yet makes its appointment wait, as a missing client does.
    const QString id = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0000000000b3");
    const QString newcomer = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0000000000c1");
    QList<ReplicaRow> rows = bulkPage(1000, 20, 0);
    QJsonObject late
        = appointment(kClient, QStringLiteral("2027-01-05T09:00:00.000Z"), QStringLiteral("2027-01-05T09:30:00.000Z"));
    late.insert(QStringLiteral("practitioner_id"), newcomer);
    rows.insert(1005, {QStringLiteral("appointment"), EntityId::fromString(id), late});
    auto &db = m_store->store->database();
    QVERIFY(replicaOf(*m_store).applyPage(rows, {}, QStringLiteral("c1"), true));
    QCOMPARE(count(db, "SELECT count(*) FROM appointment;"), 20);
    QVERIFY(times(db, id).isEmpty());
    QCOMPARE(count(db, "SELECT count(*) FROM sync_parked_row;"), 1);
    auto p = db.prepare("INSERT INTO practitioner (id, display_name) VALUES (?1, 'Dr B');");
    QVERIFY(p && p->bind(1, newcomer).run());
    QVERIFY(replicaOf(*m_store).applyPage(bulkPage(1000, 0, 1000), {}, QStringLiteral("c2"), true));
    QCOMPARE(times(db, id).size(), 4);
    QCOMPARE(count(db, "SELECT count(*) FROM sync_parked_row;"), 0);
    auto who = db.prepare("SELECT practitioner_id FROM appointment WHERE id = ?1;");
    QVERIFY(who && who->bind(1, id).next().valueOr(false));
    QCOMPARE(who->text(0), newcomer);
}

void TestReplicaAppointments::catchUpClientSentAgainIsUpdated()
{
    // A catch-up inserts its clients first; one already here is updated in
    // place, and found by its new name only.
    QList<ReplicaRow> first = bulkPage(1000, 0, 0);
    const EntityId id = first.at(7).id;
    QVERIFY(replicaOf(*m_store).applyPage(first, {}, QStringLiteral("c1"), true));
    QList<ReplicaRow> second = bulkPage(1000, 0, 1000);
    second.append({QStringLiteral("client"), id,
                   QJsonObject {{QStringLiteral("givenName"), QStringLiteral("Renata")},
                                {QStringLiteral("familyName"), QStringLiteral("Quintero")}}});
    QVERIFY(replicaOf(*m_store).applyPage(second, {}, QStringLiteral("c2"), true));
    QVERIFY(replicaOf(*m_store).applyPage({}, {}, QStringLiteral("c3"), false));
    auto &db = m_store->store->database();
    QCOMPARE(count(db, "SELECT count(*) FROM client;"), 2001); // kClient and two pages
    auto name = db.prepare("SELECT given_name, family_name FROM client WHERE id = ?1;");
    QVERIFY(name && name->bind(1, id).next().valueOr(false));
    QCOMPARE(name->text(0), QStringLiteral("Renata"));
    QCOMPARE(name->text(1), QStringLiteral("Quintero"));
    const auto found = [&](const QString &typed) {
        QStringList ids;
        for (const ClientSummary &c : m_store->store->clients().search(typed, 10).valueOr({}))
            ids << c.id.toString();
        return ids;
    };
    QCOMPARE(found(QStringLiteral("Quintero")), QStringList {id.toString()});
    QVERIFY(!found(QStringLiteral("G7 F7")).contains(id.toString()));
    QVERIFY(found(QStringLiteral("G8 F8")).contains(first.at(8).id.toString()));
}

void TestReplicaAppointments::catchUpBatchChecksForeignKeysAgainAfterwards()
{
    auto &db = m_store->store->database();
    const auto keysChecked = [&] { return count(db, "PRAGMA foreign_keys;"); };
    QCOMPARE(keysChecked(), 1);
    {
        auto batch = CatchUpBatch::begin(db);
        QVERIFY(batch);
        QCOMPARE(keysChecked(), 0);
        QVERIFY(replicaOf(*m_store).applyCatchUpPage(bulkPage(1000, 5, 0), {}, QStringLiteral("c1")));
        QVERIFY(batch->commit());
        QCOMPARE(keysChecked(), 1);
    }
    QCOMPARE(count(db, "SELECT count(*) FROM appointment;"), 5);
    {
        auto batch = CatchUpBatch::begin(db);
        QVERIFY(batch);
        QVERIFY(replicaOf(*m_store).applyCatchUpPage(bulkPage(1000, 5, 1000), {}, QStringLiteral("c2")));
    } // not committed: rolled back
    QCOMPARE(keysChecked(), 1);
    QCOMPARE(count(db, "SELECT count(*) FROM appointment;"), 5);
    QVERIFY(finishCatchUp(db));
    // Checked again: an appointment of a client that is not here is refused.
    auto orphan = db.prepare("INSERT INTO appointment (id, client_id, practitioner_id, service_id, start_utc, "
                             "end_utc, status, updated_at) VALUES ('0190a1b2-c3d4-7e5f-8a9b-0000000000d1', "
                             "'0190a1b2-c3d4-7e5f-8a9b-0000000000d2', ?1, ?2, 0, 1, 'booked', 0);");
    QVERIFY(orphan);
    orphan->bind(1, kPractitioner).bind(2, kService);
    QVERIFY(!orphan->run());
}

void TestReplicaAppointments::catchUpBatchRefusesTombstones()
{
    // Deletes rely on the foreign keys' checks, which a batch runs without.
    auto &db = m_store->store->database();
    auto batch = CatchUpBatch::begin(db);
    QVERIFY(batch);
    auto applied = replicaOf(*m_store).applyCatchUpPage(
        bulkPage(1000, 0, 0), {{QStringLiteral("client"), EntityId::fromString(kClient)}}, QStringLiteral("c1"));
    QVERIFY(!applied);
    QVERIFY(batch->commit());
    QCOMPARE(count(db, "SELECT count(*) FROM client;"), 1);
    QCOMPARE(replicaOf(*m_store).cursor().valueOr(QStringLiteral("?")), QStringLiteral("c0"));
}

void TestReplicaAppointments::catchUpAppointmentTwiceInAPageKeepsTheLater()
{
    const QString id = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0000000000b4");
    QList<ReplicaRow> rows = bulkPage(1000, 10, 0);
    const QString client = rows.at(0).id.toString();
    rows.append(appointmentRow(id, client, "2027-01-05T09:00:00.000Z", "2027-01-05T09:30:00.000Z"));
    rows.append(appointmentRow(id, client, "2027-01-07T15:00:00.000Z", "2027-01-07T16:00:00.000Z"));
    QVERIFY(replicaOf(*m_store).applyPage(rows, {}, QStringLiteral("c1"), true));
    auto &db = m_store->store->database();
    const auto t = times(db, id);
    QCOMPARE(t.size(), 4);
    QCOMPARE(t[0], utcMillis(2027, 1, 7, 15, 0));
    QCOMPARE(t[3], utcMillis(2027, 1, 7, 16, 5));
    QCOMPARE(count(db, "SELECT count(*) FROM appointment;"), 11);
}

void TestReplicaAppointments::catchUpAppointmentTheTableRefusesFailsThePage()
{
    // Inserted with OR IGNORE, a row the table refuses (it ends before it
    // starts) must not just vanish: the page fails and nothing of it stays.
    QList<ReplicaRow> rows = bulkPage(1000, 10, 0);
    rows.append({QStringLiteral("appointment"),
                 EntityId::fromString(QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0000000000b5")),
                 appointment(rows.at(0).id.toString(), QStringLiteral("2027-01-05T10:00:00.000Z"),
                             QStringLiteral("2027-01-05T09:00:00.000Z"))});
    auto &db = m_store->store->database();
    QVERIFY(!replicaOf(*m_store).applyPage(rows, {}, QStringLiteral("c1"), true));
    QCOMPARE(count(db, "SELECT count(*) FROM appointment;"), 0);
    QCOMPARE(count(db, "SELECT count(*) FROM client;"), 1);
    QCOMPARE(replicaOf(*m_store).cursor().valueOr(QStringLiteral("?")), QStringLiteral("c0"));
}

namespace {
QString blockTrigger(Database &db)
{
    auto q
        = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'appointment_block_on_insert';");
    return q && q->next().valueOr(false) ? q->text(0) : QString();
}
} // namespace

void TestReplicaAppointments::catchUpPausesTheBlockTriggerOnlyWithinItsPage()
{
    // A catch-up page writes each appointment with its block and drops the
    // insert trigger meanwhile (a per-row statement journal otherwise); the
    // trigger is back after the page, whether it went in or failed.
    auto &db = m_store->store->database();
    const QString trigger = blockTrigger(db);
    QVERIFY(trigger.contains(u"block_start_utc IS NULL"));
    QVERIFY(replicaOf(*m_store).applyPage(bulkPage(1000, 10, 0), {}, QStringLiteral("c1"), true));
    QCOMPARE(blockTrigger(db), trigger);
    QCOMPARE(count(db,
                   "SELECT count(*) FROM appointment WHERE block_start_utc = start_utc - 600000 "
                   "AND block_end_utc = end_utc + 300000;"),
             10);
    QList<ReplicaRow> refused = bulkPage(1000, 10, 2000);
    refused.append({QStringLiteral("appointment"), EntityId::generate(),
                    appointment(refused.at(0).id.toString(), QStringLiteral("2027-02-05T10:00:00.000Z"),
                                QStringLiteral("2027-02-05T09:00:00.000Z"))});
    QVERIFY(!replicaOf(*m_store).applyPage(refused, {}, QStringLiteral("c2"), true));
    QCOMPARE(blockTrigger(db), trigger);
    // A writer that leaves the block out still gets it.
    auto plain = db.prepare("INSERT INTO appointment (id, client_id, practitioner_id, service_id, start_utc, end_utc, "
                            "status, updated_at) VALUES ('0190a1b2-c3d4-7e5f-8a9b-0000000000b6', ?1, ?2, ?3, "
                            "3600000, 5400000, 'booked', 0);");
    QVERIFY(plain);
    QVERIFY(plain->bind(1, kClient).bind(2, kPractitioner).bind(3, kService).run());
    const auto t = times(db, QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0000000000b6"));
    QCOMPARE(t.size(), 4);
    QCOMPARE(t[2], 3600000 - 600000);
    QCOMPARE(t[3], 5400000 + 300000);
}

void TestReplicaAppointments::catchUpClientsAreKnownFromOnePageToTheNext()
{
    // The clients a batch's pages write are remembered for the next pages
    // (store::SyncReplica::setCatchUpClients()); a client already in the
    // store is looked up once, then remembered too.
    auto &db = m_store->store->database();
    QSet<QByteArray> known;
    auto batch = CatchUpBatch::begin(db);
    QVERIFY(batch);
    const QList<ReplicaRow> clients = bulkPage(1000, 0, 0);
    {
        SyncReplica replica = replicaOf(*m_store);
        replica.setCatchUpClients(&known);
        QVERIFY(replica.applyCatchUpPage(clients, {}, QStringLiteral("c1")));
    }
    QCOMPARE(known.size(), 1000);
    QVERIFY(known.contains(clients.at(7).id.toString().toLatin1()));
    QList<ReplicaRow> appointments;
    for (int i = 0; i < 1000; ++i) {
        const QDateTime start = QDateTime(QDate(2027, 3, 1), QTime(8, 0), Qt::UTC).addSecs(3600 * i);
        const QString client = i == 0 ? kClient : clients.at(i).id.toString();
        appointments.append(
            {QStringLiteral("appointment"), EntityId::generate(),
             appointment(client, start.toString(Qt::ISODateWithMs), start.addSecs(1800).toString(Qt::ISODateWithMs))});
    }
    {
        SyncReplica replica = replicaOf(*m_store);
        replica.setCatchUpClients(&known);
        QVERIFY(replica.applyCatchUpPage(appointments, {}, QStringLiteral("c2")));
    }
    QVERIFY(batch->commit());
    QCOMPARE(count(db, "SELECT count(*) FROM appointment;"), 1000);
    QCOMPARE(known.size(), 1001); // kClient, from before the catch-up, found and kept
    QVERIFY(known.contains(kClient.toLatin1()));
    QCOMPARE(replicaOf(*m_store).cursor().valueOr(QString()), QStringLiteral("c2"));
}

QTEST_GUILESS_MAIN(TestReplicaAppointments)
#include "tst_replicaappointments.moc"
