#pragma once

#include "domain/appointment.h"
#include "domain/result.h"
#include "domain/user.h"

#include <QList>

namespace msp::store {

class Database;
class AuditLog;
class Outbox;

struct AppointmentHistoryEntry {
    QDateTime at;
    EntityId userId;
    QString fromStatus;
    QString toStatus;
    QString reason;
};

// Who checks that the practitioner, room and device are free. The scheduling
// engine checks the full rules (buffers, working hours, an authorised
// overbooking) inside the caller's transaction and then asks the repository
// not to repeat its simpler check.
enum class OverlapCheck { ByRepository, CheckedByCaller };

class AppointmentRepository
{
public:
    AppointmentRepository(Database &db, AuditLog &audit, Outbox &outbox)
        : m_db(db)
        , m_audit(audit)
        , m_outbox(outbox)
    {
    }

    // Books an appointment. Refuses when the practitioner, room or device is
    // already held by another non-cancelled appointment at that time (the full
    // scheduling rules live in model/scheduling).
    // `overbookReason` (the caller checked the Overbook permission) travels
    // with the change so the server books over the conflict too.
    Result<Appointment> create(const Actor &actor, Appointment appointment,
                               OverlapCheck check = OverlapCheck::ByRepository, const QString &overbookReason = {});
    // Moves or resizes an appointment (time, practitioner, room, device), kept
    // in its history with `reason`.
    Result<Appointment> reschedule(const Actor &actor, Appointment changed, const QString &reason = {},
                                   OverlapCheck check = OverlapCheck::ByRepository, const QString &overbookReason = {});
    Result<void> setStatus(const Actor &actor, const EntityId &id, AppointmentStatus to, const QString &reason = {});
    Result<Appointment> find(const EntityId &id);
    // Appointments overlapping [fromUtc, toUtc), ordered by start.
    Result<QList<Appointment>> between(const QDateTime &fromUtc, const QDateTime &toUtc);
    // The same for the calendar, which reloads a week of thousands several
    // times a minute: into `out` (its capacity reused from one load to the
    // next), without the notes a calendar never shows, in the start index's
    // order (appointments starting together in the order they were stored),
    // so no sort runs.
    Result<void> forCalendar(qint64 fromUtcMs, qint64 toUtcMs, QList<Appointment> &out);
    Result<QList<AppointmentHistoryEntry>> history(const EntityId &id);
    Result<qint64> count();

private:
    Result<void> checkNoOverlap(const Appointment &a);

    Database &m_db;
    AuditLog &m_audit;
    Outbox &m_outbox;
};

QString syncStateKey(SyncState s);

} // namespace msp::store
