#pragma once

#include "calendar/calendarcolumn.h"
#include "calendar/dayview.h"
#include "domain/appointment.h"
#include "domain/result.h"
#include "scheduling/schedulesnapshot.h"

namespace msp::store {
class ClinicStore;
}

namespace msp::ui {

// The booking rules over the time the calendar shows, held in memory so a
// drag can ask "may this block land here?" on every mouse move. The same
// question is asked again by BookingService inside its write transaction, so
// a stale answer here can never let a broken booking through.
class CalendarRules
{
public:
    // Reads the catalog and the appointments holding time in `window` (UTC).
    Result<void> load(store::ClinicStore &store, const scheduling::TimeRange &window);
    bool isLoaded() const { return m_loaded; }
    const scheduling::Catalog &catalog() const { return m_snapshot.catalog(); }
    const scheduling::ScheduleSnapshot &snapshot() const { return m_snapshot; }

    // The move `proposal` of `appointment` into `column` as a booking request:
    // a practitioner column takes the appointment to that practitioner (in
    // its room when free, else any suitable one); a room column keeps the
    // practitioner and changes the room.
    scheduling::BookingRequest moveRequest(const Appointment &appointment, const CalendarColumn &column,
                                           const DropProposal &proposal) const;
    // The verdict for the move; its roomId and deviceId are the ones to book.
    scheduling::Verdict check(const Appointment &appointment, const CalendarColumn &column,
                              const DropProposal &proposal) const;

private:
    scheduling::ScheduleSnapshot m_snapshot;
    bool m_loaded = false;
};

} // namespace msp::ui
