#pragma once

#include "domain/appointmentstatus.h"
#include "domain/entityid.h"
#include "domain/result.h"

#include <QDateTime>

namespace msp {

// Whether the sync server has accepted this booking yet. An offline booking
// shows as unconfirmed until it has.
enum class SyncState { Local, Confirmed, Rejected };

struct Appointment {
    EntityId id;
    EntityId clientId;
    EntityId practitionerId;
    EntityId serviceId;
    EntityId roomId;
    EntityId deviceId; // null when the service needs no device
    QDateTime start; // UTC
    QDateTime end; // UTC, exclusive
    AppointmentStatus status = AppointmentStatus::Booked;
    QString notes;
    SyncState syncState = SyncState::Local;

    // Checks the invariants that hold whatever the schedule: ids set, end after
    // start, times in UTC, at most 12 hours.
    Result<void> validate() const;
    qint64 durationMinutes() const { return start.secsTo(end) / 60; }
};

} // namespace msp
