#include "store/appointmentrepository.h"

#include "store/auditlog.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/permissions.h"
#include "store/query.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace msp::store {

namespace {
SyncState syncStateFrom(QLatin1StringView key)
{
    return key == QLatin1StringView("confirmed") ? SyncState::Confirmed
        : key == QLatin1StringView("rejected")   ? SyncState::Rejected
                                                 : SyncState::Local;
}

constexpr const char *kColumns = "id, client_id, practitioner_id, service_id, room_id, device_id, start_utc, end_utc, "
                                 "status, notes, sync_state";

Appointment readAppointment(const Query &q)
{
    Appointment a;
    a.id = q.id(0);
    a.clientId = q.id(1);
    a.practitionerId = q.id(2);
    a.serviceId = q.id(3);
    a.roomId = q.id(4);
    a.deviceId = q.id(5);
    a.start = q.dateTime(6);
    a.end = q.dateTime(7);
    a.status = statusFromCode(q.text(8)).value_or(AppointmentStatus::Booked);
    a.notes = q.text(9);
    a.syncState = syncStateFrom(q.latin1(10));
    return a;
}

QByteArray selectSql(const char *where)
{
    return QByteArray("SELECT ") + kColumns + " FROM appointment " + where;
}
} // namespace

QString syncStateKey(SyncState s)
{
    switch (s) {
    case SyncState::Local: return QStringLiteral("local");
    case SyncState::Confirmed: return QStringLiteral("confirmed");
    case SyncState::Rejected: return QStringLiteral("rejected");
    }
    return {};
}

Result<void> AppointmentRepository::checkNoOverlap(const Appointment &a)
{
    auto q = m_db.prepare("SELECT id, practitioner_id = ?3, room_id IS NOT NULL AND room_id = ?4 FROM appointment "
                          "WHERE id <> ?5 AND start_utc < ?2 AND end_utc > ?1 "
                          "AND status NOT IN ('cancelled', 'entered-in-error', 'noshow', 'waitlist') "
                          "AND (practitioner_id = ?3 OR (room_id IS NOT NULL AND room_id = ?4) "
                          "OR (device_id IS NOT NULL AND device_id = ?6)) LIMIT 1;");
    if (!q)
        return q.error();
    q->bind(1, a.start).bind(2, a.end).bind(3, a.practitionerId).bind(4, a.roomId).bind(5, a.id).bind(6, a.deviceId);
    auto row = q->next();
    if (!row)
        return row.error();
    if (!*row)
        return ok();
    const QString what = q->boolean(1) ? QCoreApplication::translate("msp::store", "the practitioner")
        : q->boolean(2)                ? QCoreApplication::translate("msp::store", "the room")
                                       : QCoreApplication::translate("msp::store", "the device");
    return Error::make(ErrorCode::Conflict,
                       QCoreApplication::translate("msp::store",
                                                   "This time is taken: %1 is already booked then (appointment %2). "
                                                   "Choose another time, practitioner or room.")
                           .arg(what, q->text(0).left(8)));
}

Result<Appointment> AppointmentRepository::create(const Actor &actor, Appointment a, OverlapCheck check,
                                                  const QString &overbookReason)
{
    MSP_TRY(requirePermission(actor, Permission::Book));
    if (a.id.isNull())
        a.id = EntityId::generate();
    a.syncState = SyncState::Local;
    MSP_TRY(a.validate());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    if (statusOccupiesTime(a.status) && check == OverlapCheck::ByRepository)
        MSP_TRY(checkNoOverlap(a));
    // The buffered block is written with the row, so the insert trigger has
    // nothing left to fill in (a second write of the row and its indexes).
    auto q = m_db.prepare("INSERT INTO appointment (id, client_id, practitioner_id, service_id, room_id, device_id, "
                          "start_utc, end_utc, status, notes, sync_state, updated_at, block_start_utc, block_end_utc) "
                          "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12, "
                          "?7 - 60000 * (SELECT buffer_before_min FROM service WHERE service.id = ?4), "
                          "?8 + 60000 * (SELECT buffer_after_min FROM service WHERE service.id = ?4));");
    if (!q)
        return q.error();
    MSP_TRY(q->bind(1, a.id)
                .bind(2, a.clientId)
                .bind(3, a.practitionerId)
                .bind(4, a.serviceId)
                .bind(5, a.roomId)
                .bind(6, a.deviceId)
                .bind(7, a.start)
                .bind(8, a.end)
                .bind(9, statusCode(a.status))
                .bind(10, a.notes)
                .bind(11, syncStateKey(a.syncState))
                .bind(12, QDateTime::currentDateTimeUtc())
                .run());
    auto h = m_db.prepare("INSERT INTO appointment_history (appointment_id, at_utc, user_id, from_status, to_status, "
                          "reason) VALUES (?1, ?2, ?3, NULL, ?4, '');");
    if (!h)
        return h.error();
    MSP_TRY(h->bind(1, a.id)
                .bind(2, QDateTime::currentDateTimeUtc())
                .bind(3, actor.userId)
                .bind(4, statusCode(a.status))
                .run());
    MSP_TRY(m_audit.append(actor, QStringLiteral("appointment.create"), QStringLiteral("appointment"), a.id));
    QJsonObject booking {{QStringLiteral("client_id"), a.clientId.toString()},
                         {QStringLiteral("practitioner_id"), a.practitionerId.toString()},
                         {QStringLiteral("service_id"), a.serviceId.toString()},
                         {QStringLiteral("room_id"), a.roomId.toString()},
                         {QStringLiteral("device_id"), a.deviceId.toString()},
                         {QStringLiteral("start"), a.start.toString(Qt::ISODateWithMs)},
                         {QStringLiteral("end"), a.end.toString(Qt::ISODateWithMs)},
                         {QStringLiteral("status"), statusCode(a.status)}};
    if (!overbookReason.isEmpty())
        booking.insert(QStringLiteral("overbook_reason"), overbookReason);
    MSP_TRY(m_outbox.enqueue(QStringLiteral("book_appointment"), a.id, booking));
    MSP_TRY(tx->commit());
    return a;
}

