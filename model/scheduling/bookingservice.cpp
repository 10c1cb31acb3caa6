#include "scheduling/bookingservice.h"

#include "scheduling/settings.h"
#include "scheduling/snapshotloader.h"
#include "scheduling/waitlistrepository.h"
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
QString tr(const char *text)
{
    return QCoreApplication::translate("msp::scheduling", text);
}

Error refusal(const Verdict &verdict)
{
    const Violation &v = verdict.violations.first();
    return Error {v.rule == Rule::InvalidRequest ? ErrorCode::Invalid : ErrorCode::Conflict, v.message,
                  ruleKey(v.rule)};
}

// Enough time around a booking that every block overlapping it is loaded.
TimeRange neighbourhood(const BookingRequest &r)
{
    const qint64 s = r.start.isValid() ? r.start.toMSecsSinceEpoch() : 0;
    const qint64 e = r.end.isValid() ? r.end.toMSecsSinceEpoch() : s;
    return {s - kDayMs, qMax(s, e) + kDayMs};
}

Result<void> recordOverbooking(store::ClinicStore &store, const Actor &actor, const Appointment &a,
                               const Verdict &verdict, const QString &reason)
{
    QStringList rules;
    QStringList conflicts;
    for (const Violation &v : verdict.violations) {
        rules.append(ruleKey(v.rule));
        if (!v.conflictingAppointmentId.isNull())
            conflicts.append(v.conflictingAppointmentId.toString());
    }
    // The audit detail names rules and appointments only; the free-text
    // reason (which staff might fill with client details) stays in the
    // appointment's history.
    MSP_TRY(
        store.audit().append(actor, QStringLiteral("appointment.overbook"), QStringLiteral("appointment"), a.id,
                             QStringLiteral("rules: %1; conflicts: %2").arg(rules.join(u','), conflicts.join(u','))));
    auto h = store.database().prepare("INSERT INTO appointment_history (appointment_id, at_utc, user_id, from_status, "
                                      "to_status, reason) VALUES (?1, ?2, ?3, ?4, ?4, ?5);");
    if (!h)
        return h.error();
    return h->bind(1, a.id)
        .bind(2, QDateTime::currentDateTimeUtc())
        .bind(3, actor.userId)
        .bind(4, statusCode(a.status))
        .bind(5, QStringLiteral("overbooked: ") + reason)
        .run();
}
} // namespace

Result<Verdict> BookingService::check(const BookingRequest &request)
{
    auto catalog = loadCatalog(m_store);
    if (!catalog)
        return catalog.error();
    auto snapshot = loadSnapshot(m_store, std::move(*catalog), neighbourhood(request));
    if (!snapshot)
        return snapshot.error();
    return snapshot->check(request);
}

Result<Appointment> BookingService::book(const Actor &actor, const BookingRequest &request,
                                         const QString &overbookReason)
{
    return write(actor, request, overbookReason, false);
}

Result<Appointment> BookingService::move(const Actor &actor, const BookingRequest &request,
                                         const QString &overbookReason)
{
    return write(actor, request, overbookReason, true);
}

Result<BookingRequest> BookingService::completeMove(const BookingRequest &request, Appointment &current)
{
    auto found = m_store.appointments().find(request.appointmentId);
    if (!found)
        return found.error();
    current = *found;
    if (!statusOccupiesTime(current.status) || current.status == AppointmentStatus::Fulfilled)
        return Error::make(
            ErrorCode::Invalid,
            tr("An appointment that is %1 cannot be moved.").arg(statusDisplayName(current.status).toLower()));
    BookingRequest r = request;
    r.clientId = current.clientId;
    if (r.serviceId.isNull())
        r.serviceId = current.serviceId;
    if (r.practitionerId.isNull())
        r.practitionerId = current.practitionerId;
    if (!r.start.isValid())
        r.start = current.start;
    if (!r.end.isValid())
        r.end = r.start.addSecs(current.start.secsTo(current.end));
    return r;
}

Result<Appointment> BookingService::write(const Actor &actor, const BookingRequest &request,
                                          const QString &overbookReason, bool isMove)
{
    MSP_TRY(store::requirePermission(actor, Permission::Book));
    // BEGIN IMMEDIATE: the write lock is ours before we read, so what we check
    // is what we write against.
    auto tx = store::Transaction::begin(m_store.database());
    if (!tx)
        return tx.error();
    Appointment current;
    BookingRequest req = request;
    if (isMove) {
        auto completed = completeMove(request, current);
        if (!completed)
            return completed.error();
        req = *completed;
    }
    auto catalog = loadCatalog(m_store);
    if (!catalog)
        return catalog.error();
    auto snapshot = loadSnapshot(m_store, std::move(*catalog), neighbourhood(req));
    if (!snapshot)
        return snapshot.error();
    Verdict verdict;
    if (isMove && request.roomId.isNull() && !current.roomId.isNull()) {
        // Keep the room the client was told about when it is still free.
        BookingRequest sameRoom = req;
        sameRoom.roomId = current.roomId;
        sameRoom.deviceId = request.deviceId.isNull() ? current.deviceId : request.deviceId;
        verdict = snapshot->check(sameRoom);
        if (!verdict.isAllowed())
            verdict = snapshot->check(req);
    } else {
        verdict = snapshot->check(req);
    }
    const bool overbooking = !verdict.isAllowed();
    if (overbooking) {
        if (overbookReason.trimmed().isEmpty() || !verdict.isOverridable())
            return refusal(verdict);
        if (!roleAllows(actor.role, Permission::Overbook))
            return Error::make(ErrorCode::NotPermitted,
                               tr("%1 Your role (%2) may not overbook; ask a manager to.")
                                   .arg(verdict.message(), roleDisplayName(actor.role)));
    }
    Appointment a = isMove ? current : Appointment {};
    a.clientId = req.clientId;
    a.serviceId = req.serviceId;
    a.practitionerId = req.practitionerId;
    a.roomId = verdict.roomId;
    a.deviceId = verdict.deviceId;
    a.start = verdict.appointment.startUtc();
    a.end = verdict.appointment.endUtc();
    // An overbooking's reason goes to the server with the change, so it books
    // over the conflict there too instead of refusing it into the inbox.
    const QString serverReason = overbooking ? overbookReason.trimmed() : QString();
    auto written = isMove
        ? m_store.appointments().reschedule(actor, a, tr("moved"), store::OverlapCheck::CheckedByCaller, serverReason)
        : m_store.appointments().create(actor, a, store::OverlapCheck::CheckedByCaller, serverReason);
    if (!written)
        return written.error();
    if (overbooking)
        MSP_TRY(recordOverbooking(m_store, actor, *written, verdict, overbookReason.trimmed()));
    MSP_TRY(tx->commit());
    return written;
}

