#include "scheduling/seriesservice.h"

#include "scheduling/bookingservice.h"
#include "scheduling/seriesdetail.h"
#include "scheduling/snapshotloader.h"
#include "store/appointmentrepository.h"
#include "store/auditlog.h"
#include "store/clinicstore.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/permissions.h"
#include "store/query.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace msp::scheduling {

Error occurrenceRefused(const ClinicTime &time, qint64 start, const Verdict &v)
{
    return Error {ErrorCode::Conflict,
                  QCoreApplication::translate("msp::scheduling", "The appointment on %1 cannot be booked: %2")
                      .arg(QLocale().toString(time.toLocal(start), QLocale::ShortFormat), v.message()),
                  ruleKey(v.violations.first().rule)};
}

namespace {
// The request for one occurrence: the rule's time, or where it was moved to.
BookingRequest occurrenceRequest(const BookingRequest &first, const QDateTime &start, qint64 duration,
                                 const QList<OccurrenceMove> &moves)
{
    BookingRequest r = first;
    r.appointmentId = {};
    r.start = start;
    for (const OccurrenceMove &m : moves)
        if (m.recurrenceId == start) {
            r.start = m.slot.start;
            r.practitionerId = m.slot.practitionerId.isNull() ? first.practitionerId : m.slot.practitionerId;
            r.roomId = m.slot.roomId;
        }
    r.end = r.start.addMSecs(duration);
    return r;
}
} // namespace

Result<SeriesService::Checked> SeriesService::check(const BookingRequest &first, const RecurrenceRule &rule,
                                                    const QList<OccurrenceMove> &moves)
{
    MSP_TRY(rule.validate());
    auto catalog = loadCatalog(m_store);
    if (!catalog)
        return catalog.error();
    const ClinicTime time = catalog->time;
    const Service *service = catalog->service(first.serviceId);
    if (!service || !first.start.isValid() || first.clientId.isNull())
        return Error::invalid(
            QStringLiteral("service"),
            QCoreApplication::translate("msp::scheduling", "Choose the client, the service and the first time."));
    const qint64 duration = first.end.isValid() ? first.start.msecsTo(first.end) : service->durationMinutes * kMinuteMs;
    const QList<QDateTime> starts = expandOccurrences(rule, first.start, time);
    if (starts.isEmpty())
        return Error::invalid(QStringLiteral("recurrence"),
                              QCoreApplication::translate("msp::scheduling", "This series has no appointments."));
    // A moved occurrence may leave the rule's span by up to its week.
    qint64 from = starts.first().toMSecsSinceEpoch();
    qint64 to = starts.last().toMSecsSinceEpoch();
    for (const OccurrenceMove &m : moves) {
        from = std::min(from, m.slot.start.toMSecsSinceEpoch());
        to = std::max(to, m.slot.start.toMSecsSinceEpoch());
    }
    auto snapshot = loadSnapshot(m_store, *catalog, {from - kDayMs, to + duration + kDayMs});
    if (!snapshot)
        return snapshot.error();
    Checked out {time, {}};
    for (const QDateTime &start : starts) {
        const BookingRequest r = occurrenceRequest(first, start, duration, moves);
        const Verdict v = snapshot->check(r);
        // Later occurrences must not collide with earlier ones of the series.
        if (v.isAllowed())
            snapshot->add(
                BusyBlock {EntityId::generate(), r.serviceId, r.practitionerId, v.roomId, v.deviceId, v.block});
        out.occurrences.append({r.start, r.end, v, {}, start, r.practitionerId});
    }
    return out;
}

Result<QList<OccurrenceCheck>> SeriesService::preview(const BookingRequest &first, const RecurrenceRule &rule,
                                                      int suggestions, const QList<OccurrenceMove> &moves)
{
    auto checked = check(first, rule, moves);
    if (!checked)
        return checked.error();
    BookingService booking(m_store);
    for (OccurrenceCheck &o : checked->occurrences) {
        if (o.verdict.isAllowed() || suggestions <= 0)
            continue;
        BookingRequest r = first;
        r.start = o.start;
        r.end = o.end;
        r.practitionerId = o.practitionerId;
        auto offered = booking.suggest(r, suggestions, 7);
        if (!offered)
            return offered.error();
        o.suggestions = *offered;
    }
    return checked->occurrences;
}

