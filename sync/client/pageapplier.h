#pragma once

#include "domain/result.h"
#include "store/syncreplica.h"

#include <QByteArray>
#include <QObject>
#include <QString>

#include <memory>

namespace msp::store {
class ClinicStore;
}

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
    void resetCursor(quint64 cycle);
    // Closes the connection (before the store is wiped or the thread ends).
    // After a catch-up that stopped early (offline, an error): builds the
    // indexes a first sync deferred, so the screens are not left slow, and
    // puts the connection's catch-up settings back (store/catchup.h).
    void restoreIndexes();
    void close();

Q_SIGNALS:
    // The page was read: its cursor is known, so the next page can be
    // fetched while this one is applied. An error ends the cycle.
    void decoded(quint64 cycle, const QString &cursor, bool hasMore, const QString &error);
    // The page is committed (or failed, with a message for people).
    // `changed`: rows were written, screens should refresh.
    void applied(quint64 cycle, bool changed, const QString &error);

private:
    bool ensureOpen(QString &error);

    const store::ClinicStore &m_source;
    std::unique_ptr<store::ClinicStore> m_store;
    quint64 m_failedCycle = 0;
};

} // namespace msp::sync
