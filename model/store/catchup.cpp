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

} // namespace msp::store
