#include "store/clinicstore.h"
#include "store/database.h"
#include "store/query.h"
#include "storetesthelpers.h"
#include "support/tempstore.h"
#include "support/testkeys.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

using namespace msp;
using namespace msp::store;
using namespace msp::test;

namespace {
const QString kLockedPrefix = QStringLiteral("The clinic database could not be unlocked");

// What proves a refused file was left alone: its bytes, its modification
// time and the folder's listing (no journal, WAL or SHM left behind).
struct Untouched {
    QByteArray bytes;
    QDateTime modified;
    QStringList listing;

    static Untouched of(const QString &path)
    {
        const QFileInfo info(path);
        return {fileBytes(path), info.lastModified(),
                info.dir().entryList(QDir::Files | QDir::Hidden | QDir::System, QDir::Name)};
    }
    friend bool operator==(const Untouched &, const Untouched &) = default;
};

// Backdates a file so that any write would show in its modification time.
void backdate(const QString &path)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadWrite));
    QVERIFY(f.setFileTime(QDateTime(QDate(2020, 1, 1), QTime(12, 0), Qt::UTC), QFileDevice::FileModificationTime));
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

void verifyLocked(const Error &e, const QString &path)
{
    QCOMPARE(e.code, ErrorCode::StoreLocked);
    QVERIFY2(e.message.startsWith(kLockedPrefix), qPrintable(e.message));
    QVERIFY2(e.message.contains(QDir::toNativeSeparators(path)), qPrintable(e.message));
}
} // namespace

class TestDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsAndReopens();
    void newStoresAreWrittenInSixteenKiBPages();
    void mustExist();
    void refusesShortKey_data();
    void refusesShortKey();
    void wrongKeyLeavesFileUntouched();
    void wrongKeyOnRawDatabase();
    void notAStoreLeavesFileUntouched_data();
    void notAStoreLeavesFileUntouched();
    void directoryIsNotAStore();
    void userVersionRoundTrip();
    void queryBindingsRoundTrip();
    void statementsAreReusedClean();
};

void TestDatabase::createsAndReopens()
{
    TempStore s;
    QVERIFY(s.isOpen());
    QVERIFY(QFile::exists(s.path()));
    QCOMPARE(QFileInfo(s.path()).fileName(), QStringLiteral("clinic.db"));
    QCOMPARE(s.store->database().path(), s.path());
    auto client = s.store->clients().create(
        adminActor(),
        makeClient(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("555-234-5678"), {}));
    QVERIFY(client);
    QVERIFY(s.reopen());
    QCOMPARE(s.store->clients().count().valueOr(-1), qint64(1));
    // The store runs in WAL mode with foreign keys enforced.
    auto mode = s.store->database().prepare("PRAGMA journal_mode;");
    QVERIFY(mode);
    QVERIFY(mode->next().valueOr(false));
    QCOMPARE(mode->text(0), QStringLiteral("wal"));
    QCOMPARE(rawScalar(*s.store, "PRAGMA foreign_keys;"), qint64(1));
}

void TestDatabase::newStoresAreWrittenInSixteenKiBPages()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("pages.db"));
    const QByteArray key = randomKey();
    {
        auto db = Database::open(path, key);
        QVERIFY(db);
        QCOMPARE((*db)->pageBytes(), Database::kPageBytes);
        auto size = (*db)->prepare("PRAGMA page_size;");
        QVERIFY(size);
        QCOMPARE(scalar(*size).valueOr(-1), qint64(Database::kPageBytes));
        QVERIFY((*db)->exec("CREATE TABLE t (x BLOB); INSERT INTO t VALUES (zeroblob(100000));"));
    }
    // Whole 16 KiB pages on disk, and the same size found when reopened.
    QCOMPARE(QFileInfo(path).size() % Database::kPageBytes, 0);
    QVERIFY(QFileInfo(path).size() >= 7 * Database::kPageBytes);
    auto db = Database::open(path, key, Database::OpenMode::MustExist);
    QVERIFY(db);
    QCOMPARE((*db)->pageBytes(), Database::kPageBytes);
    auto n = (*db)->prepare("SELECT length(x) FROM t;");
    QVERIFY(n);
    QCOMPARE(scalar(*n).valueOr(-1), qint64(100000));
}

