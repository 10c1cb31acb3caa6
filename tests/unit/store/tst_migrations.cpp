#include "store/appointmentrepository.h"
#include "store/auditlog.h"
#include "store/clientrepository.h"
#include "store/clinicrepository.h"
#include "store/database.h"
#include "store/deferredindexes.h"
#include "store/migrations.h"
#include "store/outbox.h"
#include "store/practitionerrepository.h"
#include "store/query.h"
#include "storetesthelpers.h"
#include "storev1fixture.h"
#include "support/tempstore.h"
#include "support/testkeys.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace msp;
using namespace msp::store;
using namespace msp::test;

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void freshStoreIsLatest();
    void reopeningDoesNotMigrateAgain();
    void migrateStepByStep();
    void refundsSurviveTheV12Copy();
    void v14BlockTriggerFillsOnlyWhatIsLeftOut();
    void v14BuildsIndexesACatchUpLeftDeferred();
    void tooNewStoreIsRefusedUntouched();
    void migrateRefusesTooNew();
    void fixtureIsSchemaV1();
    void fourKiBPagesWithALogNotYetCheckpointedOpen();
    void upgradesV1Fixture();
    void upgradedFixtureSearch_data();
    void upgradedFixtureSearch();

private:
    // Copies the committed fixture into `dir` and returns the copy's path.
    QString copyFixture(const QTemporaryDir &dir);
};

QString TestMigrations::copyFixture(const QTemporaryDir &dir)
{
    const QString source = QDir(QStringLiteral(MEDSPASYNC_TEST_FIXTURES)).filePath(v1fixture::fileName());
    const QString target = dir.filePath(ClinicStore::fileName());
    if (!QFile::copy(source, target))
        return {};
    QFile(target).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return target;
}

void TestMigrations::freshStoreIsLatest()
{
    QVERIFY(latestSchemaVersion() >= 2);
    TempStore s;
    QVERIFY(s.isOpen());
    QCOMPARE(s.store->database().userVersion().valueOr(-1), latestSchemaVersion());
    // Every table of the latest schema is there, including the search index.
    for (const char *table : {"clinic", "client", "appointment", "invoice", "audit_event", "outbox", "client_search"}) {
        auto q = s.store->database().prepare("SELECT count(*) FROM sqlite_master WHERE name = ?1;");
        QVERIFY(q);
        q->bind(1, QString::fromLatin1(table));
        QCOMPARE(scalar(*q).valueOr(-1), qint64(1));
    }
    // A fresh store has written nothing to the audit log or the outbox.
    QCOMPARE(writeCounts(*s.store), (WriteCounts {0, 0}));
}

void TestMigrations::reopeningDoesNotMigrateAgain()
{
    TempStore s;
    QVERIFY(s.isOpen());
    QVERIFY(s.store->clients().create(
        adminActor(), makeClient(QStringLiteral("Ana"), QStringLiteral("Lima"), QStringLiteral("555-234-5678"), {})));
    for (int i = 0; i < 3; ++i)
        QVERIFY(s.reopen());
    QCOMPARE(s.store->database().userVersion().valueOr(-1), latestSchemaVersion());
    QCOMPARE(s.store->clients().count().valueOr(-1), qint64(1));
    QCOMPARE(s.store->clients().search(u"ana").valueOr({}).size(), 1); // indexed once, not twice
}

void TestMigrations::migrateStepByStep()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("steps.db")), randomKey());
    QVERIFY(db);
    QVERIFY(migrate(**db, 1));
    QCOMPARE((*db)->userVersion().valueOr(-1), 1);
    {
        // Scoped: a statement still open would lock the tables later steps change.
        auto fts = (*db)->prepare("SELECT count(*) FROM sqlite_master WHERE name = 'client_search';");
        QVERIFY(fts);
        QCOMPARE(scalar(*fts).valueOr(-1), qint64(0));
    }
    QVERIFY(migrate(**db, 1)); // already there: nothing to do
    QVERIFY(migrate(**db));
    QCOMPARE((*db)->userVersion().valueOr(-1), latestSchemaVersion());
}

