#pragma once

#include "domain/appointment.h"
#include "domain/result.h"
#include "domain/user.h"
#include "scheduling/availability.h"
#include "scheduling/waitlist.h"

namespace msp::store {
class ClinicStore;
}

namespace msp::scheduling {

// An alternative offered when a booking is refused.
struct Suggestion {
    enum class Kind { SamePractitioner, OtherPractitioner, OtherRoom };
    Kind kind = Kind::SamePractitioner;
    Slot slot;
};

// Books, moves, resizes, cancels and marks appointments, with every booking
// rule checked inside the same transaction that writes, so nothing is ever
// half-saved and no other writer can slip in between check and write.
//
// A refusal is an Error with code Conflict, the rule's key in `field` and a
// message naming the conflicting appointment; check() gives the whole
// Verdict and suggest() the alternatives.
class BookingService
{
public:
    explicit BookingService(store::ClinicStore &store)
        : m_store(store)
    {
    }

    Result<Verdict> check(const BookingRequest &request);
    // `overbookReason` non-empty asks to book despite double bookings or
    // working hours: allowed for roles with Permission::Overbook, audited.
    Result<Appointment> book(const Actor &actor, const BookingRequest &request, const QString &overbookReason = {});
    // Moves or resizes `request.appointmentId`: fields left null keep their
    // current value (a null room keeps the current one when it is free).
    Result<Appointment> move(const Actor &actor, const BookingRequest &request, const QString &overbookReason = {});
    // Cancels with a reason and returns the waitlisted clients who fit the
    // freed time.
    Result<QList<WaitlistMatch>> cancel(const Actor &actor, const EntityId &appointmentId, const QString &reason);
    // Marks a no-show and flags the clinic's no-show fee for checkout.
    Result<void> markNoShow(const Actor &actor, const EntityId &appointmentId);
    // Other status changes of the front-desk flow (arrived, checked in, completed).
    Result<void> setStatus(const Actor &actor, const EntityId &appointmentId, AppointmentStatus to,
                           const QString &reason = {});
    // Same practitioner first, then any qualified one, then another room at
    // the asked time; up to `count` of each kind, searching `horizonDays`.
    Result<QList<Suggestion>> suggest(const BookingRequest &request, int count = 3, int horizonDays = 14);
    // The waitlisted clients who fit time freed by `practitionerId`.
    Result<QList<WaitlistMatch>> waitlistFor(const TimeRange &freed, const EntityId &practitionerId);

private:
    Result<Appointment> write(const Actor &actor, const BookingRequest &request, const QString &overbookReason,
                              bool isMove);
    Result<BookingRequest> completeMove(const BookingRequest &request, Appointment &current);

    store::ClinicStore &m_store;
};

} // namespace msp::scheduling
