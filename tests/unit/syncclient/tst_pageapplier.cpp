#include "client/pageapplier.h"
#include "protocol/pull.h"
#include "store/clientrepository.h"
#include "store/clinicstore.h"
#include "store/database.h"
#include "store/query.h"
#include "store/searchindex.h"
#include "store/settingstore.h"
#include "store/syncreplica.h"
#include "store/transaction.h"
#include "support/tempstore.h"

#include <QRegularExpression>
#include <QSignalSpy>
#include <QTest>

using namespace msp;
using namespace Qt::StringLiterals;

// Catch-up pages that queue up share one transaction: nothing of them is
// visible, and nothing is reported applied, until their batch commits; each
// page goes in with its cursor, so a process killed mid-batch resumes after
// the last committed page and a failing page takes its batch back with it.
class TestPageApplier : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void queuedCatchUpPagesCommitTogether();
    void batchCommitsWhenNoPageIsWaiting();
    void lastPageCommitsTheBatchFirst();
    void failingPageRollsBackItsBatch();
    void killedMidBatchResumesAfterTheLastCommit();
    void pageWithTombstonesIsNotBatched();
    void appointmentBeforeItsClientIsParkedAsSent();
    void firstSyncIndexesItsClientsAside();
    void aClientEditedDuringTheCatchUpKeepsItsEdit();

private:
    QByteArray page(int firstClient, int clients, bool hasMore, bool brokenAppointment = false,
                    const QString &deletedClient = {});
    qint64 committedClients();
    QString committedCursor();
    // What another connection finds in the search index.
    QStringList committedIndex();
    QStringList committedSearch(const QString &typed);

    std::unique_ptr<test::TempStore> m_store;
    // What another connection (the window's) sees: only committed rows.
    std::unique_ptr<store::ClinicStore> m_reader;
    int m_pages = 0;
};

namespace {
const QString kService = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-000000000001");
const QString kPractitioner = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-000000000002");
constexpr int kPageClients = 1000; // the smallest page treated as a catch-up page

QString clientId(int i)
{
    return QStringLiteral("0190a1b2-c3d4-7e5f-8b9b-%1").arg(i, 12, 10, QLatin1Char('0'));
}
} // namespace

void TestPageApplier::init()
{
    m_reader.reset();
    m_store = std::make_unique<test::TempStore>();
    QVERIFY(m_store->isOpen());
    m_pages = 0;
    auto &db = m_store->store->database();
    auto tx = store::Transaction::begin(db);
    QVERIFY(tx);
    auto svc = db.prepare("INSERT INTO service (id, name, duration_min, price_minor, currency) "
                          "VALUES (?1, 'Facial', 30, 0, 'USD');");
    QVERIFY(svc && svc->bind(1, kService).run());
    auto pr = db.prepare("INSERT INTO practitioner (id, display_name) VALUES (?1, 'Dr Ames');");
    QVERIFY(pr && pr->bind(1, kPractitioner).run());
    QVERIFY(tx->commit());
    auto reader = m_store->store->openConnection();
    QVERIFY(reader);
    m_reader = std::move(*reader);
}

QByteArray TestPageApplier::page(int firstClient, int clients, bool hasMore, bool brokenAppointment,
                                 const QString &deletedClient)
{
    protocol::PullResponse r;
    if (!deletedClient.isEmpty())
        r.tombstones.append({QStringLiteral("client"), deletedClient});
    for (int i = firstClient; i < firstClient + clients; ++i)
        r.rows.append({QStringLiteral("client"), clientId(i),
                       QJsonObject {{QStringLiteral("givenName"), QStringLiteral("Given%1").arg(i)},
                                    {QStringLiteral("familyName"), QStringLiteral("Family%1").arg(i % 37)}}});
    if (brokenAppointment) {
        // Ends before it starts: the store refuses it, and with it the page.
        r.rows.append({QStringLiteral("appointment"), QStringLiteral("0190a1b2-c3d4-7e5f-8c9b-000000000001"),
                       QJsonObject {{QStringLiteral("client_id"), clientId(firstClient)},
                                    {QStringLiteral("practitioner_id"), kPractitioner},
                                    {QStringLiteral("service_id"), kService},
                                    {QStringLiteral("start"), QStringLiteral("2027-01-04T15:00:00.000Z")},
                                    {QStringLiteral("end"), QStringLiteral("2027-01-04T14:00:00.000Z")},
                                    {QStringLiteral("status"), QStringLiteral("booked")}}});
    }
    r.hasMore = hasMore;
    r.cursor.generation = QStringLiteral("0190a1b2-c3d4-7e5f-8a9b-0000000000ff");
    r.cursor.seq = ++m_pages;
    return protocol::encodePullResponse(r);
}

