#include "store/auditlog.h"
#include "store/database.h"
#include "store/permissions.h"
#include "store/query.h"
#include "store/syncreplica.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QJsonDocument>

// The "Needs attention" inbox: what the server refused or could not merge,
// and the ways a person resolves it.
namespace msp::store {

Result<void> SyncReplica::addAttention(const AttentionItem &i)
{
    auto q = m_db.prepare("INSERT INTO attention_item (id, kind, entity_id, field, server_value, device_value, "
                          "base_value, message, details, created_at) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10);");
    if (!q)
        return q.error();
    return q->bind(1, i.id)
        .bind(2, i.kind)
        .bind(3, i.entityId)
        .bind(4, i.field)
        .bind(5, i.serverValue)
        .bind(6, i.deviceValue)
        .bind(7, i.baseValue)
        .bind(8, i.message)
        .bind(9, QString::fromUtf8(QJsonDocument(i.details).toJson(QJsonDocument::Compact)))
        .bind(10, QDateTime::currentDateTimeUtc())
        .run();
}

Result<QList<AttentionItem>> SyncReplica::openAttentionItems()
{
    auto q
        = m_db.prepare("SELECT id, kind, entity_id, field, server_value, device_value, base_value, message, details, "
                       "created_at, resolved_at, resolution FROM attention_item WHERE resolved_at IS NULL "
                       "ORDER BY created_at;");
    if (!q)
        return q.error();
    return collectRows<AttentionItem>(*q, [](const Query &r) {
        return AttentionItem {r.id(0),       r.text(1),      r.id(2),
                              r.text(3),     r.text(4),      r.text(5),
                              r.text(6),     r.text(7),      QJsonDocument::fromJson(r.text(8).toUtf8()).object(),
                              r.dateTime(9), r.dateTime(10), r.text(11)};
    });
}

Result<void> SyncReplica::resolveAttentionItem(const Actor &actor, const EntityId &itemId, const QString &resolution)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto q = m_db.prepare(
        "UPDATE attention_item SET resolved_at = ?2, resolution = ?3 WHERE id = ?1 AND resolved_at IS NULL;");
    if (!q)
        return q.error();
    MSP_TRY(q->bind(1, itemId).bind(2, QDateTime::currentDateTimeUtc()).bind(3, resolution).run());
    if (m_db.changes() == 0)
        return Error::make(
            ErrorCode::NotFound,
            QCoreApplication::translate("msp::store", "This item was already resolved, here or on another device."));
    MSP_TRY(m_audit.append(actor, QStringLiteral("attention.resolve"), QStringLiteral("attention_item"), itemId,
                           resolution));
    return tx->commit();
}

Result<void> SyncReplica::rebookRejected(const Actor &actor, const EntityId &itemId, const QDateTime &startUtc,
                                         const QDateTime &endUtc)
{
    MSP_TRY(requirePermission(actor, Permission::Book));
    const QString resolution = QStringLiteral("moved to ") + startUtc.toString(Qt::ISODate);
    return sendRejectedAgain(actor, itemId, startUtc, endUtc, {}, QStringLiteral("appointment.rebook"), resolution);
}

Result<void> SyncReplica::overbookRejected(const Actor &actor, const EntityId &itemId, const QString &reason)
{
    MSP_TRY(requirePermission(actor, Permission::Overbook));
    if (reason.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("reason"),
                              QCoreApplication::translate("msp::store",
                                                          "Say why the booking goes ahead over another one; the "
                                                          "reason is kept with the appointment."));
    // The free-text reason travels with the mutation and stays with the
    // appointment on the server; the local audit detail names no reason,
    // as for an overbooking made in the calendar (it might name the client).
    return sendRejectedAgain(actor, itemId, {}, {}, reason.trimmed(), QStringLiteral("appointment.overbook"),
                             QStringLiteral("overbooked"));
}