Result<Appointment> AppointmentRepository::reschedule(const Actor &actor, Appointment a, const QString &reason,
                                                      OverlapCheck check, const QString &overbookReason)
{
    MSP_TRY(requirePermission(actor, Permission::Book));
    MSP_TRY(a.validate());
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto current = find(a.id);
    if (!current)
        return current.error();
    a.status = current->status;
    a.clientId = current->clientId;
    a.syncState = SyncState::Local;
    if (statusOccupiesTime(a.status) && check == OverlapCheck::ByRepository)
        MSP_TRY(checkNoOverlap(a));
    auto q = m_db.prepare("UPDATE appointment SET practitioner_id = ?2, service_id = ?3, room_id = ?4, device_id = ?5, "
                          "start_utc = ?6, end_utc = ?7, notes = ?8, sync_state = 'local', updated_at = ?9 "
                          "WHERE id = ?1;");
    if (!q)
        return q.error();
    MSP_TRY(q->bind(1, a.id)
                .bind(2, a.practitionerId)
                .bind(3, a.serviceId)
                .bind(4, a.roomId)
                .bind(5, a.deviceId)
                .bind(6, a.start)
                .bind(7, a.end)
                .bind(8, a.notes)
                .bind(9, QDateTime::currentDateTimeUtc())
                .run());
    auto h = m_db.prepare("INSERT INTO appointment_history (appointment_id, at_utc, user_id, from_status, to_status, "
                          "reason) VALUES (?1, ?2, ?3, ?4, ?4, ?5);");
    if (!h)
        return h.error();
    MSP_TRY(h->bind(1, a.id)
                .bind(2, QDateTime::currentDateTimeUtc())
                .bind(3, actor.userId)
                .bind(4, statusCode(a.status))
                .bind(5, reason.isEmpty() ? QStringLiteral("rescheduled") : reason)
                .run());
    MSP_TRY(m_audit.append(actor, QStringLiteral("appointment.reschedule"), QStringLiteral("appointment"), a.id));
    QJsonObject move {{QStringLiteral("practitioner_id"), a.practitionerId.toString()},
                      {QStringLiteral("service_id"), a.serviceId.toString()},
                      {QStringLiteral("room_id"), a.roomId.toString()},
                      {QStringLiteral("device_id"), a.deviceId.toString()},
                      {QStringLiteral("start"), a.start.toString(Qt::ISODateWithMs)},
                      {QStringLiteral("end"), a.end.toString(Qt::ISODateWithMs)}};
    if (!overbookReason.isEmpty())
        move.insert(QStringLiteral("overbook_reason"), overbookReason);
    MSP_TRY(m_outbox.enqueue(QStringLiteral("reschedule_appointment"), a.id, move));
    MSP_TRY(tx->commit());
    return a;
}