void TestMigrations::refundsSurviveTheV12Copy()
{
    // v12 copies the refund table to let a deposit's refund have no invoice;
    // an invoice's refund written before keeps every field.
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("v12.db")), randomKey());
    QVERIFY(db);
    QVERIFY(migrate(**db, 10));
    QVERIFY((*db)->exec("PRAGMA foreign_keys = OFF; INSERT INTO refund (id, invoice_id, tender_line_id, kind, "
                        "amount_minor, reason, status, provider_ref, failure, created_at, updated_at) VALUES ('r1', "
                        "'i1', 't1', 'card', 1234, 'Goodwill', 'pending', 'pi_1', '', 5, 6);"));
    QVERIFY(migrate(**db));
    QCOMPARE((*db)->userVersion().valueOr(-1), latestSchemaVersion());
    {
        auto q = (*db)->prepare("SELECT invoice_id || tender_line_id || kind || amount_minor || reason || status || "
                                "provider_ref || created_at || updated_at, deposit_id IS NULL FROM refund;");
        QVERIFY(q);
        auto row = q->next();
        QVERIFY(row && *row);
        QCOMPARE(q->text(0), QStringLiteral("i1t1card1234Goodwillpendingpi_156"));
        QCOMPARE(q->int64(1), qint64(1));
    }
    // Either an invoice's tender or a deposit, never both or neither.
    QVERIFY(!(*db)->exec("INSERT INTO refund (id, kind, amount_minor, reason, status, created_at, updated_at) "
                         "VALUES ('r2', 'cash', 1, 'x', 'succeeded', 1, 1);"));
    QVERIFY((*db)->exec("INSERT INTO refund (id, deposit_id, kind, amount_minor, reason, status, created_at, "
                        "updated_at) VALUES ('r3', 'd1', 'cash', 1, 'x', 'succeeded', 1, 1);"));
}

namespace {
QString queryPlan(Database &db, const char *sql)
{
    auto q = db.prepare(QByteArray("EXPLAIN QUERY PLAN ").append(sql).constData());
    QStringList steps;
    while (q && q->next().valueOr(false))
        steps << q->text(3);
    return steps.join(u"; ");
}

// A service with buffers, a practitioner and a client, by raw SQL.
bool seedForAppointments(Database &db)
{
    return bool(db.exec("INSERT INTO service (id, name, duration_min, buffer_before_min, buffer_after_min, "
                        "price_minor, currency) VALUES ('s1', 'Laser', 30, 10, 5, 0, 'USD'); "
                        "INSERT INTO practitioner (id, display_name) VALUES ('p1', 'Dr A'); "
                        "INSERT INTO client (id, given_name, family_name, created_at, updated_at) "
                        "VALUES ('c1', 'Ana', 'Lopez', 0, 0);"));
}

QList<qint64> blockOf(Database &db, const char *id)
{
    auto q = db.prepare("SELECT block_start_utc, block_end_utc FROM appointment WHERE id = ?1;");
    if (!q || !q->bind(1, QString::fromLatin1(id)).next().valueOr(false) || q->isNull(0))
        return {};
    return {q->int64(0), q->int64(1)};
}
} // namespace