// Sends a refused booking again, at a new time or (with an overbook reason)
// at the same time: a refused booking is booked again, a refused move is
// moved again, since the server still has the appointment where it was.
// One transaction with its audit event and the item's resolution.
Result<void> SyncReplica::sendRejectedAgain(const Actor &actor, const EntityId &itemId, const QDateTime &startUtc,
                                            const QDateTime &endUtc, const QString &overbookReason,
                                            const QString &auditAction, const QString &resolution)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    EntityId appointmentId;
    QString refused;
    {
        auto q = m_db.prepare("SELECT entity_id, field FROM attention_item WHERE id = ?1 AND kind = 'booking_rejected' "
                              "AND resolved_at IS NULL;");
        if (!q)
            return q.error();
        q->bind(1, itemId);
        auto row = q->next();
        if (!row)
            return row.error();
        if (!*row)
            return Error::make(ErrorCode::NotFound,
                               QCoreApplication::translate("msp::store",
                                                           "This item was already resolved, here or on "
                                                           "another device."));
        appointmentId = q->id(0);
        refused = q->text(1);
    }
    if (startUtc.isValid()) {
        auto u = m_db.prepare("UPDATE appointment SET start_utc = ?2, end_utc = ?3, sync_state = 'local', "
                              "updated_at = ?4 WHERE id = ?1;");
        if (!u)
            return u.error();
        MSP_TRY(
            u->bind(1, appointmentId).bind(2, startUtc).bind(3, endUtc).bind(4, QDateTime::currentDateTimeUtc()).run());
    } else {
        auto u = m_db.prepare("UPDATE appointment SET sync_state = 'local', updated_at = ?2 WHERE id = ?1;");
        if (!u)
            return u.error();
        MSP_TRY(u->bind(1, appointmentId).bind(2, QDateTime::currentDateTimeUtc()).run());
    }
    QJsonObject payload;
    {
        auto q = m_db.prepare("SELECT client_id, practitioner_id, service_id, room_id, device_id, status, notes, "
                              "start_utc, end_utc FROM appointment WHERE id = ?1;");
        if (!q)
            return q.error();
        q->bind(1, appointmentId);
        auto row = q->next();
        if (!row)
            return row.error();
        if (!*row)
            return Error::make(ErrorCode::NotFound,
                               QCoreApplication::translate("msp::store", "This appointment no longer exists."));
        payload = {{QStringLiteral("practitioner_id"), q->text(1)},
                   {QStringLiteral("service_id"), q->text(2)},
                   {QStringLiteral("room_id"), q->text(3)},
                   {QStringLiteral("device_id"), q->text(4)},
                   {QStringLiteral("start"), q->dateTime(7).toUTC().toString(Qt::ISODateWithMs)},
                   {QStringLiteral("end"), q->dateTime(8).toUTC().toString(Qt::ISODateWithMs)}};
        if (refused != u"reschedule_appointment") {
            payload.insert(QStringLiteral("client_id"), q->text(0));
            payload.insert(QStringLiteral("status"), q->text(5));
            payload.insert(QStringLiteral("notes"), q->text(6));
        }
    }
    if (!overbookReason.isEmpty())
        payload.insert(QStringLiteral("overbook_reason"), overbookReason);
    const QString name = refused == u"reschedule_appointment" ? refused : QStringLiteral("book_appointment");
    auto queued = m_outbox.enqueue(name, appointmentId, payload);
    if (!queued)
        return queued.error();
    MSP_TRY(m_audit.append(actor, auditAction, QStringLiteral("appointment"), appointmentId, resolution));
    MSP_TRY(resolveAttentionItem(actor, itemId, resolution));
    return tx->commit();
}

Result<void> SyncReplica::cancelRejected(const Actor &actor, const EntityId &itemId, const QString &reason)
{
    MSP_TRY(requirePermission(actor, Permission::Book));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto u = m_db.prepare("UPDATE appointment SET status = 'cancelled', updated_at = ?2 WHERE id = "
                          "(SELECT entity_id FROM attention_item WHERE id = ?1 AND kind = 'booking_rejected');");
    if (!u)
        return u.error();
    MSP_TRY(u->bind(1, itemId).bind(2, QDateTime::currentDateTimeUtc()).run());
    MSP_TRY(resolveAttentionItem(actor, itemId, QStringLiteral("cancelled: ") + reason));
    return tx->commit();
}

} // namespace msp::store
