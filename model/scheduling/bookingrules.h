#pragma once

#include "domain/entityid.h"
#include "scheduling/timerange.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace msp::scheduling {

// The booking rules, each named so a refusal can say which one failed.
enum class Rule {
    InvalidRequest, // unknown service or practitioner, no start, end before start
    BlockTooLong, // the appointment and its buffers exceed a day
    PractitionerInactive,
    NotQualified,
    OutsideWorkingHours,
    PractitionerBusy,
    NoSuitableRoom, // the clinic has no room of the type the service needs
    WrongRoomType,
    RoomBusy,
    NoSuitableDevice,
    WrongDeviceKind,
    DeviceBusy,
};

QString ruleKey(Rule rule); // "practitioner_busy": stable, for programs and the audit log
// Whether a role with Permission::Overbook may book despite this rule. Only
// double bookings and time outside working hours can be overridden; a
// missing qualification or the wrong room or device never can.
bool isOverridable(Rule rule);

struct Violation {
    Rule rule = Rule::InvalidRequest;
    QString message; // translated; names the conflicting appointment, never the client
    EntityId conflictingAppointmentId;
    TimeRange conflictingBlock; // the other appointment's time with its buffers
};

// What someone wants to book, or where they want to move an appointment.
struct BookingRequest {
    EntityId appointmentId; // set when moving or resizing: its own time is no conflict
    EntityId clientId;
    EntityId serviceId;
    EntityId practitionerId;
    EntityId roomId; // null: the first free room of the type the service needs
    EntityId deviceId; // null: the first free device of the kind the service needs
    QDateTime start; // UTC
    QDateTime end; // UTC; invalid means start + the service's duration
};

// The answer to "may this booking happen, and if not, why?".
struct Verdict {
    QList<Violation> violations;
    EntityId roomId; // the room the booking gets (requested or chosen)
    EntityId deviceId; // likewise the device
    TimeRange appointment; // start..end
    TimeRange block; // start..end widened by the service's buffers

    bool isAllowed() const { return violations.isEmpty(); }
    bool isOverridable() const;
    bool breaks(Rule rule) const;
    QString message() const; // the first violation's message, empty when allowed
};

} // namespace msp::scheduling
