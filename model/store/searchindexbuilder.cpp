#include "store/searchindexbuilder.h"

#include "store/database.h"
#include "store/query.h"
#include "store/settingstore.h"
#include "store/transaction.h"

#include <QLoggingCategory>
#include <QScopeGuard>
#include <QThread>
#include <QUuid>

#if defined(Q_OS_LINUX)
#include <pthread.h>
#include <sched.h>
#endif

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace msp::store {

namespace {
const QString kIncompleteKey = QStringLiteral("search.incomplete");
// Entries are handed to the builder's thread in runs of this many.
constexpr size_t kPostEntries = 512;

Result<bool> indexIsEmpty(Database &db)
{
    auto q = db.prepare("SELECT EXISTS (SELECT 1 FROM client_search_docsize);");
    if (!q)
        return q.error();
    auto any = scalar(*q);
    if (!any)
        return any.error();
    return *any == 0;
}

// Clients with a search docid that the index does not hold, indexed from
// their rows.
Result<void> indexMissingClients(Database &db)
{
    QList<qint64> rowIds;
    {
        auto q = db.prepare("SELECT rowid FROM client WHERE search_docid IS NOT NULL AND NOT EXISTS "
                            "(SELECT 1 FROM client_search_docsize d WHERE d.docid = client.search_docid);");
        if (!q)
            return q.error();
        auto rows = collectRows<qint64>(*q, [](const Query &r) { return r.int64(0); });
        if (!rows)
            return rows.error();
        rowIds = std::move(*rows);
    }
    for (const qint64 rowId : std::as_const(rowIds))
        MSP_TRY(indexClientRow(db, rowId));
    return ok();
}

Result<void> clearMark(Database &db)
{
    return writeSetting(db, kIncompleteKey, QString());
}

// The index made whole from the client rows alone, in one transaction.
Result<void> completeFromRows(Database &db)
{
    auto tx = Transaction::begin(db);
    if (!tx)
        return tx.error();
    MSP_TRY(indexMissingClients(db));
    MSP_TRY(clearMark(db));
    return tx->commit();
}
} // namespace

Result<std::unique_ptr<SearchIndexBuilder>> SearchIndexBuilder::startFor(Database &store)
{
    auto empty = indexIsEmpty(store);
    if (!empty)
        return empty.error();
    if (!*empty)
        return std::unique_ptr<SearchIndexBuilder>();
    // The same table as the store's, so its shadow tables can be copied.
    QString definition;
    {
        auto q = store.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'client_search';");
        if (!q)
            return q.error();
        auto row = q->next();
        if (!row)
            return row.error();
        if (!*row)
            return std::unique_ptr<SearchIndexBuilder>(); // a store from before the index
        definition = q->text(0);
    }
    const QString name = QStringLiteral("msp-search-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    auto own = Database::openShared(name);
    if (!own)
        return own.error();
    MSP_TRY((*own)->exec(definition.toUtf8().constData()));
    std::unique_ptr<SearchIndexBuilder> builder(new SearchIndexBuilder(std::move(*own), name));
    builder->m_thread.reset(QThread::create([raw = builder.get()] { raw->run(); }));
    builder->m_thread->setObjectName(QStringLiteral("search-index"));
    // Only when a core is otherwise idle: beside a first sync's writer, the
    // page reader and (on a small machine) the server, it would take the
    // writer's time instead of adding to it. Once the writer waits for it
    // (takeInto()), it runs at normal priority.
    builder->m_thread->start(QThread::IdlePriority);
    return builder;
}

SearchIndexBuilder::SearchIndexBuilder(std::unique_ptr<Database> own, QString name)
    : m_own(std::move(own))
    , m_name(std::move(name))
{
}

SearchIndexBuilder::~SearchIndexBuilder()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread)
        m_thread->wait();
}