qint64 TestPageApplier::committedClients()
{
    auto q = m_reader->database().prepare("SELECT count(*) FROM client;");
    return q ? store::scalar(*q).valueOr(-1) : -1;
}

QString TestPageApplier::committedCursor()
{
    store::SyncReplica replica(m_reader->database(), m_reader->audit(), m_reader->outbox());
    return replica.cursor().valueOr(QStringLiteral("?"));
}

QStringList TestPageApplier::committedIndex()
{
    QStringList out;
    auto q = m_reader->database().prepare("SELECT docid, names, phone, email FROM client_search ORDER BY docid;");
    while (q && q->next().valueOr(false))
        out << QStringLiteral("%1 %2|%3|%4").arg(q->int64(0)).arg(q->text(1), q->text(2), q->text(3));
    return out;
}

QStringList TestPageApplier::committedSearch(const QString &typed)
{
    QStringList ids;
    for (const auto &c : m_reader->clients().search(typed).valueOr({}))
        ids << c.id.toString();
    return ids;
}

void TestPageApplier::queuedCatchUpPagesCommitTogether()
{
    sync::PageApplier applier(*m_store->store);
    QSignalSpy applied(&applier, &sync::PageApplier::applied);
    QSignalSpy taken(&applier, &sync::PageApplier::taken);
    // Two pages applied back to back, as when they wait in the queue.
    applier.apply(1, page(0, kPageClients, true));
    applier.apply(1, page(kPageClients, kPageClients, true));
    // Out of memory, into the open batch: the engine may fetch two more.
    QCOMPARE(taken.count(), 2);
    QCOMPARE(applied.count(), 0);
    QCOMPARE(committedClients(), 0);
    QCOMPARE(committedCursor(), QString());
    // Nothing else waits: the batch commits, and both pages are reported.
    QTRY_COMPARE(applied.count(), 2);
    for (const QList<QVariant> &a : std::as_const(applied)) {
        QCOMPARE(a.at(0).toULongLong(), quint64(1));
        QVERIFY(a.at(1).toBool()); // changed
        QCOMPARE(a.at(2).toString(), QString());
    }
    QCOMPARE(committedClients(), 2 * kPageClients);
    QVERIFY(committedCursor().contains(u"2"));
    applier.close();
}

void TestPageApplier::batchCommitsWhenNoPageIsWaiting()
{
    sync::PageApplier applier(*m_store->store);
    QSignalSpy applied(&applier, &sync::PageApplier::applied);
    applier.apply(1, page(0, kPageClients, true));
    QTRY_COMPARE(applied.count(), 1);
    QCOMPARE(committedClients(), kPageClients);
    applier.apply(1, page(kPageClients, kPageClients, true));
    QTRY_COMPARE(applied.count(), 2);
    QCOMPARE(committedClients(), 2 * kPageClients);
    applier.close();
}

void TestPageApplier::lastPageCommitsTheBatchFirst()
{
    sync::PageApplier applier(*m_store->store);
    QSignalSpy applied(&applier, &sync::PageApplier::applied);
    applier.apply(1, page(0, kPageClients, true));
    applier.apply(1, page(kPageClients, 10, false)); // the catch-up's end
    // Both reported, in order, before the event loop ran: the small last
    // page is its own transaction after the batch.
    QCOMPARE(applied.count(), 2);
    QCOMPARE(committedClients(), kPageClients + 10);
    QVERIFY(committedCursor().contains(u"2"));
    applier.close();
}

