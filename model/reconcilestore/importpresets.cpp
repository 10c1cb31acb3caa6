#include "reconcilestore/importrepository.h"
#include "store/auditlog.h"
#include "store/clinicstore.h"
#include "store/database.h"
#include "store/permissions.h"
#include "store/query.h"
#include "store/transaction.h"

#include <QCoreApplication>

namespace msp::reconcilestore {

Result<QList<ColumnPreset>> ImportRepository::presets()
{
    QList<ColumnPreset> out = builtInPresets();
    auto q = m_store.database().prepare(
        "SELECT id, name, source, mapping, date_order FROM reconcile_preset ORDER BY name;");
    if (!q)
        return q.error();
    auto saved = store::collectRows<ColumnPreset>(*q, [](const store::Query &r) {
        ColumnPreset p;
        p.id = r.id(0);
        p.name = r.text(1);
        p.source = sourceFromKey(r.text(2)).value_or(Source::Pos);
        p.headers = headersFromJson(r.text(3));
        p.dateOrder = dateOrderFromKey(r.text(4));
        return p;
    });
    if (!saved)
        return saved.error();
    out.append(*saved);
    return out;
}

Result<ColumnPreset> ImportRepository::savePreset(const Actor &actor, ColumnPreset p)
{
    MSP_TRY(store::requirePermission(actor, Permission::Reconcile));
    p.name = p.name.trimmed();
    if (p.name.isEmpty())
        return Error::invalid(QStringLiteral("name"),
                              QCoreApplication::translate("msp::reconcilestore", "Give the preset a name."));
    for (const ColumnPreset &b : builtInPresets())
        if (b.name.compare(p.name, Qt::CaseInsensitive) == 0)
            return Error::invalid(
                QStringLiteral("name"),
                QCoreApplication::translate("msp::reconcilestore", "\"%1\" is a built-in preset. Choose another name.")
                    .arg(p.name));
    store::Database &db = m_store.database();
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return tx.error();
    {
        auto q = db.prepare("SELECT id FROM reconcile_preset WHERE name = ?1;");
        if (!q)
            return q.error();
        q->bind(1, p.name);
        auto row = q->next();
        if (!row)
            return row.error();
        p.id = *row ? q->id(0) : EntityId::generate();
    }
    auto del = db.prepare("DELETE FROM reconcile_preset WHERE id = ?1;");
    if (!del)
        return del.error();
    MSP_TRY(del->bind(1, p.id).run());
    auto q = db.prepare("INSERT INTO reconcile_preset (id, name, source, mapping, date_order, updated_at) "
                        "VALUES (?1,?2,?3,?4,?5,?6);");
    if (!q)
        return q.error();
    MSP_TRY(q->bind(1, p.id)
                .bind(2, p.name)
                .bind(3, sourceKey(p.source))
                .bind(4, headersToJson(p.headers))
                .bind(5, dateOrderKey(p.dateOrder))
                .bind(6, QDateTime::currentDateTimeUtc())
                .run());
    MSP_TRY(m_store.audit().append(actor, QStringLiteral("reconcile.preset_save"), QStringLiteral("reconcile_preset"),
                                   p.id));
    MSP_TRY(tx->commit());
    return p;
}

} // namespace msp::reconcilestore
