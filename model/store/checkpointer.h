#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <thread>

struct sqlite3;

namespace msp::store {

class Database;

// Copies committed pages from the write-ahead log back into the store on a
// thread of its own, so a booking's commit is one WAL append and one fsync
// and never also the occasional checkpoint (writing ~1,000 pages and two
// more fsyncs), which SQLite otherwise runs inside whichever commit crosses
// 1,000 WAL pages. Durability is unchanged: a commit is durable once its WAL
// frames are synced (synchronous=FULL); the checkpoint only moves them. If
// the thread falls far behind, the committing connection checkpoints itself
// as before, so the log cannot grow without bound. Thresholds are in bytes
// of log, whatever the store's page size.
class Checkpointer
{
public:
    // Opens a second connection to the store at `path` and hooks `main`'s
    // commits. `main` must outlive the checkpointer. Past `inlineAfterBytes`
    // in the log, `main` checkpoints itself.
    static Result<std::unique_ptr<Checkpointer>> start(Database &main, const QString &path, const QByteArray &rawKey,
                                                       qint64 inlineAfterBytes = kInlineAfterBytes);
    ~Checkpointer();
    Checkpointer(const Checkpointer &) = delete;
    Checkpointer &operator=(const Checkpointer &) = delete;

    // SQLite's own default: 1,000 pages of 4 KiB.
    static constexpr qint64 kThresholdBytes = 4 * 1024 * 1024;
    static constexpr qint64 kInlineAfterBytes = 32 * 1024 * 1024; // the thread cannot keep up
    // The sync apply connection: no window waits for its commits, and a
    // catch-up batch alone writes tens of megabytes.
    static constexpr qint64 kInlineAfterBytesBulk = 128 * 1024 * 1024;
    static constexpr int kPauseMs = 250; // between two background checkpoints

    // The thresholds in pages of this store.
    int thresholdPages() const { return m_thresholdPages; }
    int inlineAfterPages() const { return m_inlineAfterPages; }

private:
    Checkpointer(Database &main, std::unique_ptr<Database> own, qint64 inlineAfterBytes);
    void run();
    void request();
    static int onCommit(void *self, sqlite3 *db, const char *name, int pages);

    Database &m_main;
    std::unique_ptr<Database> m_own;
    const int m_thresholdPages;
    const int m_inlineAfterPages;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_pending = false;
    bool m_busy = false;
    bool m_stop = false;
    std::thread m_thread;
};

} // namespace msp::store