Result<void> AppointmentRepository::setStatus(const Actor &actor, const EntityId &id, AppointmentStatus to,
                                              const QString &reason)
{
    MSP_TRY(requirePermission(actor, Permission::Book));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto current = find(id);
    if (!current)
        return current.error();
    if (!isAllowedTransition(current->status, to))
        return Error::make(ErrorCode::Invalid,
                           QCoreApplication::translate("msp::store", "An appointment that is %1 cannot be marked %2.")
                               .arg(statusDisplayName(current->status).toLower(), statusDisplayName(to).toLower()));
    if (to == AppointmentStatus::Cancelled && reason.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("reason"),
                              QCoreApplication::translate("msp::store", "Give a reason for the cancellation."));
    auto q = m_db.prepare("UPDATE appointment SET status = ?2, sync_state = 'local', updated_at = ?3 WHERE id = ?1;");
    if (!q)
        return q.error();
    MSP_TRY(q->bind(1, id).bind(2, statusCode(to)).bind(3, QDateTime::currentDateTimeUtc()).run());
    auto h = m_db.prepare("INSERT INTO appointment_history (appointment_id, at_utc, user_id, from_status, to_status, "
                          "reason) VALUES (?1, ?2, ?3, ?4, ?5, ?6);");
    if (!h)
        return h.error();
    MSP_TRY(h->bind(1, id)
                .bind(2, QDateTime::currentDateTimeUtc())
                .bind(3, actor.userId)
                .bind(4, statusCode(current->status))
                .bind(5, statusCode(to))
                .bind(6, reason)
                .run());
    MSP_TRY(m_audit.append(actor, QStringLiteral("appointment.status"), QStringLiteral("appointment"), id,
                           statusCode(current->status) + QStringLiteral(" -> ") + statusCode(to)));
    MSP_TRY(m_outbox.enqueue(QStringLiteral("set_appointment_status"), id,
                             {{QStringLiteral("status"), statusCode(to)}, {QStringLiteral("reason"), reason}}));
    return tx->commit();
}

Result<Appointment> AppointmentRepository::find(const EntityId &id)
{
    auto q = m_db.prepare(selectSql("WHERE id = ?1;").constData());
    if (!q)
        return q.error();
    q->bind(1, id);
    auto row = q->next();
    if (!row)
        return row.error();
    if (!*row)
        return Error::make(ErrorCode::NotFound,
                           QCoreApplication::translate("msp::store", "This appointment no longer exists."));
    return readAppointment(*q);
}

// An appointment lasts at most 12 hours (Appointment::validate), so one that
// overlaps a window started at most that long before it: the lower bound
// turns the scan of every earlier appointment into a range of the index.
constexpr qint64 kLongestAppointmentMs = 12 * 3600 * 1000;

Result<QList<Appointment>> AppointmentRepository::between(const QDateTime &fromUtc, const QDateTime &toUtc)
{
    auto q = m_db.prepare(
        selectSql("WHERE start_utc < ?2 AND start_utc > ?3 AND end_utc > ?1 ORDER BY start_utc, id;").constData());
    if (!q)
        return q.error();
    q->bind(1, fromUtc).bind(2, toUtc).bind(3, fromUtc.toMSecsSinceEpoch() - kLongestAppointmentMs);
    return collectRows<Appointment>(*q, readAppointment);
}

Result<void> AppointmentRepository::forCalendar(qint64 fromUtcMs, qint64 toUtcMs, QList<Appointment> &out)
{
    out.clear(); // keeps the capacity
    auto q = m_db.prepare("SELECT id, client_id, practitioner_id, service_id, room_id, device_id, start_utc, "
                          "end_utc, status, sync_state FROM appointment "
                          "WHERE start_utc < ?2 AND start_utc > ?3 AND end_utc > ?1 ORDER BY start_utc;");
    if (!q)
        return q.error();
    q->bind(1, fromUtcMs).bind(2, toUtcMs).bind(3, fromUtcMs - kLongestAppointmentMs);
    while (true) {
        auto row = q->next();
        if (!row)
            return row.error();
        if (!*row)
            return ok();
        Appointment &a = out.emplace_back();
        a.id = q->id(0);
        a.clientId = q->id(1);
        a.practitionerId = q->id(2);
        a.serviceId = q->id(3);
        a.roomId = q->id(4);
        a.deviceId = q->id(5);
        a.start = QDateTime::fromMSecsSinceEpoch(q->int64(6), Qt::UTC);
        a.end = QDateTime::fromMSecsSinceEpoch(q->int64(7), Qt::UTC);
        a.status = statusFromCode(q->latin1(8)).value_or(AppointmentStatus::Booked);
        a.syncState = syncStateFrom(q->latin1(9));
    }
}

Result<QList<AppointmentHistoryEntry>> AppointmentRepository::history(const EntityId &id)
{
    auto q = m_db.prepare("SELECT at_utc, user_id, from_status, to_status, reason FROM appointment_history "
                          "WHERE appointment_id = ?1 ORDER BY seq;");
    if (!q)
        return q.error();
    q->bind(1, id);
    return collectRows<AppointmentHistoryEntry>(*q, [](const Query &r) {
        return AppointmentHistoryEntry {r.dateTime(0), r.id(1), r.text(2), r.text(3), r.text(4)};
    });
}

Result<qint64> AppointmentRepository::count()
{
    auto q = m_db.prepare("SELECT count(*) FROM appointment;");
    if (!q)
        return q.error();
    return scalar(*q);
}

} // namespace msp::store