void TestPageApplier::failingPageRollsBackItsBatch()
{
    {
        sync::PageApplier applier(*m_store->store);
        QSignalSpy applied(&applier, &sync::PageApplier::applied);
        applier.apply(1, page(0, kPageClients, true));
        applier.apply(1, page(kPageClients, kPageClients, true, true));
        // Both pages of the batch fail; the cursor stays where it was, so
        // the next cycle pulls the first page again.
        QCOMPARE(applied.count(), 2);
        for (const QList<QVariant> &a : std::as_const(applied))
            QVERIFY(!a.at(2).toString().isEmpty());
        QCOMPARE(committedClients(), 0);
        QCOMPARE(committedCursor(), QString());
        // Later pages of the failed cycle are dropped.
        applier.apply(1, page(2 * kPageClients, kPageClients, false));
        QCOMPARE(applied.count(), 2);
        QCOMPARE(committedClients(), 0);
        // The next cycle starts again from the committed cursor.
        applier.apply(2, page(0, kPageClients, false));
        QCOMPARE(applied.count(), 3);
        QCOMPARE(applied.last().at(2).toString(), QString());
        QCOMPARE(committedClients(), kPageClients);
        applier.close();
    }
    QVERIFY(m_store->reopen());
    auto q = m_store->store->database().prepare("PRAGMA integrity_check;");
    QVERIFY(q && q->next().valueOr(false));
    QCOMPARE(q->text(0), QStringLiteral("ok"));
}

void TestPageApplier::killedMidBatchResumesAfterTheLastCommit()
{
    QString cursorBefore;
    {
        sync::PageApplier applier(*m_store->store);
        QSignalSpy applied(&applier, &sync::PageApplier::applied);
        applier.apply(1, page(0, kPageClients, true));
        QTRY_COMPARE(applied.count(), 1);
        cursorBefore = committedCursor();
        applier.apply(1, page(kPageClients, kPageClients, true));
        applier.apply(1, page(2 * kPageClients, kPageClients, true));
        QCOMPARE(applied.count(), 1);
        // The process dies here: the applier goes without closing, its
        // connection without committing (as after a SIGKILL, the log holds
        // no commit of these pages).
    }
    QCOMPARE(committedClients(), kPageClients);
    QCOMPARE(committedCursor(), cursorBefore);
    // The search index of the committed clients was being built in memory,
    // and went with the process; opening the store indexes them.
    QCOMPARE(committedIndex().size(), 0);
    QVERIFY(m_store->reopen());
    QCOMPARE(committedClients(), kPageClients);
    QCOMPARE(committedIndex().size(), kPageClients);
    // Resumed from that cursor, the next pages go in once each.
    sync::PageApplier applier(*m_store->store);
    QSignalSpy applied(&applier, &sync::PageApplier::applied);
    applier.apply(2, page(kPageClients, kPageClients, true));
    applier.apply(2, page(2 * kPageClients, kPageClients, false));
    QCOMPARE(applied.count(), 2);
    QCOMPARE(committedClients(), 3 * kPageClients);
    QCOMPARE(committedIndex().size(), 3 * kPageClients);
    QCOMPARE(committedSearch(QStringLiteral("given2999")), QStringList {clientId(2999)});
    applier.close();
}

void TestPageApplier::pageWithTombstonesIsNotBatched()
{
    // A batch runs without the foreign keys' checks, which deletes rely on:
    // the batch before a page with tombstones commits, and that page is a
    // transaction of its own (both reported before the event loop ran).
    sync::PageApplier applier(*m_store->store);
    QSignalSpy applied(&applier, &sync::PageApplier::applied);
    applier.apply(1, page(0, kPageClients, true));
    QCOMPARE(applied.count(), 0);
    applier.apply(1, page(kPageClients, kPageClients, true, false, clientId(3)));
    QCOMPARE(applied.count(), 2);
    for (const QList<QVariant> &a : std::as_const(applied))
        QCOMPARE(a.at(2).toString(), QString());
    QCOMPARE(committedClients(), 2 * kPageClients - 1);
    QVERIFY(committedCursor().contains(u"2"));
    applier.close();
}