void TestMigrations::v14BlockTriggerFillsOnlyWhatIsLeftOut()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("v14.db")), randomKey());
    QVERIFY(db);
    QVERIFY(migrate(**db, 13));
    QVERIFY(seedForAppointments(**db));
    QVERIFY(migrate(**db));
    QCOMPARE((*db)->userVersion().valueOr(-1), latestSchemaVersion());
    // A writer that leaves the block out gets it from the service's buffers.
    QVERIFY((*db)->exec("INSERT INTO appointment (id, client_id, practitioner_id, service_id, start_utc, end_utc, "
                        "status, updated_at) VALUES ('a1', 'c1', 'p1', 's1', 3600000, 5400000, 'booked', 0);"));
    QCOMPARE(blockOf(**db, "a1"), (QList<qint64> {3600000 - 600000, 5400000 + 300000}));
    // One that writes it keeps what it wrote (the repositories and the sync
    // replica compute it the same way).
    QVERIFY((*db)->exec("INSERT INTO appointment (id, client_id, practitioner_id, service_id, start_utc, end_utc, "
                        "status, updated_at, block_start_utc, block_end_utc) VALUES ('a2', 'c1', 'p1', 's1', "
                        "3600000, 5400000, 'booked', 0, 3000000, 5700000);"));
    QCOMPARE(blockOf(**db, "a2"), (QList<qint64> {3000000, 5700000}));
    // Only appointments of a series are in the series index, and a series'
    // appointments are still found through it.
    QVERIFY((*db)->exec("INSERT INTO appointment_series (id, rrule, time_zone, first_start_utc, duration_min, "
                        "exdates, client_id, practitioner_id, service_id, updated_at) VALUES ('r1', "
                        "'FREQ=WEEKLY', 'UTC', 0, 30, '', 'c1', 'p1', 's1', 0); "
                        "UPDATE appointment SET series_id = 'r1' WHERE id = 'a2';"));
    QCOMPARE(queryPlan(**db, "SELECT id FROM appointment WHERE series_id = 'r1';"),
             QStringLiteral("SEARCH TABLE appointment USING INDEX appointment_by_series (series_id=?)"));
    auto inIndex = (*db)->prepare("SELECT count(*) FROM appointment INDEXED BY appointment_by_series "
                                  "WHERE series_id IS NOT NULL;");
    QVERIFY(inIndex);
    QCOMPARE(scalar(*inIndex).valueOr(-1), qint64(1));
}

void TestMigrations::v14BuildsIndexesACatchUpLeftDeferred()
{
    // A v13 catch-up cut short left its indexes dropped, to be built from
    // their old SQL: v14 builds them first, then replaces the series index.
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("v14d.db")), randomKey());
    QVERIFY(db);
    QVERIFY(migrate(**db, 13));
    QVERIFY(deferCatchUpIndexes(**db).valueOr(false)); // into empty tables, as a first sync
    QVERIFY(seedForAppointments(**db));
    QVERIFY((*db)->exec("INSERT INTO appointment (id, client_id, practitioner_id, service_id, start_utc, end_utc, "
                        "status, updated_at) VALUES ('a1', 'c1', 'p1', 's1', 3600000, 5400000, 'booked', 0);"));
    QVERIFY(hasDeferredIndexes(**db).valueOr(false));
    QVERIFY(migrate(**db));
    QVERIFY(!hasDeferredIndexes(**db).valueOr(true));
    auto sql = (*db)->prepare("SELECT sql FROM sqlite_master WHERE name = 'appointment_by_series';");
    QVERIFY(sql && sql->next().valueOr(false));
    QVERIFY2(sql->text(0).contains(QStringLiteral("WHERE series_id IS NOT NULL")), qPrintable(sql->text(0)));
    QVERIFY(queryPlan(**db, "SELECT id FROM appointment WHERE client_id = 'c1';").contains(u"appointment_by_client"));
}

