#pragma once

#include "domain/result.h"
#include "store/catchup.h"
#include "store/syncreplica.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QObject>
#include <QSet>
#include <QString>

#include <memory>
#include <optional>

namespace msp::store {
class ClinicStore;
class SearchIndexBuilder;
} // namespace msp::store

namespace msp::sync {

// A pulled page, read and ready for its transaction.
struct PulledPage {
    QList<store::ReplicaRow> rows;
    QList<store::ReplicaTombstone> tombstones;
    QString cursor;
    bool hasMore = false;
};

// Applies pulled pages on its own thread, through its own connection to the
// store (WAL lets the screens read meanwhile), so a first sync of a large
// clinic never holds up the window. Jobs run in the order they were posted;
// after a page of a cycle fails, the later pages of that cycle are dropped,
// so the cursor never moves past rows that were not applied.
//
// Catch-up pages that arrive faster than they are applied share one
// transaction (a batch), up to kBatchRows rows or kBatchMs: each commit
// encrypts and writes every index page it touched, and the random-key
// indexes of a large clinic are touched all over by every page. Each page
// still goes in with its cursor, so a killed process resumes after the last
// committed batch and loses nothing. A page is reported applied() when its
// batch commits; a batch commits as soon as no further page is waiting.
//
// A first sync's new clients are indexed for search on a thread of their own
// (store::SearchIndexBuilder); the index is taken in between two batches once
// the pages bring no more clients, at the latest when the catch-up ends.
class PageApplier : public QObject
{
    Q_OBJECT
public:
    // `store` is the GUI's store: the applier opens another connection to it
    // on its own thread, the first time it needs one.
    explicit PageApplier(const store::ClinicStore &store);
    ~PageApplier() override;

    // Reads a page's JSON into rows (with their columns read ahead), on any
    // thread: the engine does it on a thread of its own while the previous
    // page is being applied.
    static Result<PulledPage> read(const QByteArray &body);

    // These run on the applier's thread (post them with a queued call).
    // apply() reads the page here first and emits decoded(); applyRead()
    // takes a page read elsewhere.
    void apply(quint64 cycle, const QByteArray &body);
    void applyRead(quint64 cycle, const PulledPage &page);
    // Opens the connection now, while the first page is still on its way
    // (opening a SQLCipher store takes tens of milliseconds). A failure is
    // reported by the page that needs the connection.
    void prepare();
    void resetCursor(quint64 cycle);
    // Closes the connection (before the store is wiped or the thread ends).
    // After a catch-up that stopped early (offline, an error): builds the
    // indexes a first sync deferred, so the screens are not left slow, and
    // puts the connection's catch-up settings back (store/catchup.h).
    void restoreIndexes();
    void close();

    // A batch's bounds: a write from the window waits for the batch being
    // applied (about a second at most), as it waits for any page.
    static constexpr qsizetype kBatchRows = 40000;
    static constexpr qint64 kBatchMs = 1000;

Q_SIGNALS:
    // The page was read: its cursor is known, so the next page can be
    // fetched while this one is applied. An error ends the cycle.
    void decoded(quint64 cycle, const QString &cursor, bool hasMore, const QString &error);
    // The page has left memory: written into the open transaction, applied,
    // or dropped. The engine bounds the pages it fetches ahead by these, not
    // by commits, so the next pages download and decode while a batch fills.
    void taken(quint64 cycle);
    // The page is committed (or failed, with a message for people).
    // `changed`: rows were written, screens should refresh.
    void applied(quint64 cycle, bool changed, const QString &error);

private:
    struct BatchedPage {
        quint64 cycle;
        bool changed;
    };
    bool ensureOpen(QString &error);
    void applyToBatch(quint64 cycle, const PulledPage &page);
    void commitBatch();
    void commitIfIdle(quint64 token);
    void startSearchIndex(const PulledPage &page);
    void takeSearchIndex();

    const store::ClinicStore &m_source;
    std::unique_ptr<store::ClinicStore> m_store;
    quint64 m_failedCycle = 0;
    // The open batch, its pages (reported when it commits), its size and age.
    std::optional<store::CatchUpBatch> m_batch;
    QList<BatchedPage> m_batchPages;
    qsizetype m_batchRows = 0;
    QElapsedTimer m_batchAge;
    quint64 m_batchToken = 0;
    // A first sync's client search index, built beside the batches and
    // taken in between two of them once the clients stop coming.
    std::unique_ptr<store::SearchIndexBuilder> m_searchIndex;
    // The clients this catch-up's batches wrote or found
    // (store::SyncReplica::setCatchUpClients()).
    QSet<QByteArray> m_catchUpClients;
};

} // namespace msp::sync