void TestPageApplier::appointmentBeforeItsClientIsParkedAsSent()
{
    // The appointment's data as the server wrote it, escapes and all: the
    // page reader keeps that text for a parked row instead of an object.
    const QString appointment = QStringLiteral("0190a1b2-c3d4-7e5f-8c9b-000000000007");
    const QByteArray data = R"({"client_id":")" + clientId(5).toLatin1()
        + R"(","end":"2027-01-04T15:00:00.000Z",)"
          R"("notes":"Ren\u00e9e \"VIP\"\nsecond line","practitioner_id":")"
        + kPractitioner.toLatin1() + R"(","service_id":")" + kService.toLatin1()
        + R"(","start":"2027-01-04T14:00:00.000Z","status":"booked"})";
    const QByteArray gen = "0190a1b2-c3d4-7e5f-8a9b-0000000000ff";
    const QByteArray first = R"({"cursor":"1.)" + gen + R"(.0.1","has_more":false,"rows":[{"data":)" + data
        + R"(,"id":")" + appointment.toLatin1() + R"(","type":"appointment"}],"tombstones":[]})";
    auto read = sync::PageApplier::read(first);
    QVERIFY(read);
    QVERIFY(read->rows.at(0).data.isEmpty()); // read the short way: columns, and the text kept
    QCOMPARE(read->rows.at(0).dataText, data);
    sync::PageApplier applier(*m_store->store);
    QSignalSpy applied(&applier, &sync::PageApplier::applied);
    applier.apply(1, first);
    QTRY_COMPARE(applied.count(), 1);
    QCOMPARE(applied.at(0).at(2).toString(), QString());
    {
        auto q = m_reader->database().prepare("SELECT data FROM sync_parked_row WHERE id = ?1;");
        QVERIFY(q);
        q->bind(1, appointment);
        auto row = q->next();
        QVERIFY(row && *row);
        QCOMPARE(q->text(0).toUtf8(), data);
    }
    // The client arrives: the parked appointment goes in with its notes intact.
    protocol::PullResponse r;
    r.rows.append({QStringLiteral("client"), clientId(5),
                   QJsonObject {{QStringLiteral("givenName"), QStringLiteral("Ana")},
                                {QStringLiteral("familyName"), QStringLiteral("Ruiz")}}});
    r.cursor.generation = QString::fromLatin1(gen);
    r.cursor.seq = 2;
    applier.apply(2, protocol::encodePullResponse(r));
    QTRY_COMPARE(applied.count(), 2);
    QCOMPARE(applied.at(1).at(2).toString(), QString());
    auto q = m_reader->database().prepare("SELECT notes, client_id FROM appointment WHERE id = ?1;");
    QVERIFY(q);
    q->bind(1, appointment);
    auto row = q->next();
    QVERIFY(row && *row);
    QCOMPARE(q->text(0), QStringLiteral("Ren\u00e9e \"VIP\"\nsecond line"));
    QCOMPARE(q->text(1), clientId(5));
    applier.close();
}

