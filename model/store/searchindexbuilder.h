#pragma once

#include "domain/result.h"
#include "store/searchindex.h"

#include <QString>
#include <QThread>

#if defined(Q_OS_LINUX)
#include <pthread.h>
#endif

#include <condition_variable>
#include <deque>
#include <memory>
#include <mutex>
#include <optional>
#include <utility>
#include <vector>

namespace msp::store {

class Database;

// Builds the search index of a catch-up's new clients on a thread of its
// own, in memory, while the catch-up's connection writes the rest. Writing
// the index is a fifth of a first sync's work on the one connection that can
// write the store; here it runs beside it, and the store takes the finished
// index in one copy (takeInto()).
//
// The entries follow the store's transactions: commit() keeps what was added
// since the last commit() or rollback(), rollback() drops it, so the index
// never holds a client whose row was rolled back.
//
// Until the index is taken in, the store's clients are not all searchable.
// markIncomplete() records that in the store, in the transaction that writes
// the clients; a process that stops before takeInto() leaves the mark, and
// the next open indexes what is missing (repairSearchIndex()).
class SearchIndexBuilder
{
public:
    // A builder when `store`'s index is empty (a first sync), so the finished
    // index can be copied in whole; nullptr otherwise: the catch-up indexes
    // as it writes. Call outside a transaction.
    static Result<std::unique_ptr<SearchIndexBuilder>> startFor(Database &store);
    ~SearchIndexBuilder();
    SearchIndexBuilder(const SearchIndexBuilder &) = delete;
    SearchIndexBuilder &operator=(const SearchIndexBuilder &) = delete;

    // From the store's writing thread, while its transaction is open.
    void add(qint64 docid, const ClientSearchEntry &entry);
    void commit();
    void rollback();

    // Whether every entry handed over has been written (takeInto() would not
    // wait).
    bool isIdle();
    // From here on at the priority of any thread: the pages stopped coming,
    // and the writer has work of its own for a core (building the deferred
    // indexes) while the builder finishes on the other.
    void hurry();
    // Waits for the entries handed over, then puts the committed ones into
    // `store`'s index, in a transaction of its own (call outside one), and
    // clears the mark: the built index is copied in whole, and what the
    // store indexed itself meanwhile is put back over it (its entries win);
    // entries of clients that no longer hold their docid go, and any client
    // still missing from the index is indexed from its row. On failure the
    // builder keeps its entries, and takeInto() can be called again.
    Result<void> takeInto(Database &store);

    static Result<void> markIncomplete(Database &store);

private:
    // An entry's three texts, as (offset, length) into its job's text. The
    // builder's thread holds no string of the page it came from: that
    // memory belongs to the thread that read the page, and freeing it here
    // would contend for that thread's allocator.
    struct Entry {
        qint64 docid;
        qsizetype at[3];
        qsizetype size[3];
    };
    enum class Step { Write, Commit, Rollback };
    struct Job {
        Step step;
        std::vector<Entry> entries;
        QString text;
    };
    SearchIndexBuilder(std::unique_ptr<Database> own, QString name);
    void post(Step step);
    void run();
    void runJob(Job &job);
    void waitUntilIdle();
    Result<void> copyInto(Database &store);

    std::unique_ptr<Database> m_own;
    const QString m_name;
    // The writing thread's, not yet posted.
    std::vector<Entry> m_staged;
    QString m_stagedText;
    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    // Jobs in order; the first m_done are done (the writer drops them when
    // it posts the next).
    std::deque<Job> m_jobs;
    size_t m_done = 0;
    bool m_stop = false;
    // The builder thread's alone.
    bool m_inTransaction = false;
    Result<void> write(const Job &job);
    std::optional<Error> m_failure; // guarded by m_mutex once set
    std::unique_ptr<QThread> m_thread;
#if defined(Q_OS_LINUX)
    std::optional<pthread_t> m_handle; // to lift the idle policy
#endif
};

// Indexes the clients of a store whose search index a catch-up left
// incomplete (a process stopped before its builder's index was taken in).
// Does nothing when the store has no such mark.
Result<void> repairSearchIndex(Database &store);

} // namespace msp::store
