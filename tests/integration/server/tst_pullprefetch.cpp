#include "metrics.h"
#include "pullprefetch.h"
#include "serverfixture.h"
#include "workerpool.h"

#include <QTest>

#include <atomic>
#include <future>
#include <pqxx/pqxx>
#include <thread>

using namespace msp::server;
using namespace msp::test;

// The read-ahead of first-pull pages on real database workers: a page is
// served once, a page still queued is withdrawn and never read, a failed
// read is left to the request, and it holds no more than it may.
class TestPullPrefetch : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void pageReadAheadIsServedOnce();
    void queuedPageIsWithdrawnAndNeverRead();
    void takeWaitsForThePageBeingRead();
    void failedReadIsLeftToTheRequest();
    void holdsNoMoreThanItsCapacity();
    void stalePagesMakeRoom();

private:
    static PullPrefetch::Key key(const char *snapshot, long long seq = 1)
    {
        return PullPrefetch::Key {snapshot, "org", "100", seq, 3};
    }
    static pqxx::result threeRows(pqxx::connection_base &conn)
    {
        pqxx::nontransaction tx(conn);
        return tx.exec("SELECT g FROM generate_series(1, 3) g");
    }
    // Returns once every job posted so far on a one-worker pool has run.
    static void drain(WorkerPool &pool)
    {
        std::promise<void> done;
        QVERIFY(pool.post([&](pqxx::connection_base &) { done.set_value(); },
                          [&](const std::string &) { done.set_value(); }));
        done.get_future().wait();
    }

    std::unique_ptr<TestDatabase> m_db;
};

void TestPullPrefetch::initTestCase()
{
    if (!TestDatabase::isAvailable())
        QSKIP(qPrintable(TestDatabase::skipReason()));
    m_db = std::make_unique<TestDatabase>();
    Account admin; // migrates the database the workers prepare their statements on
    QVERIFY(ServerProcess::init(m_db->conninfo(), QStringLiteral("Prefetch Clinic"),
                                QStringLiteral("admin@prefetch.test"), admin));
}

void TestPullPrefetch::cleanupTestCase()
{
    m_db.reset();
}

void TestPullPrefetch::pageReadAheadIsServedOnce()
{
    Metrics metrics;
    WorkerPool pool(m_db->conninfo(), 1, 100, metrics);
    PullPrefetch prefetch(4, std::chrono::seconds(60), metrics);
    std::atomic<int> reads {0};
    prefetch.start(pool, key("s1"), [&](pqxx::connection_base &conn) {
        ++reads;
        return threeRows(conn);
    });
    drain(pool);
    const auto page = prefetch.take(key("s1"));
    QVERIFY(page);
    QCOMPARE(page->size(), pqxx::result::size_type(3));
    QCOMPARE(page->back()[0].as<int>(), 3);
    QCOMPARE(reads.load(), 1);
    QVERIFY(!prefetch.take(key("s1")));
    QVERIFY(!prefetch.take(key("s1", 2))); // another position was never read
    QCOMPARE(metrics.pullPagesReadAhead.load(), 1L);
    QCOMPARE(metrics.pullPagesReadAheadUnused.load(), 0L);
    QCOMPARE(prefetch.held(), 0);
}

void TestPullPrefetch::queuedPageIsWithdrawnAndNeverRead()
{
    Metrics metrics;
    WorkerPool pool(m_db->conninfo(), 1, 100, metrics);
    PullPrefetch prefetch(4, std::chrono::seconds(60), metrics);
    std::promise<void> release;
    auto released = release.get_future().share();
    QVERIFY(pool.post([released](pqxx::connection_base &) { released.wait(); }, [](const std::string &) {}));
    std::atomic<int> reads {0};
    prefetch.start(pool, key("s2"), [&](pqxx::connection_base &conn) {
        ++reads;
        return threeRows(conn);
    });
    // Its only worker is busy: the request reads the page itself at once.
    QVERIFY(!prefetch.take(key("s2")));
    release.set_value();
    drain(pool);
    QCOMPARE(reads.load(), 0);
    QCOMPARE(metrics.pullPagesReadAheadUnused.load(), 1L);
    QCOMPARE(prefetch.held(), 0);
}