void TestPageApplier::firstSyncIndexesItsClientsAside()
{
    // A builder that failed would fall back to indexing on the writer.
    QTest::failOnWarning(QRegularExpression(QStringLiteral("search index built aside")));
    const QList<QByteArray> pages {page(0, kPageClients, true), page(kPageClients, kPageClients, true),
                                   page(2 * kPageClients, kPageClients, true), page(3 * kPageClients, 10, false)};
    // The reference: the same pages into another store, each indexed as it
    // is written.
    QStringList expected;
    {
        test::TempStore reference;
        QVERIFY(reference.isOpen());
        auto &db = reference.store->database();
        for (const char *sql : {"INSERT INTO service (id, name, duration_min, price_minor, currency) "
                                "VALUES ('0190a1b2-c3d4-7e5f-8a9b-000000000001', 'Facial', 30, 0, 'USD');",
                                "INSERT INTO practitioner (id, display_name) "
                                "VALUES ('0190a1b2-c3d4-7e5f-8a9b-000000000002', 'Dr Ames');"})
            QVERIFY(db.exec(sql));
        store::SyncReplica replica(db, reference.store->audit(), reference.store->outbox());
        for (const QByteArray &body : pages) {
            auto read = sync::PageApplier::read(body);
            QVERIFY(read);
            QVERIFY(replica.applyPage(read->rows, read->tombstones, read->cursor, read->hasMore));
        }
        auto q = db.prepare("SELECT docid, names, phone, email FROM client_search ORDER BY docid;");
        while (q && q->next().valueOr(false))
            expected << QStringLiteral("%1 %2|%3|%4").arg(q->int64(0)).arg(q->text(1), q->text(2), q->text(3));
    }
    QCOMPARE(expected.size(), 3 * kPageClients + 10);

    sync::PageApplier applier(*m_store->store);
    QSignalSpy applied(&applier, &sync::PageApplier::applied);
    for (int i = 0; i < 3; ++i)
        applier.apply(1, pages.at(i));
    QTRY_COMPARE(applied.count(), 3);
    // Committed, but searchable only once the catch-up ends.
    QCOMPARE(committedClients(), 3 * kPageClients);
    QCOMPARE(committedSearch(QStringLiteral("given1234")), QStringList());
    applier.apply(1, pages.at(3));
    QCOMPARE(applied.count(), 4);
    QCOMPARE(committedIndex(), expected);
    QCOMPARE(committedSearch(QStringLiteral("given1234")), QStringList {clientId(1234)});
    QVERIFY(m_reader->database().exec("INSERT INTO client_search (client_search) VALUES ('integrity-check');"));
    QCOMPARE(store::readSetting(m_reader->database(), QStringLiteral("search.incomplete")).valueOr(u"?"_s), QString());
    applier.close();
}

void TestPageApplier::aClientEditedDuringTheCatchUpKeepsItsEdit()
{
    QTest::failOnWarning(QRegularExpression(QStringLiteral("search index built aside")));
    sync::PageApplier applier(*m_store->store);
    QSignalSpy applied(&applier, &sync::PageApplier::applied);
    applier.apply(1, page(0, kPageClients, true));
    QTRY_COMPARE(applied.count(), 1);
    // The front desk corrects a client's name while the sync goes on: the
    // window's connection indexes it as any edit.
    auto &db = m_reader->database();
    {
        auto tx = store::Transaction::begin(db);
        QVERIFY(tx);
        auto rename = db.prepare("UPDATE client SET family_name = 'Okafor' WHERE id = ?1;");
        QVERIFY(rename && rename->bind(1, clientId(7)).run());
        // A new phone keeps the name, and with it the docid the entry built
        // aside has.
        auto phone = db.prepare("UPDATE client SET phone = '+12125550199' WHERE id = ?1;");
        QVERIFY(phone && phone->bind(1, clientId(8)).run());
        for (const int client : {7, 8}) {
            auto rowId = db.prepare("SELECT rowid FROM client WHERE id = ?1;");
            QVERIFY(rowId);
            rowId->bind(1, clientId(client));
            QVERIFY(store::indexClientRow(db, store::scalar(*rowId).valueOr(-1)));
        }
        QVERIFY(tx->commit());
    }
    applier.apply(1, page(kPageClients, kPageClients, true));
    applier.apply(1, page(2 * kPageClients, 10, false));
    QTRY_COMPARE(applied.count(), 3);
    QCOMPARE(committedIndex().size(), 2 * kPageClients + 10);
    QCOMPARE(committedSearch(QStringLiteral("okafor")), QStringList {clientId(7)});
    QCOMPARE(committedSearch(QStringLiteral("5550199")), QStringList {clientId(8)});
    // No entry of the name it had is left behind.
    QCOMPARE(committedIndex().filter(QRegularExpression(QStringLiteral("^\\d+ given7 family7 "))), QStringList());
    QCOMPARE(committedSearch(QStringLiteral("given1500")), QStringList {clientId(1500)});
    QVERIFY(db.exec("INSERT INTO client_search (client_search) VALUES ('integrity-check');"));
    applier.close();
}

QTEST_GUILESS_MAIN(TestPageApplier)
#include "tst_pageapplier.moc"
