#include "store/outbox.h"

#include "store/database.h"
#include "store/query.h"

#include <QJsonDocument>

namespace msp::store {

Result<qint64> Outbox::enqueue(const QString &name, const EntityId &entityId, const QJsonObject &payload)
{
    auto q = m_db.prepare("INSERT INTO outbox (name, entity_id, payload, created_at) VALUES (?1, ?2, ?3, ?4);");
    if (!q)
        return q.error();
    MSP_TRY(q->bind(1, name)
                .bind(2, entityId)
                .bind(3, QString::fromUtf8(QJsonDocument(payload).toJson(QJsonDocument::Compact)))
                .bind(4, QDateTime::currentDateTimeUtc())
                .run());
    return m_db.lastInsertRowId();
}

Result<QList<OutboxMutation>> Outbox::pending(int limit)
{
    auto q = m_db.prepare(
        "SELECT mutation_id, name, entity_id, payload, created_at FROM outbox ORDER BY mutation_id LIMIT ?1;");
    if (!q)
        return q.error();
    q->bind(1, limit);
    return collectRows<OutboxMutation>(*q, [](const Query &r) {
        return OutboxMutation {r.int64(0), r.text(1), r.id(2), QJsonDocument::fromJson(r.text(3).toUtf8()).object(),
                               r.dateTime(4)};
    });
}

Result<qint64> Outbox::pendingCount()
{
    auto q = m_db.prepare("SELECT count(*) FROM outbox;");
    if (!q)
        return q.error();
    return scalar(*q);
}

Result<void> Outbox::acknowledgeUpTo(qint64 mutationId)
{
    auto q = m_db.prepare("DELETE FROM outbox WHERE mutation_id <= ?1;");
    if (!q)
        return q.error();
    return q->bind(1, mutationId).run();
}

} // namespace msp::store
