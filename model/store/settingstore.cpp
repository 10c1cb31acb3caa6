#include "store/settingstore.h"

#include "store/database.h"
#include "store/query.h"
#include "store/upsert.h"

namespace msp::store {

Result<QString> readSetting(Database &db, const QString &key, const QString &fallback)
{
    auto q = db.prepare("SELECT value FROM setting WHERE key = ?1;");
    if (!q)
        return q.error();
    q->bind(1, key);
    auto row = q->next();
    if (!row)
        return row.error();
    return *row ? q->text(0) : fallback;
}

Result<void> writeSetting(Database &db, const QString &key, const QString &value)
{
    return upsert(db, "UPDATE setting SET value = ?2 WHERE key = ?1;",
                  "INSERT INTO setting (key, value) VALUES (?1, ?2);",
                  [&](Query &q) { q.bind(1, key).bind(2, value); });
}

} // namespace msp::store