void SearchIndexBuilder::add(qint64 docid, const ClientSearchEntry &entry)
{
    if (m_staged.empty()) {
        m_staged.reserve(kPostEntries);
        m_stagedText.reserve(qsizetype(kPostEntries) * 64);
    }
    Entry e {docid, {}, {}};
    const QString *texts[3] = {&entry.names, &entry.phone, &entry.email};
    for (int i = 0; i < 3; ++i) {
        e.at[i] = m_stagedText.size();
        e.size[i] = texts[i]->size();
        m_stagedText.append(*texts[i]);
    }
    m_staged.push_back(e);
    if (m_staged.size() >= kPostEntries)
        post(Step::Write);
}

void SearchIndexBuilder::commit()
{
    post(Step::Write);
    post(Step::Commit);
}

void SearchIndexBuilder::rollback()
{
    m_staged.clear();
    m_stagedText.clear();
    post(Step::Rollback);
}

void SearchIndexBuilder::post(Step step)
{
    if (step == Step::Write && m_staged.empty())
        return;
    // Jobs done are freed here, on the thread that allocated them: freed on
    // the builder's, each free would take this thread's allocator lock from
    // a thread that runs only when a core is idle.
    std::deque<Job> done;
    {
        std::lock_guard lock(m_mutex);
        for (; m_done > 0; --m_done) {
            done.push_back(std::move(m_jobs.front()));
            m_jobs.pop_front();
        }
        if (step == Step::Write)
            m_jobs.push_back({step, std::exchange(m_staged, {}), std::exchange(m_stagedText, {})});
        else
            m_jobs.push_back({step, {}, {}});
    }
    m_wake.notify_one();
}

bool SearchIndexBuilder::isIdle()
{
    std::lock_guard lock(m_mutex);
    return m_done == m_jobs.size();
}

void SearchIndexBuilder::hurry()
{
#if defined(Q_OS_LINUX)
    std::lock_guard lock(m_mutex);
    if (m_handle) {
        sched_param normal {};
        pthread_setschedparam(*m_handle, SCHED_OTHER, &normal);
    }
#else
    m_thread->setPriority(QThread::NormalPriority);
#endif
}

void SearchIndexBuilder::waitUntilIdle()
{
    // The writer waits: the builder is what holds it back now.
    hurry();
    std::unique_lock lock(m_mutex);
    m_idle.wait(lock, [this] { return m_done == m_jobs.size(); });
}

void SearchIndexBuilder::run()
{
    std::unique_lock lock(m_mutex);
#if defined(Q_OS_LINUX)
    m_handle = pthread_self();
#endif
    for (;;) {
        m_wake.wait(lock, [this] { return m_done < m_jobs.size() || m_stop; });
        if (m_stop)
            break;
        // A reference stays valid while the writer appends to the deque and
        // drops jobs before it; the job's memory is the writer's to free.
        Job &job = m_jobs[m_done];
        const bool failed = m_failure.has_value();
        lock.unlock();
        if (!failed)
            runJob(job);
        lock.lock();
        ++m_done;
        if (m_done == m_jobs.size())
            m_idle.notify_all();
    }
    lock.unlock();
    if (m_inTransaction)
        (void)m_own->exec("ROLLBACK;");
}

void SearchIndexBuilder::runJob(Job &job)
{
    Result<void> done = ok();
    if (job.step == Step::Write) {
        if (!m_inTransaction) {
            done = m_own->exec("BEGIN;");
            m_inTransaction = bool(done);
        }
        if (done)
            done = write(job);
    } else if (m_inTransaction) {
        m_inTransaction = false;
        done = m_own->exec(job.step == Step::Commit ? "COMMIT;" : "ROLLBACK;");
    }
    if (!done) {
        std::lock_guard lock(m_mutex);
        m_failure = done.error();
    }
}

Result<void> SearchIndexBuilder::write(const Job &job)
{
    const QStringView text(job.text);
    for (const Entry &e : job.entries)
        MSP_TRY(writeSearchEntry(*m_own, e.docid, text.sliced(e.at[0], e.size[0]), text.sliced(e.at[1], e.size[1]),
                                 text.sliced(e.at[2], e.size[2])));
    return ok();
}

Result<void> SearchIndexBuilder::markIncomplete(Database &store)
{
    return writeSetting(store, kIncompleteKey, QStringLiteral("1"));
}

