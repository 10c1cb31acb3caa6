#include "store/checkpointer.h"

#include "store/database.h"

#include <QLoggingCategory>

#include <sqlite3.h>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace msp::store {

Result<std::unique_ptr<Checkpointer>> Checkpointer::start(Database &main, const QString &path, const QByteArray &rawKey,
                                                          qint64 inlineAfterBytes)
{
    auto own = Database::open(path, rawKey, Database::OpenMode::MustExist);
    if (!own)
        return own.error();
    // The checkpoint syncs the log before copying and the store after, as a
    // synchronous=FULL connection does; it needs no page cache of its own.
    MSP_TRY((*own)->exec("PRAGMA synchronous = FULL; PRAGMA busy_timeout = 5000; PRAGMA cache_size = 16;"));
    std::unique_ptr<Checkpointer> c(new Checkpointer(main, std::move(*own), inlineAfterBytes));
    c->m_thread = std::thread([raw = c.get()] { raw->run(); });
    // Replaces SQLite's automatic checkpoint on the main connection.
    sqlite3_wal_hook(main.handle(), &Checkpointer::onCommit, c.get());
    return c;
}

namespace {
int pagesOf(qint64 bytes, const Database &db)
{
    return int(bytes / (db.pageBytes() > 0 ? db.pageBytes() : Database::kLegacyPageBytes));
}
} // namespace

Checkpointer::Checkpointer(Database &main, std::unique_ptr<Database> own, qint64 inlineAfterBytes)
    : m_main(main)
    , m_own(std::move(own))
    , m_thresholdPages(pagesOf(kThresholdBytes, main))
    , m_inlineAfterPages(pagesOf(inlineAfterBytes, main))
{
}

Checkpointer::~Checkpointer()
{
    sqlite3_wal_autocheckpoint(m_main.handle(), m_thresholdPages); // back to SQLite's own
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread.joinable())
        m_thread.join();
}

int Checkpointer::onCommit(void *self, sqlite3 *db, const char *name, int pages)
{
    auto *c = static_cast<Checkpointer *>(self);
    if (pages >= c->m_inlineAfterPages)
        sqlite3_wal_checkpoint_v2(db, name, SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
    else if (pages >= c->m_thresholdPages)
        c->request();
    return SQLITE_OK;
}

void Checkpointer::request()
{
    {
        std::lock_guard lock(m_mutex);
        if (m_pending || m_busy)
            return;
        m_pending = true;
    }
    m_wake.notify_one();
}

void Checkpointer::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_pending || m_stop; });
        if (m_stop)
            return;
        m_pending = false;
        m_busy = true;
        lock.unlock();
        int logged = 0;
        int copied = 0;
        // PASSIVE: never waits for, nor blocks, the writer or readers.
        const int rc = sqlite3_wal_checkpoint_v2(m_own->handle(), nullptr, SQLITE_CHECKPOINT_PASSIVE, &logged, &copied);
        if (rc != SQLITE_OK && rc != SQLITE_BUSY)
            qCWarning(lcStore) << "background checkpoint failed:" << rc;
        lock.lock();
        m_busy = false;
        // At most a few checkpoints a second: under a burst of commits each
        // one would otherwise chase the newest few pages with two fsyncs of
        // its own. Between bookings (seconds apart) it completes, and the
        // next commit starts the log again from its beginning.
        m_wake.wait_for(lock, std::chrono::milliseconds(kPauseMs), [this] { return m_stop; });
    }
}

} // namespace msp::store
