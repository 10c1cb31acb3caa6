#include "calendar/calendarrules.h"

#include "scheduling/snapshotloader.h"

namespace msp::ui {

Result<void> CalendarRules::load(store::ClinicStore &store, const scheduling::TimeRange &window)
{
    auto catalog = scheduling::loadCatalog(store);
    if (!catalog)
        return catalog.error();
    auto snapshot = scheduling::loadSnapshot(store, std::move(*catalog), window);
    if (!snapshot)
        return snapshot.error();
    m_snapshot = std::move(*snapshot);
    m_loaded = true;
    return ok();
}

scheduling::BookingRequest CalendarRules::moveRequest(const Appointment &appointment, const CalendarColumn &column,
                                                      const DropProposal &proposal) const
{
    scheduling::BookingRequest r;
    r.appointmentId = appointment.id;
    r.clientId = appointment.clientId;
    r.serviceId = appointment.serviceId;
    r.practitionerId = column.isRoom() ? appointment.practitionerId : column.practitionerId;
    r.roomId = column.isRoom() ? column.roomId : appointment.roomId;
    r.deviceId = appointment.deviceId;
    r.start = proposal.start;
    r.end = proposal.end;
    return r;
}

scheduling::Verdict CalendarRules::check(const Appointment &appointment, const CalendarColumn &column,
                                         const DropProposal &proposal) const
{
    scheduling::BookingRequest r = moveRequest(appointment, column, proposal);
    scheduling::Verdict verdict = m_snapshot.check(r);
    if (verdict.isAllowed() || column.isRoom())
        return verdict;
    // The client's room is taken then: any other suitable room will do, as
    // BookingService::move decides too. Device likewise.
    r.roomId = {};
    r.deviceId = {};
    const scheduling::Verdict anyRoom = m_snapshot.check(r);
    return anyRoom.isAllowed() ? anyRoom : verdict;
}

} // namespace msp::ui
