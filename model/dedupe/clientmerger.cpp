#include "dedupe/clientmerger.h"

#include "store/auditlog.h"
#include "store/clientrow.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/permissions.h"
#include "store/query.h"
#include "store/searchindex.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace msp::dedupe {

namespace {
QString json(const QJsonObject &o)
{
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

QStringList labels(const QStringList &fields)
{
    QStringList out;
    for (const QString &f : fields)
        out << fieldLabel(f);
    return out;
}

// Moves every row of `table` that refers to `from` over to `to`; returns the
// ids it moved.
Result<QJsonArray> moveRows(store::Database &db, const QString &table, const EntityId &from, const EntityId &to)
{
    QJsonArray ids;
    {
        const QByteArray sql = "SELECT id FROM " + table.toLatin1() + " WHERE client_id = ?1 ORDER BY id;";
        auto q = db.prepare(sql.constData());
        if (!q)
            return q.error();
        q->bind(1, from);
        auto rows = store::collectRows<QString>(*q, [](const store::Query &r) { return r.text(0); });
        if (!rows)
            return rows.error();
        for (const QString &id : *rows)
            ids.append(id);
    }
    const QByteArray sql = "UPDATE " + table.toLatin1() + " SET client_id = ?2 WHERE client_id = ?1;";
    auto u = db.prepare(sql.constData());
    if (!u)
        return u.error();
    MSP_TRY(u->bind(1, from).bind(2, to).run());
    return ids;
}

QString movedSummary(const ReferenceCounts &n)
{
    return QStringLiteral("appointments %1, invoices %2, deposits %3, waitlist %4, series %5")
        .arg(n.appointments)
        .arg(n.invoices)
        .arg(n.deposits)
        .arg(n.waitlistEntries)
        .arg(n.series);
}
} // namespace

Result<ReferenceCounts> ClientMerger::references(const EntityId &clientId)
{
    return countReferences(m_db, clientId);
}

Result<QList<MergeEntry>> ClientMerger::history(int limit)
{
    return mergeHistory(m_db, limit);
}

Result<MergeEntry> ClientMerger::merge(const Actor &actor, const MergeRequest &request)
{
    MSP_TRY(store::requirePermission(actor, Permission::ManageClinic));
    if (request.kept.id == request.merged.id || request.kept.id.isNull() || request.merged.id.isNull())
        return Error::make(ErrorCode::Invalid,
                           QCoreApplication::translate("msp::dedupe", "Choose two different client records to merge."));
    auto tx = store::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto kept = loadClientState(m_db, request.kept.id);
    if (!kept)
        return kept.error();
    auto merged = loadClientState(m_db, request.merged.id);
    if (!merged)
        return merged.error();
    if (!kept->mergedInto.isNull() || !merged->mergedInto.isNull())
        return Error::make(ErrorCode::Conflict,
                           QCoreApplication::translate("msp::dedupe",
                                                       "One of these records has already been merged into another. "
                                                       "Scan for duplicates again."));
    for (const auto &[seen, now] : {std::pair {&request.kept, &kept->client}, {&request.merged, &merged->client}}) {
        const QStringList changed = changedClientFields(*seen, *now);
        if (!changed.isEmpty())
            return Error::make(ErrorCode::Conflict,
                               QCoreApplication::translate(
                                   "msp::dedupe",
                                   "The record of %1 was changed after the scan (%2). Nothing was merged: scan "
                                   "for duplicates again to see the current values.")
                                   .arg(seen->name.displayName(), labels(changed).join(QStringLiteral(", "))));
    }

    const Client result = combineClients(kept->client, merged->client, request.choices);
    const QStringList changed = changedClientFields(kept->client, result);
    QJsonObject moved;
    for (const QString &table : referenceTables()) {
        auto ids = moveRows(m_db, table, merged->client.id, kept->client.id);
        if (!ids)
            return ids.error();
        moved.insert(table, *ids);
    }
    MSP_TRY(writeClientFields(m_db, result));
    {
        auto mark = m_db.prepare("UPDATE client SET merged_into = ?2, updated_at = ?3 WHERE id = ?1;");
        if (!mark)
            return mark.error();
        MSP_TRY(
            mark->bind(1, merged->client.id).bind(2, kept->client.id).bind(3, QDateTime::currentDateTimeUtc()).run());
        auto rowId = m_db.prepare("SELECT rowid FROM client WHERE id = ?1;");
        if (!rowId)
            return rowId.error();
        rowId->bind(1, merged->client.id);
        auto n = store::scalar(*rowId);
        if (!n)
            return n.error();
        MSP_TRY(store::unindexClient(m_db, *n));
    }

    MergeEntry entry;
    entry.id = EntityId::generate();
    entry.keptId = kept->client.id;
    entry.mergedId = merged->client.id;
    entry.keptName = result.name.given() + u' ' + result.name.family();
    entry.mergedName = merged->client.name.given() + u' ' + merged->client.name.family();
    entry.at = QDateTime::currentDateTimeUtc();
    entry.userId = actor.userId;
    entry.moved = countsOf(moved);
    {
        auto q = m_db.prepare("INSERT INTO client_merge (id, kept_id, merged_id, kept_before, kept_after, "
                              "merged_fields, moved, user_id, created_at) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9);");
        if (!q)
            return q.error();
        MSP_TRY(q->bind(1, entry.id)
                    .bind(2, entry.keptId)
                    .bind(3, entry.mergedId)
                    .bind(4, json(store::clientFields(kept->client)))
                    .bind(5, json(store::clientFields(result)))
                    .bind(6, json(store::clientFields(merged->client)))
                    .bind(7, json(moved))
                    .bind(8, actor.userId)
                    .bind(9, entry.at)
                    .run());
    }
    // Audit rows are chained and never rewritten: the merge is recorded on
    // both records, and the per-client view follows merged_into.
    const QString detail
        = QStringLiteral("merge %1: merged %2 into %3; fields from the merged record: %4; moved: %5")
              .arg(entry.id.toString(), entry.mergedId.toString(), entry.keptId.toString(),
                   changed.isEmpty() ? QStringLiteral("none") : changed.join(u','), movedSummary(entry.moved));
    MSP_TRY(m_audit.append(actor, QStringLiteral("client.merge"), QStringLiteral("client"), entry.keptId, detail));
    MSP_TRY(
        m_audit.append(actor, QStringLiteral("client.merged_into"), QStringLiteral("client"), entry.mergedId, detail));

    QJsonObject changes;
    for (const QString &f : changed)
        changes.insert(f,
                       QJsonObject {{QStringLiteral("old"), store::clientFieldValue(kept->client, f)},
                                    {QStringLiteral("new"), store::clientFieldValue(result, f)}});
    MSP_TRY(m_outbox.enqueue(QStringLiteral("merge_clients"), entry.keptId,
                             {{QStringLiteral("merged_id"), entry.mergedId.toString()},
                              {QStringLiteral("changes"), changes},
                              {QStringLiteral("appointment_ids"), moved.value(QStringLiteral("appointment"))}}));
    // The journal and the re-pointed invoices, deposits, waitlist entries and
    // series, so every device shows the merge and can undo it.
    MSP_TRY(m_outbox.enqueue(QStringLiteral("save_client_merge"), entry.id, {}));
    MSP_TRY(tx->commit());
    return entry;
}

} // namespace msp::dedupe
