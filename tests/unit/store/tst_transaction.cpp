#include "store/database.h"
#include "store/query.h"
#include "store/transaction.h"
#include "storetesthelpers.h"
#include "support/testkeys.h"

#include <QTemporaryDir>
#include <QTest>

using namespace msp;
using namespace msp::store;

class TestTransaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void commitKeeps();
    void rollbackOnDestruction();
    void earlyReturnRollsBack();
    void nested_data();
    void nested();
    void deeplyNested();
    void movedTransactionRollsBackOnce();
    void survivesReopen();

private:
    qint64 rows();
    Result<void> insert(int value);
    Result<void> insertThenFail(int value);

    QTemporaryDir m_dir;
    QByteArray m_key;
    std::unique_ptr<Database> m_db;
};

void TestTransaction::initTestCase()
{
    m_key = test::randomKey();
}

void TestTransaction::init()
{
    auto db = Database::open(m_dir.filePath(QStringLiteral("tx.db")), m_key);
    QVERIFY(db);
    m_db = std::move(*db);
    QVERIFY(m_db->exec("DROP TABLE IF EXISTS t; CREATE TABLE t (x INTEGER NOT NULL);"));
}

void TestTransaction::cleanup()
{
    m_db.reset();
}

qint64 TestTransaction::rows()
{
    auto q = m_db->prepare("SELECT count(*) FROM t;");
    return q ? scalar(*q).valueOr(-1) : -1;
}

Result<void> TestTransaction::insert(int value)
{
    auto q = m_db->prepare("INSERT INTO t (x) VALUES (?1);");
    if (!q)
        return q.error();
    return q->bind(1, value).run();
}

Result<void> TestTransaction::insertThenFail(int value)
{
    auto tx = Transaction::begin(*m_db);
    if (!tx)
        return tx.error();
    MSP_TRY(insert(value));
    MSP_TRY(m_db->exec("INSERT INTO t (x) VALUES (NULL);")); // NOT NULL: fails
    return tx->commit();
}

void TestTransaction::commitKeeps()
{
    auto tx = Transaction::begin(*m_db);
    QVERIFY(tx);
    QVERIFY(insert(1));
    QVERIFY(insert(2));
    QVERIFY(tx->commit());
    QCOMPARE(rows(), qint64(2));
}

void TestTransaction::rollbackOnDestruction()
{
    {
        auto tx = Transaction::begin(*m_db);
        QVERIFY(tx);
        QVERIFY(insert(1));
        QCOMPARE(rows(), qint64(1)); // visible inside
    }
    QCOMPARE(rows(), qint64(0));
    // The connection is usable and back at depth 0: a new outer transaction
    // begins (BEGIN would fail inside another).
    auto tx = Transaction::begin(*m_db);
    QVERIFY(tx);
    QVERIFY(insert(3));
    QVERIFY(tx->commit());
    QCOMPARE(rows(), qint64(1));
}

void TestTransaction::earlyReturnRollsBack()
{
    const auto r = insertThenFail(7);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::StoreIo);
    QCOMPARE(rows(), qint64(0));
}

void TestTransaction::nested_data()
{
    QTest::addColumn<bool>("commitInner");
    QTest::addColumn<bool>("commitOuter");
    QTest::addColumn<qint64>("expectedRows");

    QTest::newRow("inner and outer commit") << true << true << qint64(2);
    QTest::newRow("inner rolled back, outer commits") << false << true << qint64(1);
    QTest::newRow("inner commits, outer rolled back") << true << false << qint64(0);
    QTest::newRow("both rolled back") << false << false << qint64(0);
}

void TestTransaction::nested()
{
    QFETCH(bool, commitInner);
    QFETCH(bool, commitOuter);
    QFETCH(qint64, expectedRows);

    {
        auto outer = Transaction::begin(*m_db);
        QVERIFY(outer);
        QVERIFY(insert(1));
        {
            auto inner = Transaction::begin(*m_db);
            QVERIFY(inner);
            QVERIFY(insert(2));
            QCOMPARE(rows(), qint64(2));
            if (commitInner)
                QVERIFY(inner->commit());
        }
        QCOMPARE(rows(), commitInner ? qint64(2) : qint64(1));
        if (commitOuter)
            QVERIFY(outer->commit());
    }
    QCOMPARE(rows(), expectedRows);
}

void TestTransaction::deeplyNested()
{
    {
        auto t1 = Transaction::begin(*m_db);
        QVERIFY(t1);
        QVERIFY(insert(1));
        {
            auto t2 = Transaction::begin(*m_db);
            QVERIFY(t2);
            QVERIFY(insert(2));
            {
                auto t3 = Transaction::begin(*m_db);
                QVERIFY(t3);
                QVERIFY(insert(3));
                // t3 rolled back
            }
            // A savepoint can be opened again at the same depth after a rollback.
            auto t3again = Transaction::begin(*m_db);
            QVERIFY(t3again);
            QVERIFY(insert(4));
            QVERIFY(t3again->commit());
            QVERIFY(t2->commit());
        }
        QVERIFY(t1->commit());
    }
    auto q = m_db->prepare("SELECT group_concat(x) FROM (SELECT x FROM t ORDER BY x);");
    QVERIFY(q);
    QVERIFY(q->next().valueOr(false));
    QCOMPARE(q->text(0), QStringLiteral("1,2,4"));
}

void TestTransaction::movedTransactionRollsBackOnce()
{
    {
        auto tx = Transaction::begin(*m_db);
        QVERIFY(tx);
        QVERIFY(insert(1));
        Transaction moved(std::move(*tx));
        QVERIFY(insert(2));
        // `tx` still holds the moved-from object; only `moved` rolls back.
    }
    QCOMPARE(rows(), qint64(0));
    auto again = Transaction::begin(*m_db);
    QVERIFY(again);
    QVERIFY(insert(5));
    QVERIFY(again->commit());
    QCOMPARE(rows(), qint64(1));
}

void TestTransaction::survivesReopen()
{
    {
        auto tx = Transaction::begin(*m_db);
        QVERIFY(tx);
        QVERIFY(insert(1));
        QVERIFY(tx->commit());
    }
    {
        auto tx = Transaction::begin(*m_db);
        QVERIFY(tx);
        QVERIFY(insert(2));
    }
    m_db.reset();
    auto db = Database::open(m_dir.filePath(QStringLiteral("tx.db")), m_key, Database::OpenMode::MustExist);
    QVERIFY(db);
    m_db = std::move(*db);
    QCOMPARE(rows(), qint64(1));
}

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
