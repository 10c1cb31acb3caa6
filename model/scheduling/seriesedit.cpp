// SeriesService's changes to booked series: moving or resizing one
// occurrence, it and the later ones (the series splits there), or all of
// them; cancelling likewise.
#include "scheduling/seriesdetail.h"
#include "scheduling/seriesservice.h"
#include "scheduling/snapshotloader.h"
#include "store/appointmentrepository.h"
#include "store/auditlog.h"
#include "store/clinicstore.h"
#include "store/database.h"
#include "store/permissions.h"
#include "store/query.h"
#include "store/transaction.h"

#include <QCoreApplication>

namespace msp::scheduling {

namespace {
struct Occurrence {
    Appointment appointment;
    qint64 recurrenceId = 0;
};

Result<QList<Occurrence>> openOccurrences(store::ClinicStore &store, const EntityId &seriesId, qint64 fromRecurrence)
{
    auto q = store.database().prepare("SELECT id, recurrence_id_utc FROM appointment WHERE series_id = ?1 "
                                      "AND recurrence_id_utc >= ?2 AND status IN ('booked', 'pending', 'proposed') "
                                      "ORDER BY recurrence_id_utc;");
    if (!q)
        return q.error();
    q->bind(1, seriesId).bind(2, fromRecurrence);
    auto ids = store::collectRows<std::pair<EntityId, qint64>>(*q, [](const store::Query &r) {
        return std::pair {r.id(0), r.int64(1)};
    });
    if (!ids)
        return ids.error();
    QList<Occurrence> out;
    for (const auto &[id, recurrence] : *ids) {
        auto a = store.appointments().find(id);
        if (!a)
            return a.error();
        out.append({*a, recurrence});
    }
    return out;
}
} // namespace

Result<EntityId> SeriesService::seriesOf(const EntityId &appointmentId)
{
    auto q = m_store.database().prepare("SELECT series_id FROM appointment WHERE id = ?1;");
    if (!q)
        return q.error();
    q->bind(1, appointmentId);
    auto row = q->next();
    if (!row)
        return row.error();
    if (!*row)
        return Error::make(ErrorCode::NotFound,
                           QCoreApplication::translate("msp::scheduling", "This appointment no longer exists."));
    return q->isNull(0) ? EntityId() : q->id(0);
}

Result<int> SeriesService::cancel(const Actor &actor, const EntityId &occurrenceId, EditScope scope,
                                  const QString &reason)
{
    MSP_TRY(store::requirePermission(actor, Permission::Book));
    if (reason.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("reason"),
                              QCoreApplication::translate("msp::scheduling", "Give a reason for the cancellation."));
    auto tx = store::Transaction::begin(m_store.database());
    if (!tx)
        return tx.error();
    auto seriesId = seriesOf(occurrenceId);
    if (!seriesId)
        return seriesId.error();
    QList<EntityId> targets;
    if (scope == EditScope::ThisOne || seriesId->isNull()) {
        if (scope != EditScope::ThisOne)
            return Error::make(
                ErrorCode::NotFound,
                QCoreApplication::translate("msp::scheduling", "This appointment is not part of a series."));
        targets.append(occurrenceId);
    } else {
        auto q = m_store.database().prepare("SELECT recurrence_id_utc FROM appointment WHERE id = ?1;");
        if (!q)
            return q.error();
        q->bind(1, occurrenceId);
        auto recurrence = store::scalar(*q);
        if (!recurrence)
            return recurrence.error();
        auto open = openOccurrences(m_store, *seriesId, scope == EditScope::All ? 0 : *recurrence);
        if (!open)
            return open.error();
        for (const Occurrence &o : std::as_const(*open))
            targets.append(o.appointment.id);
    }
    for (const EntityId &id : std::as_const(targets))
        MSP_TRY(m_store.appointments().setStatus(actor, id, AppointmentStatus::Cancelled, reason.trimmed()));
    if (!seriesId->isNull())
        MSP_TRY(m_store.audit().append(actor, QStringLiteral("series.cancel"), QStringLiteral("appointment_series"),
                                       *seriesId, QStringLiteral("cancelled: %1").arg(targets.size())));
    MSP_TRY(tx->commit());
    return int(targets.size());
}

Result<int> SeriesService::edit(const Actor &actor, const EntityId &occurrenceId, EditScope scope,
                                const SeriesChange &change)
{
    MSP_TRY(store::requirePermission(actor, Permission::Book));
    auto tx = store::Transaction::begin(m_store.database());
    if (!tx)
        return tx.error();
    auto q = m_store.database().prepare("SELECT series_id, recurrence_id_utc FROM appointment WHERE id = ?1;");
    if (!q)
        return q.error();
    q->bind(1, occurrenceId);
    auto row = q->next();
    if (!row)
        return row.error();
    if (!*row || q->isNull(0))
        return Error::make(ErrorCode::NotFound,
                           QCoreApplication::translate("msp::scheduling", "This appointment is not part of a series."));
    const EntityId seriesId = q->id(0);
    const qint64 recurrence = q->int64(1);
    auto catalog = loadCatalog(m_store);
    if (!catalog)
        return catalog.error();
    const ClinicTime time = catalog->time;

    QList<Occurrence> targets;
    if (scope == EditScope::ThisOne) {
        auto a = m_store.appointments().find(occurrenceId);
        if (!a)
            return a.error();
        targets.append({*a, recurrence});
    } else {
        auto open = openOccurrences(m_store, seriesId, scope == EditScope::All ? 0 : recurrence);
        if (!open)
            return open.error();
        targets = *open;
    }
    if (targets.isEmpty())
        return 0;
    const qint64 margin = (2 + qAbs(change.dayOffset)) * kDayMs + change.lengthMinutes * kMinuteMs;
    auto snapshot = loadSnapshot(m_store, *catalog,
                                 {targets.first().appointment.start.toMSecsSinceEpoch() - margin,
                                  targets.last().appointment.end.toMSecsSinceEpoch() + margin});
    if (!snapshot)
        return snapshot.error();
    for (const Occurrence &o : targets)
        snapshot->remove(o.appointment.id);

    QList<std::pair<Appointment, Verdict>> moves;
    for (const Occurrence &o : targets) {
        const Appointment &a = o.appointment;
        BookingRequest r;
        r.appointmentId = a.id;
        r.clientId = a.clientId;
        r.serviceId = a.serviceId;
        r.practitionerId = change.practitionerId.isNull() ? a.practitionerId : change.practitionerId;
        r.roomId = change.roomId.isNull() ? a.roomId : change.roomId;
        r.deviceId = a.deviceId;
        const QDateTime local = time.toLocal(a.start.toMSecsSinceEpoch());
        const bool retimed = change.localTime.isValid() || change.dayOffset != 0;
        r.start = retimed ? time.toUtc(local.date().addDays(change.dayOffset),
                                       change.localTime.isValid() ? change.localTime : local.time())
                          : a.start;
        r.end = r.start.addMSecs(change.lengthMinutes > 0 ? change.lengthMinutes * kMinuteMs : a.start.msecsTo(a.end));
        Verdict v = snapshot->check(r);
        if (!v.isAllowed() && change.roomId.isNull()) {
            r.roomId = {}; // the old room is taken: any suitable one
            v = snapshot->check(r);
        }
        if (!v.isAllowed())
            return occurrenceRefused(time, r.start.toMSecsSinceEpoch(), v);
        snapshot->add(BusyBlock {a.id, r.serviceId, r.practitionerId, v.roomId, v.deviceId, v.block});
        Appointment moved = a;
        moved.practitionerId = r.practitionerId;
        moved.roomId = v.roomId;
        moved.deviceId = v.deviceId;
        moved.start = r.start;
        moved.end = r.end;
        moves.append({moved, v});
    }
    for (const auto &[moved, v] : moves) {
        auto written = m_store.appointments().reschedule(
            actor, moved, QCoreApplication::translate("msp::scheduling", "series changed"),
            store::OverlapCheck::CheckedByCaller);
        if (!written)
            return written.error();
    }
    if (scope != EditScope::ThisOne) {
        // The moved occurrences now follow the changed rule: their new starts
        // are their recurrence ids, and the series restarts at the first one.
        for (const auto &[moved, v] : moves) {
            auto u = m_store.database().prepare("UPDATE appointment SET recurrence_id_utc = start_utc WHERE id = ?1;");
            if (!u)
                return u.error();
            MSP_TRY(u->bind(1, moved.id).run());
        }
        const Appointment &firstMoved = moves.first().first;
        auto s = m_store.database().prepare(
            "UPDATE appointment_series SET first_start_utc = ?2, practitioner_id = ?3, room_id = ?4, "
            "ics_sequence = ics_sequence + 1, updated_at = ?5 WHERE id = ?1;");
        if (!s)
            return s.error();
        if (scope == EditScope::ThisAndFollowing && targets.first().recurrenceId > 0) {
            // Split: earlier occurrences stay in the old series, which now
            // ends the day before; the rest form a new series.
            auto old = m_store.database().prepare(
                "SELECT rrule, time_zone, duration_min, client_id, service_id, device_id, exdates, first_start_utc "
                "FROM appointment_series WHERE id = ?1;");
            if (!old)
                return old.error();
            old->bind(1, seriesId);
            auto oldRow = old->next();
            if (!oldRow || !*oldRow)
                return Error::make(ErrorCode::NotFound,
                                   QCoreApplication::translate("msp::scheduling", "This series no longer exists."));
            const qint64 oldFirst = old->int64(7);
            if (oldFirst < recurrence) {
                auto rule = RecurrenceRule::fromRRule(old->text(0), time);
                if (!rule)
                    return rule.error();
                RecurrenceRule tail = *rule;
                const QList<QDateTime> before
                    = expandOccurrences(*rule, QDateTime::fromMSecsSinceEpoch(oldFirst, Qt::UTC), time);
                int earlier = 0;
                for (const QDateTime &d : before)
                    earlier += d.toMSecsSinceEpoch() < recurrence ? 1 : 0;
                RecurrenceRule head = *rule;
                head.count = 0;
                head.until = time.localDate(recurrence).addDays(-1);
                if (tail.count > 0)
                    tail.count = qMax(1, tail.count - earlier);
                const EntityId newSeries = EntityId::generate();
                auto ins = m_store.database().prepare(
                    "INSERT INTO appointment_series (id, rrule, time_zone, first_start_utc, duration_min, exdates, "
                    "client_id, practitioner_id, service_id, room_id, device_id, updated_at) "
                    "SELECT ?2, ?3, time_zone, first_start_utc, duration_min, '', client_id, practitioner_id, "
                    "service_id, room_id, device_id, ?4 FROM appointment_series WHERE id = ?1;");
                if (!ins)
                    return ins.error();
                MSP_TRY(ins->bind(1, seriesId)
                            .bind(2, newSeries)
                            .bind(3, tail.toRRule(time))
                            .bind(4, QDateTime::currentDateTimeUtc())
                            .run());
                auto cut = m_store.database().prepare(
                    "UPDATE appointment_series SET rrule = ?2, ics_sequence = ics_sequence + 1 WHERE id = ?1;");
                if (!cut)
                    return cut.error();
                MSP_TRY(cut->bind(1, seriesId).bind(2, head.toRRule(time)).run());
                for (const auto &[moved, v] : moves) {
                    auto re = m_store.database().prepare("UPDATE appointment SET series_id = ?2 WHERE id = ?1;");
                    if (!re)
                        return re.error();
                    MSP_TRY(re->bind(1, moved.id).bind(2, newSeries).run());
                }
                MSP_TRY(s->bind(1, newSeries)
                            .bind(2, firstMoved.start)
                            .bind(3, firstMoved.practitionerId)
                            .bind(4, firstMoved.roomId)
                            .bind(5, QDateTime::currentDateTimeUtc())
                            .run());
                MSP_TRY(m_store.audit().append(actor, QStringLiteral("series.split"),
                                               QStringLiteral("appointment_series"), seriesId, newSeries.toString()));
                MSP_TRY(tx->commit());
                return int(moves.size());
            }
        }
        MSP_TRY(s->bind(1, seriesId)
                    .bind(2, firstMoved.start)
                    .bind(3, firstMoved.practitionerId)
                    .bind(4, firstMoved.roomId)
                    .bind(5, QDateTime::currentDateTimeUtc())
                    .run());
    }
    MSP_TRY(m_store.audit().append(actor, QStringLiteral("series.edit"), QStringLiteral("appointment_series"), seriesId,
                                   QStringLiteral("moved: %1").arg(moves.size())));
    MSP_TRY(tx->commit());
    return int(moves.size());
}

} // namespace msp::scheduling
