#pragma once

#include "domain/result.h"
#include "store/transaction.h"

#include <optional>

namespace msp::store {

class Database;

// A catch-up (a first sync, a long time offline) writes hundreds of thousands
// of pulled rows through one connection, ten thousand per transaction. For
// its duration that connection trades settings that only matter for changes
// made here for speed; each page is still one transaction with its cursor.
//
// - synchronous = NORMAL: a commit is not fsync'd, only written to the log.
//   A killed process loses nothing (the log is in the OS's hands). A power
//   cut may lose the last pages, but never half of one: WAL recovery stops at
//   the last whole transaction, and the cursor went with its rows, so those
//   pages are pulled again. A later commit of the window's connection
//   (synchronous = FULL) syncs the log, these pages included.
// - A page cache large enough for the random-key indexes of a large clinic,
//   so they are not evicted and decrypted again page after page.

// Outside a transaction, before a catch-up page.
Result<void> enterCatchUp(Database &db);

// After the catch-up's last page, or when it stopped early (offline, an
// error): builds the deferred indexes (deferredindexes.h), then puts the
// connection's settings back. Harmless when no catch-up was running.
Result<void> finishCatchUp(Database &db);

// The transaction of a batch of catch-up pages (sync/client/pageapplier.h):
// enterCatchUp(), then foreign keys off until it is committed or rolled back.
// Their checks would look up the client, practitioner, service, room and
// device of every pulled appointment a second time: SyncReplica checks them
// itself and parks a row whose reference is not here yet, and RecordWriter
// does the same for records. Pages with tombstones are not batched, so no
// delete runs without the foreign keys' checks.
class [[nodiscard]] CatchUpBatch
{
public:
    static Result<CatchUpBatch> begin(Database &db);
    CatchUpBatch(CatchUpBatch &&other) noexcept;
    CatchUpBatch &operator=(CatchUpBatch &&) = delete;
    ~CatchUpBatch(); // rolls back unless committed

    Result<void> commit();

private:
    CatchUpBatch(Database &db, Transaction tx);
    void checkKeysAgain();
    Database *m_db;
    std::optional<Transaction> m_tx;
};

} // namespace msp::store