Result<void> SearchIndexBuilder::takeInto(Database &store)
{
    rollback(); // anything not committed by now never will be
    waitUntilIdle();
    std::optional<Error> failure;
    {
        std::lock_guard lock(m_mutex);
        failure = m_failure;
    }
    if (failure)
        qCWarning(lcStore) << "the search index built aside failed; indexing the clients here:" << failure->message;
    else if (auto copied = copyInto(store); copied)
        return ok();
    else
        qCWarning(lcStore) << "the search index built aside could not be taken in; indexing the clients here:"
                           << copied.error().message;
    return completeFromRows(store);
}

Result<void> SearchIndexBuilder::copyInto(Database &store)
{
    // Attached outside the transaction (SQLite's rule) and detached after it.
    MSP_TRY(store.exec(
        QByteArray("ATTACH DATABASE '" + Database::sharedUri(m_name) + "' AS search_build KEY '';").constData()));
    const auto detach = qScopeGuard([&store] {
        if (auto done = store.exec("DETACH DATABASE search_build;"); !done)
            qCWarning(lcStore) << "the search index built aside stays attached:" << done.error().message;
    });
    auto tx = Transaction::begin(store);
    if (!tx)
        return tx.error();
    // What the store indexed itself meanwhile (a client edited in the
    // window, a page too small to batch) is set aside, the built index
    // copied in whole in place of the store's, and the store's entries put
    // back over it; entries built for clients that no longer hold that
    // docid go; clients neither indexed are indexed from their rows.
    struct Kept {
        qint64 docid;
        QString names, phone, email;
    };
    QList<Kept> kept;
    {
        auto q = store.prepare("SELECT docid, names, phone, email FROM main.client_search;");
        if (!q)
            return q.error();
        auto rows = collectRows<Kept>(*q, [](const Query &r) {
            return Kept {r.int64(0), r.text(1), r.text(2), r.text(3)};
        });
        if (!rows)
            return rows.error();
        kept = std::move(*rows);
    }
    QList<qint64> stale;
    {
        auto q = store.prepare("SELECT s.docid FROM search_build.client_search_docsize s WHERE NOT EXISTS "
                               "(SELECT 1 FROM main.client c WHERE c.search_docid = s.docid);");
        if (!q)
            return q.error();
        auto rows = collectRows<qint64>(*q, [](const Query &r) { return r.int64(0); });
        if (!rows)
            return rows.error();
        stale = std::move(*rows);
    }
    MSP_TRY(store.exec("DELETE FROM main.client_search_segments; DELETE FROM main.client_search_segdir; "
                       "DELETE FROM main.client_search_content; DELETE FROM main.client_search_docsize; "
                       "DELETE FROM main.client_search_stat; "
                       "INSERT INTO main.client_search_segments SELECT * FROM search_build.client_search_segments; "
                       "INSERT INTO main.client_search_segdir SELECT * FROM search_build.client_search_segdir; "
                       "INSERT INTO main.client_search_content SELECT * FROM search_build.client_search_content; "
                       "INSERT INTO main.client_search_docsize SELECT * FROM search_build.client_search_docsize; "
                       "INSERT INTO main.client_search_stat SELECT * FROM search_build.client_search_stat;"));
    for (const Kept &k : std::as_const(kept))
        stale.append(k.docid);
    // Unqualified names resolve to the store's own tables (main comes
    // before attached databases).
    for (const qint64 docid : std::as_const(stale))
        MSP_TRY(removeSearchEntry(store, docid));
    for (const Kept &k : std::as_const(kept))
        MSP_TRY(writeSearchEntry(store, k.docid, k.names, k.phone, k.email));
    MSP_TRY(indexMissingClients(store));
    MSP_TRY(clearMark(store));
    return tx->commit();
}

Result<void> repairSearchIndex(Database &store)
{
    auto mark = readSetting(store, kIncompleteKey, QString());
    if (!mark)
        return mark.error();
    return mark->isEmpty() ? ok() : completeFromRows(store);
}

} // namespace msp::store
