// The background checkpointer (model/store/checkpointer.h): commits below
// SQLite's threshold stay in the write-ahead log; past it the log is copied
// into the store by the checkpointer's own thread; far past it the
// committing connection copies it itself; a reader never blocks a commit;
// without a checkpointer SQLite's automatic checkpoint is back. What a
// checkpoint did is read from the store file's size: committed pages reach
// the main file only through a checkpoint.
#include "store/checkpointer.h"
#include "store/database.h"
#include "store/query.h"
#include "support/testkeys.h"

#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace msp;
using namespace msp::store;

namespace {
// One store file in a temporary folder with a table of page-sized rows.
struct Fixture {
    QTemporaryDir dir;
    QString path;
    QByteArray key = test::randomKey();
    std::unique_ptr<Database> db;

    bool open()
    {
        path = dir.filePath(QStringLiteral("store.db"));
        auto opened = Database::open(path, key);
        if (!opened)
            return false;
        db = std::move(*opened);
        return db->exec("PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; "
                        "CREATE TABLE page (n INTEGER PRIMARY KEY, body BLOB);")
            && db->checkpoint();
    }
    qint64 pageBytes() const { return db->pageBytes(); }
    // Commits `rows` rows of about one page each in one transaction.
    bool commitPages(int rows)
    {
        const QByteArray sql = "WITH RECURSIVE k(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM k WHERE i < "
            + QByteArray::number(rows) + ") INSERT INTO page (body) SELECT zeroblob("
            + QByteArray::number(pageBytes() - 200) + ") FROM k;";
        return bool(db->exec(sql.constData()));
    }
    qint64 fileSize() const { return QFileInfo(path).size(); }
    qint64 rowCount()
    {
        auto q = db->prepare("SELECT count(*) FROM page;");
        if (!q)
            return -1;
        auto n = scalar(*q);
        return n ? *n : -1;
    }
};
} // namespace

class TestCheckpointer : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thresholdsAreBytesOfLog();
    void startRefusesAWrongKeyOrAMissingFile_data();
    void startRefusesAWrongKeyOrAMissingFile();
    void commitsBelowTheThresholdStayInTheLog();
    void pastTheThresholdTheThreadCopiesTheLog();
    void farPastTheThresholdTheCommitCopiesItItself();
    void aReaderNeverBlocksACommit();
    void withoutTheCheckpointerSqliteCheckpointsAgain();
};

void TestCheckpointer::thresholdsAreBytesOfLog()
{
    Fixture fx;
    QVERIFY(fx.open());
    QCOMPARE(fx.pageBytes(), qint64(Database::kPageBytes));
    auto c = Checkpointer::start(*fx.db, fx.path, fx.key);
    QVERIFY(c);
    QCOMPARE((*c)->thresholdPages() * fx.pageBytes(), Checkpointer::kThresholdBytes);
    QCOMPARE((*c)->inlineAfterPages() * fx.pageBytes(), Checkpointer::kInlineAfterBytes);
    QVERIFY((*c)->thresholdPages() * 3 / 2 < (*c)->inlineAfterPages());
}

void TestCheckpointer::startRefusesAWrongKeyOrAMissingFile_data()
{
    QTest::addColumn<bool>("wrongKey");
    QTest::newRow("wrong key") << true;
    QTest::newRow("missing file") << false;
}

void TestCheckpointer::startRefusesAWrongKeyOrAMissingFile()
{
    QFETCH(bool, wrongKey);
    Fixture fx;
    QVERIFY(fx.open());
    const QString path = wrongKey ? fx.path : fx.dir.filePath(QStringLiteral("missing.db"));
    auto started = Checkpointer::start(*fx.db, path, wrongKey ? test::randomKey() : fx.key);
    QVERIFY(!started);
    QVERIFY(!QFileInfo::exists(fx.dir.filePath(QStringLiteral("missing.db"))));
    // The connection keeps SQLite's own checkpoint and keeps working.
    QVERIFY(fx.commitPages(10));
    QCOMPARE(fx.rowCount(), 10);
}