void TestMigrations::tooNewStoreIsRefusedUntouched()
{
    TempStore s;
    QVERIFY(s.isOpen());
    QVERIFY(s.store->clients().create(
        adminActor(), makeClient(QStringLiteral("Ana"), QStringLiteral("Lima"), QStringLiteral("555-234-5678"), {})));
    const int future = latestSchemaVersion() + 1;
    QVERIFY(s.store->database().setUserVersion(future));
    s.store.reset();

    const QString folder = QFileInfo(s.path()).absolutePath();
    const auto listing = [&] { return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name); };
    const QByteArray before = fileBytes(s.path());
    const QStringList filesBefore = listing();
    QFile f(s.path());
    QVERIFY(f.open(QIODevice::ReadWrite));
    const QDateTime stamp(QDate(2021, 3, 3), QTime(3, 3), Qt::UTC);
    QVERIFY(f.setFileTime(stamp, QFileDevice::FileModificationTime));
    f.close();

    auto opened = ClinicStore::open(s.path(), s.key);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::StoreTooNew);
    QVERIFY2(opened.error().message.contains(QDir::toNativeSeparators(s.path())), qPrintable(opened.error().message));
    QVERIFY(opened.error().message.contains(QString::number(future)));
    QVERIFY(opened.error().message.contains(QString::number(latestSchemaVersion())));
    QVERIFY(fileBytes(s.path()) == before);
    QCOMPARE(QFileInfo(s.path()).lastModified(), stamp);
    QCOMPARE(listing(), filesBefore);
}

void TestMigrations::migrateRefusesTooNew()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("new.db")), randomKey());
    QVERIFY(db);
    QVERIFY((*db)->setUserVersion(latestSchemaVersion() + 5));
    const auto r = migrate(**db);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::StoreTooNew);
    QCOMPARE((*db)->userVersion().valueOr(-1), latestSchemaVersion() + 5);
    auto tables = (*db)->prepare("SELECT count(*) FROM sqlite_master;");
    QVERIFY(tables);
    QCOMPARE(scalar(*tables).valueOr(-1), qint64(0));
}

void TestMigrations::fixtureIsSchemaV1()
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir);
    QVERIFY2(!path.isEmpty(), "tests/fixtures/store-v1.db is missing: run make_store_v1_fixture");
    // One self-contained file: no WAL or journal beside it in the repository.
    const QString fixtures = QStringLiteral(MEDSPASYNC_TEST_FIXTURES);
    QVERIFY(!QFile::exists(QDir(fixtures).filePath(v1fixture::fileName() + QStringLiteral("-wal"))));
    QVERIFY(!QFile::exists(QDir(fixtures).filePath(v1fixture::fileName() + QStringLiteral("-journal"))));
    QVERIFY(!fileBytes(path).startsWith("SQLite format 3")); // encrypted
    auto db = Database::open(path, fixtureKey(), Database::OpenMode::MustExist);
    QVERIFY(db);
    QCOMPARE((*db)->pageBytes(), Database::kLegacyPageBytes); // written before 16 KiB pages
    QCOMPARE((*db)->userVersion().valueOr(-1), 1);
    auto q = (*db)->prepare("SELECT count(*) FROM client;");
    QVERIFY(q);
    QCOMPARE(scalar(*q).valueOr(-1), qint64(3));
    auto wrong = Database::open(path, randomKey(), Database::OpenMode::MustExist);
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, ErrorCode::StoreLocked);
}

