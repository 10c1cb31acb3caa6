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
QJsonObject parse(const QString &text)
{
    return QJsonDocument::fromJson(text.toUtf8()).object();
}

QString fieldList(const QStringList &fields)
{
    QStringList out;
    for (const QString &f : fields)
        out << fieldLabel(f);
    return out.join(QStringLiteral(", "));
}

struct Journal {
    EntityId keptId;
    EntityId mergedId;
    QJsonObject keptBefore;
    QJsonObject keptAfter;
    QJsonObject mergedFields;
    QJsonObject moved;
    bool undone = false;
};

Result<Journal> readJournal(store::Database &db, const EntityId &mergeId)
{
    auto q = db.prepare("SELECT kept_id, merged_id, kept_before, kept_after, merged_fields, moved, undone_at "
                        "FROM client_merge WHERE id = ?1;");
    if (!q)
        return q.error();
    q->bind(1, mergeId);
    auto row = q->next();
    if (!row)
        return row.error();
    if (!*row)
        return Error::make(
            ErrorCode::NotFound,
            QCoreApplication::translate("msp::dedupe", "This merge is not in the history of this device."));
    return Journal {q->id(0),          q->id(1),          parse(q->text(2)), parse(q->text(3)),
                    parse(q->text(4)), parse(q->text(5)), !q->isNull(6)};
}

// A row the merge moved that now belongs to a third client: putting it back
// would take it from that client.
Result<bool> movedElsewhere(store::Database &db, const QString &table, const QJsonArray &ids, const EntityId &kept)
{
    const QByteArray sql = "SELECT count(*) FROM " + table.toLatin1() + " WHERE id = ?1 AND client_id IS NOT ?2;";
    for (const QJsonValue &id : ids) {
        auto q = db.prepare(sql.constData());
        if (!q)
            return q.error();
        q->bind(1, id.toString()).bind(2, kept);
        auto n = store::scalar(*q);
        if (!n)
            return n.error();
        if (*n > 0)
            return true;
    }
    return false;
}

Result<void> moveBack(store::Database &db, const QString &table, const QJsonArray &ids, const EntityId &kept,
                      const EntityId &merged)
{
    const QByteArray sql = "UPDATE " + table.toLatin1() + " SET client_id = ?3 WHERE id = ?1 AND client_id = ?2;";
    for (const QJsonValue &id : ids) {
        auto q = db.prepare(sql.constData());
        if (!q)
            return q.error();
        MSP_TRY(q->bind(1, id.toString()).bind(2, kept).bind(3, merged).run());
    }
    return ok();
}
} // namespace

Result<void> ClientMerger::undo(const Actor &actor, const EntityId &mergeId)
{
    MSP_TRY(store::requirePermission(actor, Permission::ManageClinic));
    auto tx = store::Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto j = readJournal(m_db, mergeId);
    if (!j)
        return j.error();
    if (j->undone)
        return Error::make(ErrorCode::Conflict,
                           QCoreApplication::translate("msp::dedupe", "This merge has already been undone."));
    auto kept = loadClientState(m_db, j->keptId);
    if (!kept)
        return kept.error();
    auto merged = loadClientState(m_db, j->mergedId);
    if (!merged)
        return merged.error();
    if (!kept->mergedInto.isNull())
        return Error::make(ErrorCode::Conflict,
                           QCoreApplication::translate("msp::dedupe",
                                                       "The kept record has since been merged into another record. "
                                                       "Undo that later merge first."));
    if (merged->mergedInto != j->keptId)
        return Error::make(ErrorCode::Conflict,
                           QCoreApplication::translate("msp::dedupe",
                                                       "The merged record was restored or changed on another device; "
                                                       "there is nothing to undo here."));
    const QStringList keptEdits = changedClientFields(store::clientFromFields(j->keptId, j->keptAfter), kept->client);
    if (!keptEdits.isEmpty())
        return Error::make(ErrorCode::Conflict,
                           QCoreApplication::translate(
                               "msp::dedupe",
                               "The kept record was changed after the merge (%1). Undoing would lose those changes, "
                               "so nothing was undone; correct the records by hand instead.")
                               .arg(fieldList(keptEdits)));
    const QStringList mergedEdits
        = changedClientFields(store::clientFromFields(j->mergedId, j->mergedFields), merged->client);
    if (!mergedEdits.isEmpty())
        return Error::make(
            ErrorCode::Conflict,
            QCoreApplication::translate("msp::dedupe",
                                        "The merged record was changed after the merge (%1). Undoing would lose those "
                                        "changes, so nothing was undone.")
                .arg(fieldList(mergedEdits)));
    for (const QString &table : referenceTables()) {
        auto elsewhere = movedElsewhere(m_db, table, j->moved.value(table).toArray(), j->keptId);
        if (!elsewhere)
            return elsewhere.error();
        if (*elsewhere)
            return Error::make(ErrorCode::Conflict,
                               QCoreApplication::translate(
                                   "msp::dedupe",
                                   "Something this merge moved (an appointment, invoice or deposit) now belongs to "
                                   "another client. Nothing was undone."));
    }

    for (const QString &table : referenceTables())
        MSP_TRY(moveBack(m_db, table, j->moved.value(table).toArray(), j->keptId, j->mergedId));
    Client restored = store::clientFromFields(j->keptId, j->keptBefore);
    MSP_TRY(writeClientFields(m_db, restored));
    {
        auto q = m_db.prepare("UPDATE client SET merged_into = NULL, updated_at = ?2 WHERE id = ?1;");
        if (!q)
            return q.error();
        MSP_TRY(q->bind(1, j->mergedId).bind(2, QDateTime::currentDateTimeUtc()).run());
    }
    MSP_TRY(writeClientFields(m_db, merged->client)); // back into search
    {
        auto q = m_db.prepare("UPDATE client_merge SET undone_at = ?2, undone_by = ?3 WHERE id = ?1;");
        if (!q)
            return q.error();
        MSP_TRY(q->bind(1, mergeId).bind(2, QDateTime::currentDateTimeUtc()).bind(3, actor.userId).run());
    }
    const QString detail = QStringLiteral("merge %1 undone: %2 restored beside %3")
                               .arg(mergeId.toString(), j->mergedId.toString(), j->keptId.toString());
    MSP_TRY(m_audit.append(actor, QStringLiteral("client.merge_undone"), QStringLiteral("client"), j->keptId, detail));
    MSP_TRY(
        m_audit.append(actor, QStringLiteral("client.merge_undone"), QStringLiteral("client"), j->mergedId, detail));

    QJsonObject changes;
    for (const QString &f : changedClientFields(kept->client, restored))
        changes.insert(f,
                       QJsonObject {{QStringLiteral("old"), store::clientFieldValue(kept->client, f)},
                                    {QStringLiteral("new"), store::clientFieldValue(restored, f)}});
    MSP_TRY(m_outbox.enqueue(QStringLiteral("unmerge_clients"), j->keptId,
                             {{QStringLiteral("merged_id"), j->mergedId.toString()},
                              {QStringLiteral("changes"), changes},
                              {QStringLiteral("appointment_ids"), j->moved.value(QStringLiteral("appointment"))}}));
    MSP_TRY(m_outbox.enqueue(QStringLiteral("save_client_merge"), mergeId, {}));
    return tx->commit();
}

} // namespace msp::dedupe