void TestDatabase::mustExist()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.db"));
    auto db = Database::open(path, randomKey(), Database::OpenMode::MustExist);
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::StoreIo);
    QVERIFY(db.error().message.contains(QDir::toNativeSeparators(path)));
    QVERIFY(!QFile::exists(path));
}

void TestDatabase::refusesShortKey_data()
{
    QTest::addColumn<QByteArray>("key");

    QTest::newRow("empty") << QByteArray();
    QTest::newRow("16 bytes") << QByteArray(16, 'k');
    QTest::newRow("33 bytes") << QByteArray(33, 'k');
}

void TestDatabase::refusesShortKey()
{
    QFETCH(QByteArray, key);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clinic.db"));
    auto db = Database::open(path, key);
    QVERIFY(!db);
    QCOMPARE(db.error().code, ErrorCode::Internal);
    QVERIFY(!QFile::exists(path));
}

void TestDatabase::wrongKeyLeavesFileUntouched()
{
    TempStore s;
    QVERIFY(s.isOpen());
    QVERIFY(s.store->clients().create(
        adminActor(),
        makeClient(QStringLiteral("Ada"), QStringLiteral("Lovelace"), QStringLiteral("555-234-5678"), {})));
    s.store.reset();
    backdate(s.path());
    const Untouched before = Untouched::of(s.path());
    QVERIFY(!before.bytes.isEmpty());

    auto opened = ClinicStore::open(s.path(), randomKey());
    QVERIFY(!opened);
    verifyLocked(opened.error(), s.path());
    QVERIFY(Untouched::of(s.path()) == before);

    // The right key still opens it afterwards, with the data intact.
    QVERIFY(s.reopen());
    QCOMPARE(s.store->clients().count().valueOr(-1), qint64(1));
}

void TestDatabase::wrongKeyOnRawDatabase()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plain.db"));
    const QByteArray key = randomKey();
    {
        auto db = Database::open(path, key);
        QVERIFY(db);
        QVERIFY((*db)->exec("CREATE TABLE t(x); INSERT INTO t VALUES (1);"));
    }
    backdate(path);
    const Untouched before = Untouched::of(path);
    QByteArray wrong = key;
    wrong[0] = char(wrong.at(0) ^ 1); // one bit off
    auto db = Database::open(path, wrong);
    QVERIFY(!db);
    verifyLocked(db.error(), path);
    QVERIFY(Untouched::of(path) == before);
}

void TestDatabase::notAStoreLeavesFileUntouched_data()
{
    QTest::addColumn<QByteArray>("content");

    QByteArray random(64 * 1024, Qt::Uninitialized);
    QRandomGenerator gen(20250615);
    for (auto &c : random)
        c = char(gen.bounded(256));
    QTest::newRow("random bytes") << random;
    QTest::newRow("plain text") << QByteArray("Client list\nJane Doe, 555-234-5678\n").repeated(200);
    QByteArray sqliteHeader("SQLite format 3\0", 16);
    sqliteHeader.append(QByteArray(4096 - 16, '\0'));
    sqliteHeader[16] = 0x10; // page size 4096, as an unencrypted SQLite file starts
    sqliteHeader[17] = 0x00;
    QTest::newRow("unencrypted SQLite header") << sqliteHeader;
    QTest::newRow("one byte") << QByteArray("x");
}

void TestDatabase::notAStoreLeavesFileUntouched()
{
    QFETCH(QByteArray, content);

    QTemporaryDir dir;
    const QString path = dir.filePath(ClinicStore::fileName());
    writeFile(path, content);
    backdate(path);
    const Untouched before = Untouched::of(path);

    auto opened = ClinicStore::open(path, randomKey());
    QVERIFY(!opened);
    verifyLocked(opened.error(), path);
    QVERIFY(Untouched::of(path) == before);
    QCOMPARE(fileBytes(path), content);
}

void TestDatabase::directoryIsNotAStore()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("clinic.db"));
    QVERIFY(QDir().mkdir(path));
    auto opened = ClinicStore::open(path, randomKey());
    QVERIFY(!opened);
    verifyLocked(opened.error(), path);
    QVERIFY(QFileInfo(path).isDir());
}

