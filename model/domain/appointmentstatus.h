#pragma once

#include <QString>

#include <optional>

namespace msp {

// The FHIR R4 AppointmentStatus value set.
enum class AppointmentStatus {
    Proposed,
    Pending,
    Booked,
    Arrived,
    Fulfilled,
    Cancelled,
    NoShow,
    CheckedIn,
    Waitlist,
    EnteredInError,
};

QString statusCode(AppointmentStatus s); // FHIR code: "noshow", "checked-in"
std::optional<AppointmentStatus> statusFromCode(QStringView code);
std::optional<AppointmentStatus> statusFromCode(QLatin1StringView code); // as the store holds it
QString statusDisplayName(AppointmentStatus s); // translated
// Whether the appointment holds its practitioner, room and device.
bool statusOccupiesTime(AppointmentStatus s);
// The front desk's status flow: booked -> arrived/checked-in -> fulfilled,
// cancel or no-show from any open state.
bool isAllowedTransition(AppointmentStatus from, AppointmentStatus to);

} // namespace msp