void TestPullPrefetch::takeWaitsForThePageBeingRead()
{
    Metrics metrics;
    WorkerPool pool(m_db->conninfo(), 1, 100, metrics);
    PullPrefetch prefetch(4, std::chrono::seconds(60), metrics);
    std::promise<void> started;
    std::promise<void> release;
    auto released = release.get_future().share();
    prefetch.start(pool, key("s3"), [&, released](pqxx::connection_base &conn) {
        started.set_value();
        released.wait();
        return threeRows(conn);
    });
    started.get_future().wait();
    std::thread releaser([&] { release.set_value(); });
    const auto page = prefetch.take(key("s3"));
    releaser.join();
    QVERIFY(page);
    QCOMPARE(page->size(), pqxx::result::size_type(3));
    QCOMPARE(metrics.pullPagesReadAhead.load(), 1L);
}

void TestPullPrefetch::failedReadIsLeftToTheRequest()
{
    Metrics metrics;
    WorkerPool pool(m_db->conninfo(), 1, 100, metrics);
    PullPrefetch prefetch(4, std::chrono::seconds(60), metrics);
    prefetch.start(pool, key("s4"), [](pqxx::connection_base &conn) {
        pqxx::nontransaction tx(conn);
        return tx.exec("SET TRANSACTION SNAPSHOT '00000000-00000000-1'"); // no such snapshot
    });
    drain(pool);
    QVERIFY(!prefetch.take(key("s4")));
    QCOMPARE(metrics.pullPagesReadAheadUnused.load(), 1L);
    // The worker's connection survived the failure.
    prefetch.start(pool, key("s4"), [](pqxx::connection_base &conn) { return threeRows(conn); });
    drain(pool);
    QVERIFY(prefetch.take(key("s4")));
}

void TestPullPrefetch::holdsNoMoreThanItsCapacity()
{
    Metrics metrics;
    WorkerPool pool(m_db->conninfo(), 1, 100, metrics);
    PullPrefetch prefetch(1, std::chrono::seconds(60), metrics);
    std::atomic<int> reads {0};
    auto read = [&](pqxx::connection_base &conn) {
        ++reads;
        return threeRows(conn);
    };
    prefetch.start(pool, key("s5"), read);
    prefetch.start(pool, key("s5"), read); // already held
    prefetch.start(pool, key("s6"), read); // no room
    drain(pool);
    QCOMPARE(reads.load(), 1);
    QCOMPARE(prefetch.held(), 1);
    // The snapshot ended: its page goes, unused, and makes room.
    prefetch.drop("s5");
    QCOMPARE(prefetch.held(), 0);
    QCOMPARE(metrics.pullPagesReadAheadUnused.load(), 1L);
    prefetch.start(pool, key("s6"), read);
    drain(pool);
    QVERIFY(prefetch.take(key("s6")));
    QCOMPARE(reads.load(), 2);
}

void TestPullPrefetch::stalePagesMakeRoom()
{
    Metrics metrics;
    WorkerPool pool(m_db->conninfo(), 1, 100, metrics);
    PullPrefetch prefetch(1, std::chrono::seconds(0), metrics); // a page is stale as soon as it is read
    prefetch.start(pool, key("s7"), [](pqxx::connection_base &conn) { return threeRows(conn); });
    drain(pool);
    QCOMPARE(prefetch.held(), 1);
    // A device that never asked for its page does not keep others from reading ahead.
    prefetch.start(pool, key("s8"), [](pqxx::connection_base &conn) { return threeRows(conn); });
    drain(pool);
    QCOMPARE(prefetch.held(), 1);
    QVERIFY(prefetch.take(key("s8")));
    QVERIFY(!prefetch.take(key("s7")));
    QCOMPARE(metrics.pullPagesReadAheadUnused.load(), 1L);
}

QTEST_GUILESS_MAIN(TestPullPrefetch)
#include "tst_pullprefetch.moc"