void TestDatabase::userVersionRoundTrip()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v.db"));
    const QByteArray key = randomKey();
    {
        auto db = Database::open(path, key);
        QVERIFY(db);
        QCOMPARE((*db)->userVersion().valueOr(-1), 0);
        QVERIFY((*db)->setUserVersion(17));
        QCOMPARE((*db)->userVersion().valueOr(-1), 17);
    }
    auto db = Database::open(path, key, Database::OpenMode::MustExist);
    QVERIFY(db);
    QCOMPARE((*db)->userVersion().valueOr(-1), 17);
}

void TestDatabase::queryBindingsRoundTrip()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("q.db")), randomKey());
    QVERIFY(db);
    Database &d = **db;
    QVERIFY(d.exec("CREATE TABLE t (s TEXT, i INTEGER, b BLOB, id TEXT, at INTEGER, n TEXT);"));
    const EntityId id = EntityId::generate();
    const QDateTime when = QDateTime(QDate(2025, 6, 15), QTime(10, 0, 0, 250), Qt::UTC);
    const QByteArray blob("\0\1\2\xff", 4);
    const QString text = QStringLiteral("José Núñez \U0001F600");
    {
        auto q = d.prepare("INSERT INTO t VALUES (?1, ?2, ?3, ?4, ?5, ?6);");
        QVERIFY(q);
        QVERIFY(q->bind(1, text).bind(2, qint64(1) << 40).bind(3, blob).bind(4, id).bind(5, when).bindNull(6).run());
    }
    QCOMPARE(d.changes(), 1);
    QCOMPARE(d.lastInsertRowId(), qint64(1));
    {
        auto q = d.prepare("INSERT INTO t VALUES (?1, ?2, ?3, ?4, ?5, ?6);");
        QVERIFY(q);
        QVERIFY(q->bind(1, QString())
                    .bind(2, true)
                    .bind(3, QByteArray())
                    .bind(4, EntityId())
                    .bind(5, QDateTime())
                    .bind(6, u"x")
                    .run());
    }
    auto q = d.prepare("SELECT s, i, b, id, at, n FROM t ORDER BY rowid;");
    QVERIFY(q);
    QVERIFY(q->next().valueOr(false));
    QCOMPARE(q->text(0), text);
    QCOMPARE(q->int64(1), qint64(1) << 40);
    QCOMPARE(q->blob(2), blob);
    QCOMPARE(q->id(3), id);
    QCOMPARE(q->dateTime(4), when);
    QCOMPARE(q->dateTime(4).timeSpec(), Qt::UTC);
    QVERIFY(q->isNull(5));
    QVERIFY(q->next().valueOr(false));
    QVERIFY(q->boolean(1));
    QVERIFY(q->id(3).isNull());
    QVERIFY(q->isNull(3));
    QVERIFY(!q->dateTime(4).isValid());
    QCOMPARE(q->text(5), QStringLiteral("x"));
    QVERIFY(!q->next().valueOr(true));
}

void TestDatabase::statementsAreReusedClean()
{
    QTemporaryDir dir;
    auto db = Database::open(dir.filePath(QStringLiteral("r.db")), randomKey());
    QVERIFY(db);
    Database &d = **db;
    QVERIFY(d.exec("CREATE TABLE t (a TEXT, b TEXT); INSERT INTO t VALUES ('1', 'x'), ('2', NULL);"));
    for (int round = 0; round < 3; ++round) {
        // A cached statement left half-read and with bindings must start clean
        // for its next user.
        {
            auto q = d.prepare("SELECT count(*) FROM t WHERE b IS ?1 OR ?1 IS NULL;");
            QVERIFY(q);
            if (round == 1)
                q->bind(1, QStringLiteral("x"));
            QCOMPARE(scalar(*q).valueOr(-1), round == 1 ? qint64(1) : qint64(2));
        }
        {
            auto q = d.prepare("SELECT a FROM t ORDER BY a;");
            QVERIFY(q);
            QVERIFY(q->next().valueOr(false));
            QCOMPARE(q->text(0), QStringLiteral("1"));
        }
    }
    auto bad = d.prepare("SELECT nothing FROM nowhere;");
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, ErrorCode::StoreIo);
    QVERIFY(bad.error().message.contains(u"nowhere"));
}

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