void TestCheckpointer::commitsBelowTheThresholdStayInTheLog()
{
    Fixture fx;
    QVERIFY(fx.open());
    auto c = Checkpointer::start(*fx.db, fx.path, fx.key);
    QVERIFY(c);
    const qint64 before = fx.fileSize();
    // 10 commits of a twentieth of the threshold each: about half of it in
    // the log. Only a commit past the threshold wakes the thread, and none
    // does.
    const int rows = (*c)->thresholdPages() / 20;
    for (int i = 0; i < 10; ++i)
        QVERIFY(fx.commitPages(rows));
    QCOMPARE(fx.fileSize(), before);
    QCOMPARE(fx.rowCount(), 10 * rows);
}

void TestCheckpointer::pastTheThresholdTheThreadCopiesTheLog()
{
    Fixture fx;
    QVERIFY(fx.open());
    auto c = Checkpointer::start(*fx.db, fx.path, fx.key);
    QVERIFY(c);
    const int rows = (*c)->thresholdPages() * 3 / 2;
    QVERIFY(fx.commitPages(rows));
    QTRY_VERIFY_WITH_TIMEOUT(fx.fileSize() >= rows * fx.pageBytes(), 20000);
    QCOMPARE(fx.rowCount(), rows);
}

void TestCheckpointer::farPastTheThresholdTheCommitCopiesItItself()
{
    Fixture fx;
    QVERIFY(fx.open());
    auto c = Checkpointer::start(*fx.db, fx.path, fx.key);
    QVERIFY(c);
    // The thread cannot keep up with a log this long: the commit that
    // crosses kInlineAfterBytes checkpoints before it returns.
    const int rows = (*c)->inlineAfterPages() + 100;
    QVERIFY(fx.commitPages(rows));
    QVERIFY2(fx.fileSize() >= rows * fx.pageBytes(), qPrintable(QString::number(fx.fileSize())));
}

void TestCheckpointer::aReaderNeverBlocksACommit()
{
    Fixture fx;
    QVERIFY(fx.open());
    auto c = Checkpointer::start(*fx.db, fx.path, fx.key);
    QVERIFY(c);
    QVERIFY(fx.commitPages(10));
    // A reader in the middle of a read transaction (the UI, the sync apply
    // thread) holds the log's older frames; checkpoints are passive, so the
    // writer never waits for it and nothing is lost.
    auto reader = Database::open(fx.path, fx.key, Database::OpenMode::MustExist);
    QVERIFY(reader);
    QVERIFY((*reader)->exec("BEGIN;"));
    {
        auto q = (*reader)->prepare("SELECT count(*) FROM page;");
        QVERIFY(q);
        auto n = scalar(*q);
        QVERIFY(n);
        QCOMPARE(*n, 10);
    }
    const int rows = (*c)->thresholdPages() + 200;
    QVERIFY(fx.commitPages(rows));
    QCOMPARE(fx.rowCount(), 10 + rows);
    QVERIFY((*reader)->exec("COMMIT;"));
    reader->reset();
    // The reader gone, the next commit past the threshold has all of the
    // log copied.
    QVERIFY(fx.commitPages(200));
    QTRY_VERIFY_WITH_TIMEOUT(fx.fileSize() >= (10 + rows + 200) * fx.pageBytes(), 20000);
}

void TestCheckpointer::withoutTheCheckpointerSqliteCheckpointsAgain()
{
    Fixture fx;
    QVERIFY(fx.open());
    auto c = Checkpointer::start(*fx.db, fx.path, fx.key);
    QVERIFY(c);
    // Stopping with a checkpoint just requested returns (the thread is
    // joined), and hands checkpoints back to SQLite.
    const int rows = (*c)->thresholdPages() + 100;
    QVERIFY(fx.commitPages(rows));
    c->reset();
    QVERIFY(fx.commitPages(rows));
    // SQLite's automatic checkpoint runs inside the commit that crosses its
    // threshold, so both commits' pages are in the file when it returns.
    QVERIFY2(fx.fileSize() >= 2 * rows * fx.pageBytes(), qPrintable(QString::number(fx.fileSize())));
}

QTEST_GUILESS_MAIN(TestCheckpointer)
#include "tst_checkpointer.moc"