// A store in 4 KiB pages whose process died with changes still in its
// write-ahead log: opening it first tries 16 KiB pages, which must not
// checkpoint that log through the wrong page size, then opens it in its
// own, with every change there. Wrong keys (both sizes tried) leave the
// store and its log as they were.
void TestMigrations::fourKiBPagesWithALogNotYetCheckpointedOpen()
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir);
    QVERIFY(!path.isEmpty());
    const QString crashed = dir.filePath(QStringLiteral("crashed.db"));
    {
        auto db = Database::open(path, fixtureKey(), Database::OpenMode::MustExist);
        QVERIFY(db);
        QVERIFY((*db)->exec("PRAGMA journal_mode = WAL; CREATE TABLE probe (n INTEGER); "
                            "INSERT INTO probe VALUES (42); UPDATE client SET given_name = 'Logged';"));
        // The files as a killed process leaves them: the change only in the log.
        QVERIFY(QFileInfo(path + QStringLiteral("-wal")).size() > 0);
        QVERIFY(QFile::copy(path, crashed));
        QVERIFY(QFile::copy(path + QStringLiteral("-wal"), crashed + QStringLiteral("-wal")));
    }
    const QByteArray logBefore = fileBytes(crashed + QStringLiteral("-wal"));
    const QByteArray storeBefore = fileBytes(crashed);
    for (int i = 0; i < 2; ++i) {
        auto wrong = Database::open(crashed, randomKey(), Database::OpenMode::MustExist);
        QVERIFY(!wrong);
        QCOMPARE(wrong.error().code, ErrorCode::StoreLocked);
    }
    QCOMPARE(fileBytes(crashed), storeBefore);
    QCOMPARE(fileBytes(crashed + QStringLiteral("-wal")), logBefore);

    {
        auto db = Database::open(crashed, fixtureKey(), Database::OpenMode::MustExist);
        QVERIFY2(db, db ? "" : qPrintable(db.error().message));
        QCOMPARE((*db)->pageBytes(), Database::kLegacyPageBytes);
        auto probe = (*db)->prepare("SELECT n FROM probe;");
        QVERIFY(probe);
        QCOMPARE(scalar(*probe).valueOr(-1), qint64(42));
        auto logged = (*db)->prepare("SELECT count(*) FROM client WHERE given_name = 'Logged';");
        QVERIFY(logged);
        QCOMPARE(scalar(*logged).valueOr(-1), qint64(3));
    }
    // And it migrates and works as any store, in its own page size.
    auto store = ClinicStore::open(crashed, fixtureKey());
    QVERIFY2(store, store ? "" : qPrintable(store.error().message));
    QCOMPARE((*store)->database().pageBytes(), Database::kLegacyPageBytes);
    QCOMPARE((*store)->clients().count().valueOr(-1), qint64(3));
}

void TestMigrations::upgradesV1Fixture()
{
    QTemporaryDir dir;
    const QString path = copyFixture(dir);
    QVERIFY(!path.isEmpty());
    auto opened = ClinicStore::open(path, fixtureKey());
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    ClinicStore &store = **opened;
    QCOMPARE(store.database().userVersion().valueOr(-1), latestSchemaVersion());

    const auto clinic = store.clinic().clinic();
    QVERIFY(clinic);
    QCOMPARE(clinic->id.toString(), v1fixture::clinicId());
    QCOMPARE(clinic->name, QStringLiteral("Lumière Med Spa"));
    QCOMPARE(clinic->timeZone, QByteArray("America/Chicago"));
    QCOMPARE(store.clinic().rooms().valueOr({}).size(), 1);

    const auto practitioner = store.practitioners().find(EntityId::fromString(v1fixture::practitionerId()));
    QVERIFY(practitioner);
    QCOMPARE(practitioner->displayName, QStringLiteral("Inès Moreau"));
    QVERIFY(practitioner->workingHours.covers(1, 540, 1020));
    QVERIFY(practitioner->workingHours.covers(3, 600, 960));
    QCOMPARE(practitioner->qualifiedServiceIds, QList<EntityId> {EntityId::fromString(v1fixture::serviceId())});

    const auto service = store.services().find(EntityId::fromString(v1fixture::serviceId()));
    QVERIFY(service);
    QCOMPARE(service->name, QStringLiteral("Laser facial"));
    QCOMPARE(service->price, Money(25000, QStringLiteral("USD")));
    QCOMPARE(service->bufferAfterMinutes, 15);

    QCOMPARE(store.clients().count().valueOr(-1), qint64(3));
    const auto jose = store.clients().open(adminActor(), EntityId::fromString(v1fixture::joseId()));
    QVERIFY(jose);
    QCOMPARE(jose->name.given(), QStringLiteral("José"));
    QCOMPARE(jose->name.family(), QStringLiteral("Núñez"));
    QCOMPARE(jose->dateOfBirth.date(), QDate(1984, 3, 12));
    QCOMPARE(jose->phone.e164(), QStringLiteral("+15552014477"));
    QCOMPARE(jose->email.value(), QStringLiteral("jose.nunez@example.com"));
    QCOMPARE(jose->allergies, QStringLiteral("lidocaine"));
    QVERIFY(jose->marketingConsent);
    QCOMPARE(jose->createdAt, QDateTime::fromMSecsSinceEpoch(1717430400000, Qt::UTC));

    const auto appointment = store.appointments().find(EntityId::fromString(v1fixture::appointmentId()));
    QVERIFY(appointment);
    QCOMPARE(appointment->clientId, jose->id);
    QCOMPARE(appointment->status, AppointmentStatus::Booked);
    QCOMPARE(appointment->syncState, SyncState::Confirmed);
    QCOMPARE(appointment->durationMinutes(), qint64(45));
    QCOMPARE(store.appointments().history(appointment->id).valueOr({}).size(), 1);

    // Pending changes survive the upgrade and are still pushed.
    const auto pending = store.outbox().pending(10);
    QVERIFY(pending);
    QCOMPARE(pending->size(), 1);
    QCOMPARE(pending->first().name, QStringLiteral("create_client"));
    QCOMPARE(pending->first().entityId, jose->id);

    // The old audit chain continues: the fixture's event plus this session's
    // client.view verify as one chain.
    const auto chain = store.audit().verifyChain();
    QVERIFY2(chain, chain ? "" : qPrintable(chain.error().message));
    QCOMPARE(*chain, qint64(2));

    // The upgraded store keeps working: a new client is found by search too.
    QVERIFY(store.clients().create(
        adminActor(),
        makeClient(QStringLiteral("Joselyn"), QStringLiteral("Park"), QStringLiteral("555-234-0000"), {})));
    QCOMPARE(store.clients().search(u"jose").valueOr({}).size(), 2);
}

