#include "dedupe/mergejournal.h"

#include "store/clientrow.h"
#include "store/database.h"
#include "store/query.h"
#include "store/searchindex.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace msp::dedupe {

const QStringList &referenceTables()
{
    static const QStringList tables {QStringLiteral("appointment"), QStringLiteral("invoice"),
                                     QStringLiteral("deposit"), QStringLiteral("waitlist_entry"),
                                     QStringLiteral("appointment_series")};
    return tables;
}

ReferenceCounts countsOf(const QJsonObject &moved)
{
    const auto n = [&moved](const char *table) { return int(moved.value(QLatin1String(table)).toArray().size()); };
    return {n("appointment"), n("invoice"), n("deposit"), n("waitlist_entry"), n("appointment_series")};
}

Result<ClientState> loadClientState(store::Database &db, const EntityId &id)
{
    static const QByteArray sql = QByteArray(store::kClientColumns) + ", merged_into FROM client WHERE id = ?1;";
    auto q = db.prepare(sql.constData());
    if (!q)
        return q.error();
    q->bind(1, id);
    auto row = q->next();
    if (!row)
        return row.error();
    if (!*row)
        return Error::make(ErrorCode::NotFound,
                           QCoreApplication::translate("msp::dedupe",
                                                       "One of the two client records no longer exists on this "
                                                       "device. Scan for duplicates again."));
    return ClientState {store::readClient(*q), q->id(14)};
}

Result<void> writeClientFields(store::Database &db, const Client &c)
{
    Client stamped = c;
    stamped.updatedAt = QDateTime::currentDateTimeUtc();
    {
        auto q = db.prepare("UPDATE client SET given_name = ?2, family_name = ?3, preferred_name = ?4, "
                            "date_of_birth = ?5, phone = ?6, email = ?7, address = ?8, allergies = ?9, alerts = ?10, "
                            "notes = ?11, marketing_consent = ?12, updated_at = ?14 WHERE id = ?1;");
        if (!q)
            return q.error();
        MSP_TRY(store::bindClient(*q, stamped).run());
    }
    auto q = db.prepare("SELECT rowid FROM client WHERE id = ?1;");
    if (!q)
        return q.error();
    q->bind(1, c.id);
    auto rowId = store::scalar(*q);
    if (!rowId)
        return rowId.error();
    return store::indexClientRow(db, *rowId);
}

Result<ReferenceCounts> countReferences(store::Database &db, const EntityId &clientId)
{
    auto q = db.prepare("SELECT (SELECT count(*) FROM appointment WHERE client_id = ?1), "
                        "(SELECT count(*) FROM invoice WHERE client_id = ?1), "
                        "(SELECT count(*) FROM deposit WHERE client_id = ?1), "
                        "(SELECT count(*) FROM waitlist_entry WHERE client_id = ?1), "
                        "(SELECT count(*) FROM appointment_series WHERE client_id = ?1);");
    if (!q)
        return q.error();
    q->bind(1, clientId);
    auto row = q->next();
    if (!row)
        return row.error();
    return ReferenceCounts {int(q->int64(0)), int(q->int64(1)), int(q->int64(2)), int(q->int64(3)), int(q->int64(4))};
}

Result<QList<MergeEntry>> mergeHistory(store::Database &db, int limit)
{
    auto q = db.prepare("SELECT m.id, m.kept_id, m.merged_id, k.given_name || ' ' || k.family_name, "
                        "m.merged_fields, m.created_at, m.user_id, m.undone_at, m.moved "
                        "FROM client_merge m LEFT JOIN client k ON k.id = m.kept_id "
                        "ORDER BY m.created_at DESC, m.id DESC LIMIT ?1;");
    if (!q)
        return q.error();
    q->bind(1, limit);
    return store::collectRows<MergeEntry>(*q, [](const store::Query &r) {
        MergeEntry e;
        e.id = r.id(0);
        e.keptId = r.id(1);
        e.mergedId = r.id(2);
        e.keptName = r.text(3);
        const QJsonObject merged = QJsonDocument::fromJson(r.text(4).toUtf8()).object();
        e.mergedName = merged.value(QStringLiteral("givenName")).toString() + u' '
            + merged.value(QStringLiteral("familyName")).toString();
        e.at = r.dateTime(5);
        e.userId = r.id(6);
        e.undoneAt = r.dateTime(7);
        e.moved = countsOf(QJsonDocument::fromJson(r.text(8).toUtf8()).object());
        return e;
    });
}

} // namespace msp::dedupe
