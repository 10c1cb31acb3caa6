#include "scheduling/settings.h"

#include "store/auditlog.h"
#include "store/clinicstore.h"
#include "store/database.h"
#include "store/permissions.h"
#include "store/query.h"
#include "store/transaction.h"
#include "store/upsert.h"

namespace msp::scheduling {

Result<QString> readSetting(store::ClinicStore &store, const QString &key, const QString &fallback)
{
    auto q = store.database().prepare("SELECT value FROM setting WHERE key = ?1;");
    if (!q)
        return q.error();
    q->bind(1, key);
    auto row = q->next();
    if (!row)
        return row.error();
    return *row ? q->text(0) : fallback;
}

Result<void> writeSetting(store::ClinicStore &store, const Actor &actor, const QString &key, const QString &value)
{
    MSP_TRY(store::requirePermission(actor, Permission::ManageClinic));
    auto tx = store::Transaction::begin(store.database());
    if (!tx)
        return tx.error();
    MSP_TRY(store::upsert(store.database(), "UPDATE setting SET value = ?2 WHERE key = ?1;",
                          "INSERT INTO setting (key, value) VALUES (?1, ?2);",
                          [&](store::Query &q) { q.bind(1, key).bind(2, value); }));
    MSP_TRY(store.audit().append(actor, QStringLiteral("setting.save"), QStringLiteral("setting"), {}, key));
    return tx->commit();
}

} // namespace msp::scheduling