Result<SeriesOutcome> SeriesService::create(const Actor &actor, const BookingRequest &first, const RecurrenceRule &rule,
                                            SeriesConflicts conflicts, const QList<OccurrenceMove> &moves)
{
    MSP_TRY(store::requirePermission(actor, Permission::Book));
    // BEGIN IMMEDIATE before the check: what is checked is what is written.
    auto tx = store::Transaction::begin(m_store.database());
    if (!tx)
        return tx.error();
    auto checked = check(first, rule, moves);
    if (!checked)
        return checked.error();
    const ClinicTime &time = checked->time;
    const QList<OccurrenceCheck> &all = checked->occurrences;

    SeriesOutcome outcome;
    outcome.seriesId = EntityId::generate();
    struct Accepted {
        BookingRequest request;
        Verdict verdict;
        QDateTime recurrenceId;
    };
    QList<Accepted> accepted;
    QStringList exdates;
    for (const OccurrenceCheck &o : all) {
        if (!o.verdict.isAllowed()) {
            if (conflicts == SeriesConflicts::RefuseAll)
                return occurrenceRefused(time, o.start.toMSecsSinceEpoch(), o.verdict);
            outcome.skipped.append({o.recurrenceId, o.verdict});
            exdates.append(QString::number(o.recurrenceId.toMSecsSinceEpoch()));
            continue;
        }
        BookingRequest r = first;
        r.appointmentId = {};
        r.start = o.start;
        r.end = o.end;
        r.practitionerId = o.practitionerId;
        accepted.append({r, o.verdict, o.recurrenceId});
    }
    if (accepted.isEmpty())
        return occurrenceRefused(time, all.first().start.toMSecsSinceEpoch(), outcome.skipped.first().verdict);
    const qint64 duration = all.first().start.msecsTo(all.first().end);
    auto ins = m_store.database().prepare(
        "INSERT INTO appointment_series (id, rrule, time_zone, first_start_utc, duration_min, exdates, client_id, "
        "practitioner_id, service_id, room_id, device_id, updated_at) VALUES "
        "(?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12);");
    if (!ins)
        return ins.error();
    MSP_TRY(ins->bind(1, outcome.seriesId)
                .bind(2, rule.toRRule(time))
                .bind(3, QString::fromLatin1(time.id()))
                .bind(4, all.first().recurrenceId)
                .bind(5, int(duration / kMinuteMs))
                .bind(6, exdates.join(u','))
                .bind(7, first.clientId)
                .bind(8, first.practitionerId)
                .bind(9, first.serviceId)
                .bind(10, first.roomId.isNull() ? accepted.first().verdict.roomId : first.roomId)
                .bind(11, accepted.first().verdict.deviceId)
                .bind(12, QDateTime::currentDateTimeUtc())
                .run());
    QJsonArray occurrences;
    for (const auto &[r, v, recurrenceId] : accepted) {
        Appointment a;
        a.clientId = r.clientId;
        a.serviceId = r.serviceId;
        a.practitionerId = r.practitionerId;
        a.roomId = v.roomId;
        a.deviceId = v.deviceId;
        a.start = r.start;
        a.end = r.end;
        auto created = m_store.appointments().create(actor, a, store::OverlapCheck::CheckedByCaller);
        if (!created)
            return created.error();
        auto link = m_store.database().prepare(
            "UPDATE appointment SET series_id = ?2, recurrence_id_utc = ?3 WHERE id = ?1;");
        if (!link)
            return link.error();
        MSP_TRY(link->bind(1, created->id).bind(2, outcome.seriesId).bind(3, recurrenceId).run());
        occurrences.append(created->id.toString());
        outcome.booked.append(*created);
    }
    MSP_TRY(m_store.audit().append(
        actor, QStringLiteral("series.create"), QStringLiteral("appointment_series"), outcome.seriesId,
        QStringLiteral("occurrences: %1; skipped: %2").arg(outcome.booked.size()).arg(outcome.skipped.size())));
    auto m = m_store.outbox().enqueue(QStringLiteral("create_series"), outcome.seriesId,
                                      {{QStringLiteral("rrule"), rule.toRRule(time)},
                                       {QStringLiteral("exdates"), exdates.join(u',')},
                                       {QStringLiteral("occurrences"), occurrences}});
    if (!m)
        return m.error();
    MSP_TRY(tx->commit());
    return outcome;
}

} // namespace msp::scheduling
