#include "pageapplier.h"

#include "pagereader.h"
#include "protocol/pull.h"
#include "store/catchup.h"
#include "store/clinicstore.h"
#include "store/searchindexbuilder.h"
#include "store/syncreplica.h"
#include "store/transaction.h"

#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QScopeGuard>

#include <algorithm>
#include <utility>

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace msp::sync {

PageApplier::PageApplier(const store::ClinicStore &store)
    : m_source(store)
{
}

PageApplier::~PageApplier() = default;

bool PageApplier::ensureOpen(QString &error)
{
    if (m_store)
        return true;
    auto opened = m_source.openConnection();
    if (!opened) {
        error = opened.error().message;
        return false;
    }
    m_store = std::move(*opened);
    return true;
}

void PageApplier::prepare()
{
    QString error;
    if (!ensureOpen(error))
        qCDebug(lcSync) << "the sync connection did not open yet:" << error;
}

Result<PulledPage> PageApplier::read(const QByteArray &body)
{
    if (auto page = readPageText(body))
        return std::move(*page);
    return readPageDocument(body);
}

void PageApplier::apply(quint64 cycle, const QByteArray &body)
{
    if (cycle == m_failedCycle)
        return; // an earlier page of this cycle failed: the cursor must not pass it
    auto page = read(body);
    if (!page) {
        m_failedCycle = cycle;
        Q_EMIT decoded(cycle, {}, false, page.error().message);
        return;
    }
    Q_EMIT decoded(cycle, page->cursor, page->hasMore, {});
    applyRead(cycle, *page);
}

void PageApplier::applyRead(quint64 cycle, const PulledPage &page)
{
    const auto leavesMemory = qScopeGuard([this, cycle] { Q_EMIT taken(cycle); });
    if (cycle == m_failedCycle)
        return;
    QString error;
    if (!ensureOpen(error)) {
        m_failedCycle = cycle;
        Q_EMIT applied(cycle, false, error);
        return;
    }
    // Deletes are left out of batches: they rely on the foreign keys' checks
    // (store::CatchUpBatch).
    if (store::SyncReplica::isCatchUpPage(page.rows.size(), page.hasMore) && page.tombstones.isEmpty())
        return applyToBatch(cycle, page);
    commitBatch(); // pages are committed in order
    if (cycle == m_failedCycle)
        return;
    m_catchUpClients.clear(); // this page may delete clients (a tombstone)
    // The catch-up's large pages are over (or paused): the builder no longer
    // takes a core from the pages' reader, and the last page builds the
    // deferred indexes on this thread while it finishes on the other core.
    if (m_searchIndex)
        m_searchIndex->hurry();
    QElapsedTimer timer;
    timer.start();
    store::SyncReplica replica(m_store->database(), m_store->audit(), m_store->outbox());
    const auto done = replica.applyPage(page.rows, page.tombstones, page.cursor, page.hasMore);
    // After the catch-up's last page has built the deferred indexes: the
    // search index builder has had a core to itself meanwhile. A small page
    // within the catch-up leaves it building.
    if (!page.hasMore)
        takeSearchIndex();
    if (!done) {
        m_failedCycle = cycle;
        Q_EMIT applied(cycle, false, done.error().message);
        return;
    }
    qCDebug(lcSync) << "applied" << page.rows.size() << "rows," << page.tombstones.size() << "tombstones in"
                    << timer.elapsed() << "ms";
    Q_EMIT applied(cycle, !page.rows.isEmpty() || !page.tombstones.isEmpty(), {});
}

void PageApplier::applyToBatch(quint64 cycle, const PulledPage &page)
{
    auto &db = m_store->database();
    if (!m_batch) {
        startSearchIndex(page);
        auto tx = store::CatchUpBatch::begin(db);
        if (!tx) {
            m_failedCycle = cycle;
            Q_EMIT applied(cycle, false, tx.error().message);
            return;
        }
        m_batch.emplace(std::move(*tx));
        m_batchRows = 0;
        m_batchAge.start();
        if (m_searchIndex) {
            if (auto marked = store::SearchIndexBuilder::markIncomplete(db); !marked) {
                m_batch.reset();
                m_searchIndex->rollback();
                m_failedCycle = cycle;
                Q_EMIT applied(cycle, false, marked.error().message);
                return;
            }
        }
    }
    QElapsedTimer timer;
    timer.start();
    store::SyncReplica replica(db, m_store->audit(), m_store->outbox());
    replica.setSearchIndexBuilder(m_searchIndex.get());
    replica.setCatchUpClients(&m_catchUpClients);
    if (auto done = replica.applyCatchUpPage(page.rows, page.tombstones, page.cursor); !done) {
        // Rolled back with the pages before it in the batch: their cursor
        // goes back with them, so the next cycle pulls them again.
        m_batch.reset();
        m_catchUpClients.clear();
        if (m_searchIndex)
            m_searchIndex->rollback();
        const QList<BatchedPage> pages = std::exchange(m_batchPages, {});
        m_failedCycle = cycle;
        for (const BatchedPage &p : pages)
            Q_EMIT applied(p.cycle, false, done.error().message);
        Q_EMIT applied(cycle, false, done.error().message);
        return;
    }
    qCDebug(lcSync) << "applied" << page.rows.size() << "rows," << page.tombstones.size() << "tombstones in"
                    << timer.elapsed() << "ms (batched)";
    m_batchPages.append({cycle, !page.rows.isEmpty() || !page.tombstones.isEmpty()});
    m_batchRows += page.rows.size();
    if (m_batchRows >= kBatchRows || m_batchAge.elapsed() >= kBatchMs) {
        commitBatch();
        return;
    }
    // Runs after the pages already waiting: commits only if none came.
    QMetaObject::invokeMethod(
        this, [this, token = ++m_batchToken] { commitIfIdle(token); }, Qt::QueuedConnection);
}

void PageApplier::commitIfIdle(quint64 token)
{
    if (token == m_batchToken)
        commitBatch();
}

void PageApplier::commitBatch()
{
    if (!m_batch)
        return;
    store::CatchUpBatch batch = std::move(*m_batch);
    m_batch.reset();
    const QList<BatchedPage> pages = std::exchange(m_batchPages, {});
    const auto done = batch.commit(); // rolled back when it fails
    if (!done)
        m_catchUpClients.clear();
    if (m_searchIndex) {
        if (done)
            m_searchIndex->commit();
        else
            m_searchIndex->rollback();
    }
    for (const BatchedPage &p : pages) {
        if (!done)
            m_failedCycle = p.cycle;
        Q_EMIT applied(p.cycle, done && p.changed, done ? QString() : done.error().message);
    }
}

void PageApplier::startSearchIndex(const PulledPage &page)
{
    // Between batches. The index built aside is taken in once the pages
    // bring no more clients and it has caught up (a take would wait for it);
    // a builder starts with the first page of clients of a store whose index
    // is empty.
    const bool bringsClients
        = std::any_of(page.rows.cbegin(), page.rows.cend(), [](const auto &row) { return row.type == u"client"; });
    if (m_searchIndex && !bringsClients && m_searchIndex->isIdle())
        takeSearchIndex();
    if (m_searchIndex || !bringsClients)
        return;
    auto builder = store::SearchIndexBuilder::startFor(m_store->database());
    if (!builder) {
        qCWarning(lcSync) << "clients are indexed for search as they are written:" << builder.error().message;
        return;
    }
    m_searchIndex = std::move(*builder);
}

void PageApplier::takeSearchIndex()
{
    if (!m_searchIndex)
        return;
    QElapsedTimer timer;
    timer.start();
    if (auto done = m_searchIndex->takeInto(m_store->database()); !done) {
        // Kept for the next try (the next page, the catch-up's end, closing);
        // if none succeeds, the next open of the store indexes the clients.
        qCWarning(lcSync) << "synced clients are not searchable yet:" << done.error().message;
        return;
    }
    m_searchIndex.reset();
    qCDebug(lcSync) << "took in the client search index in" << timer.elapsed() << "ms";
}

void PageApplier::resetCursor(quint64 cycle)
{
    commitBatch();
    m_catchUpClients.clear();
    takeSearchIndex();
    if (cycle == m_failedCycle)
        return;
    QString error;
    if (!ensureOpen(error)) {
        m_failedCycle = cycle;
        Q_EMIT applied(cycle, false, error);
        return;
    }
    store::SyncReplica replica(m_store->database(), m_store->audit(), m_store->outbox());
    if (auto done = replica.resetCursor(); !done) {
        m_failedCycle = cycle;
        Q_EMIT applied(cycle, false, done.error().message);
    }
}

void PageApplier::restoreIndexes()
{
    if (!m_store)
        return; // never opened: nothing of ours is deferred
    commitBatch();
    m_catchUpClients.clear();
    if (auto done = store::finishCatchUp(m_store->database()); !done)
        qCWarning(lcSync) << "the store's deferred indexes are not built yet:" << done.error().message;
    takeSearchIndex();
}

void PageApplier::close()
{
    commitBatch();
    m_catchUpClients.clear();
    takeSearchIndex();
    m_store.reset();
}

} // namespace msp::sync
