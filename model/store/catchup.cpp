#include "store/catchup.h"

#include "store/database.h"
#include "store/deferredindexes.h"

namespace msp::store {

Result<void> enterCatchUp(Database &db)
{
    return db.exec("PRAGMA synchronous = NORMAL; PRAGMA cache_size = -262144;");
}

Result<void> finishCatchUp(Database &db)
{
    // The indexes are built with the large cache: each build reads the whole
    // table, which then stays decrypted in memory for the next one.
    auto built = restoreDeferredIndexes(db);
    // Back to what ClinicStore::open sets, whatever the build did; a smaller
    // cache_size gives the memory back.
    MSP_TRY(db.exec("PRAGMA synchronous = FULL; PRAGMA cache_size = -65536;"));
    return built;
}

Result<CatchUpBatch> CatchUpBatch::begin(Database &db)
{
    MSP_TRY(enterCatchUp(db));
    // Outside the transaction: SQLite ignores the pragma inside one.
    MSP_TRY(db.exec("PRAGMA foreign_keys = OFF;"));
    auto tx = Transaction::begin(db);
    if (!tx) {
        (void)db.exec("PRAGMA foreign_keys = ON;");
        return tx.error();
    }
    return CatchUpBatch(db, std::move(*tx));
}

CatchUpBatch::CatchUpBatch(Database &db, Transaction tx)
    : m_db(&db)
    , m_tx(std::move(tx))
{
}

CatchUpBatch::CatchUpBatch(CatchUpBatch &&other) noexcept
    : m_db(other.m_db)
    , m_tx(std::exchange(other.m_tx, std::nullopt))
{
}

CatchUpBatch::~CatchUpBatch()
{
    if (!m_tx)
        return;
    m_tx.reset(); // rolled back
    checkKeysAgain();
}

Result<void> CatchUpBatch::commit()
{
    if (!m_tx)
        return ok();
    auto done = m_tx->commit();
    m_tx.reset(); // rolled back if the commit failed
    checkKeysAgain();
    return done;
}

void CatchUpBatch::checkKeysAgain()
{
    // Cannot fail outside a transaction; the connection's next page, batched
    // or not, would otherwise run unchecked.
    (void)m_db->exec("PRAGMA foreign_keys = ON;");
}

} // namespace msp::store