Result<QList<WaitlistMatch>> BookingService::cancel(const Actor &actor, const EntityId &appointmentId,
                                                    const QString &reason)
{
    auto current = m_store.appointments().find(appointmentId);
    if (!current)
        return current.error();
    MSP_TRY(m_store.appointments().setStatus(actor, appointmentId, AppointmentStatus::Cancelled, reason));
    return waitlistFor(TimeRange::of(current->start, current->end), current->practitionerId);
}

Result<void> BookingService::markNoShow(const Actor &actor, const EntityId &appointmentId)
{
    auto tx = store::Transaction::begin(m_store.database());
    if (!tx)
        return tx.error();
    MSP_TRY(m_store.appointments().setStatus(actor, appointmentId, AppointmentStatus::NoShow));
    auto fee = readSetting(m_store, settingKeys::noShowFeeMinor(), QStringLiteral("0"));
    if (!fee)
        return fee.error();
    auto q = m_store.database().prepare("UPDATE appointment SET fee_flag = 'noshow', fee_minor = ?2 WHERE id = ?1;");
    if (!q)
        return q.error();
    MSP_TRY(q->bind(1, appointmentId).bind(2, fee->toLongLong()).run());
    return tx->commit();
}

Result<void> BookingService::setStatus(const Actor &actor, const EntityId &appointmentId, AppointmentStatus to,
                                       const QString &reason)
{
    if (to == AppointmentStatus::NoShow)
        return markNoShow(actor, appointmentId);
    return m_store.appointments().setStatus(actor, appointmentId, to, reason);
}

Result<QList<Suggestion>> BookingService::suggest(const BookingRequest &request, int count, int horizonDays)
{
    QList<Suggestion> out;
    auto catalog = loadCatalog(m_store);
    if (!catalog)
        return catalog.error();
    const Service *service = catalog->service(request.serviceId);
    if (!service || !request.start.isValid())
        return out;
    SlotQuery query;
    query.serviceId = request.serviceId;
    query.range = {request.start.toMSecsSinceEpoch(), request.start.toMSecsSinceEpoch() + horizonDays * kDayMs};
    query.count = count;
    query.ignoreAppointmentId = request.appointmentId;
    const auto addTier = [&](Suggestion::Kind kind, const SlotQuery &q) -> Result<void> {
        auto slots = searchSlots(m_store, *catalog, q);
        if (!slots)
            return slots.error();
        for (const Slot &s : *slots)
            out.append({kind, s});
        return ok();
    };
    if (!request.practitionerId.isNull()) {
        SlotQuery same = query;
        same.practitionerIds = {request.practitionerId};
        MSP_TRY(addTier(Suggestion::Kind::SamePractitioner, same));
    }
    SlotQuery others = query;
    for (int i : catalog->qualifiedFor(request.serviceId))
        if (!(catalog->practitioners.at(i).id == request.practitionerId))
            others.practitionerIds.append(catalog->practitioners.at(i).id);
    if (!others.practitionerIds.isEmpty())
        MSP_TRY(addTier(Suggestion::Kind::OtherPractitioner, others));
    if (!request.roomId.isNull() && !request.practitionerId.isNull()) {
        auto snapshot = loadSnapshot(m_store, *catalog, neighbourhood(request));
        if (!snapshot)
            return snapshot.error();
        int added = 0;
        for (int r : catalog->roomsFor(*service)) {
            if (added >= count || catalog->rooms.at(r).id == request.roomId)
                continue;
            BookingRequest elsewhere = request;
            elsewhere.roomId = catalog->rooms.at(r).id;
            const Verdict v = snapshot->check(elsewhere);
            if (!v.isAllowed())
                continue;
            out.append({Suggestion::Kind::OtherRoom,
                        Slot {v.appointment.startUtc(), v.appointment.endUtc(), request.practitionerId, v.roomId,
                              v.deviceId}});
            ++added;
        }
    }
    return out;
}

Result<QList<WaitlistMatch>> BookingService::waitlistFor(const TimeRange &freed, const EntityId &practitionerId)
{
    auto entries = WaitlistRepository(m_store).waiting();
    if (!entries)
        return entries.error();
    if (entries->isEmpty())
        return QList<WaitlistMatch> {};
    auto catalog = loadCatalog(m_store);
    if (!catalog)
        return catalog.error();
    auto snapshot = loadSnapshot(m_store, std::move(*catalog), {freed.start - kDayMs, freed.end + kDayMs});
    if (!snapshot)
        return snapshot.error();
    return matchWaitlist(*snapshot, *entries, freed, practitionerId);
}

} // namespace msp::scheduling
