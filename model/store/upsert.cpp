#include "store/upsert.h"

#include "store/database.h"
#include "store/query.h"

namespace msp::store {

Result<void> upsert(Database &db, const char *updateSql, const char *insertSql,
                    const std::function<void(Query &)> &bind)
{
    {
        auto u = db.prepare(updateSql);
        if (!u)
            return u.error();
        bind(*u);
        MSP_TRY(u->run());
    }
    if (db.changes() > 0)
        return ok();
    auto i = db.prepare(insertSql);
    if (!i)
        return i.error();
    bind(*i);
    return i->run();
}

} // namespace msp::store