void TestMigrations::upgradedFixtureSearch_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QStringList>("expectedIds");

    const QString jose = v1fixture::joseId();
    const QString zoe = v1fixture::zoeId();
    const QString francois = v1fixture::francoisId();
    QTest::newRow("jose finds José") << QStringLiteral("jose") << QStringList {jose};
    QTest::newRow("accented query") << QStringLiteral("JOSÉ") << QStringList {jose};
    QTest::newRow("family name without accents") << QStringLiteral("nunez") << QStringList {jose};
    QTest::newRow("phone digits with punctuation") << QStringLiteral("(555) 201-4477") << QStringList {jose};
    QTest::newRow("local phone number") << QStringLiteral("201-4477") << QStringList {jose};
    QTest::newRow("international phone") << QStringLiteral("+44 20 7946 0958") << QStringList {zoe};
    QTest::newRow("e-mail") << QStringLiteral("zoe@example.se") << QStringList {zoe};
    QTest::newRow("zoe without diaeresis") << QStringLiteral("zoe akesson") << QStringList {zoe};
    QTest::newRow("preferred name") << QStringLiteral("frank") << QStringList {francois};
    QTest::newRow("hyphenated family name part") << QStringLiteral("lefevre") << QStringList {francois};
    QTest::newRow("empty lists all by family name") << QString() << QStringList {zoe, francois, jose};
    QTest::newRow("no match") << QStringLiteral("xyzzy") << QStringList {};
}

void TestMigrations::upgradedFixtureSearch()
{
    QFETCH(QString, typed);
    QFETCH(QStringList, expectedIds);

    QTemporaryDir dir;
    const QString path = copyFixture(dir);
    QVERIFY(!path.isEmpty());
    auto opened = ClinicStore::open(path, fixtureKey());
    QVERIFY(opened);
    const auto found = (*opened)->clients().search(typed);
    QVERIFY2(found, found ? "" : qPrintable(found.error().message));
    QStringList ids;
    for (const auto &c : *found)
        ids << c.id.toString();
    QCOMPARE(ids, expectedIds);
}

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
