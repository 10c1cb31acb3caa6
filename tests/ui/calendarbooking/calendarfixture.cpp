#include "calendarfixture.h"

#include "core/democlinic.h"
#include "scheduling/bookingservice.h"
#include "store/clientrepository.h"
#include "store/practitionerrepository.h"

namespace msp::test {

bool CalendarFixture::seed()
{
    if (!store.isOpen())
        return false;
    app::DemoOptions options;
    options.clients = 40;
    options.weeks = 1;
    options.anchor = kAnchor;
    if (!app::seedDemoClinic(*store.store, options))
        return false;
    auto practitioners = store.store->practitioners().all();
    auto services = store.store->services().all();
    if (!practitioners || !services)
        return false;
    for (const Practitioner &p : std::as_const(*practitioners)) {
        if (!p.active || !p.workingHours.covers(kQuiet.dayOfWeek(), 9 * 60, 13 * 60)
            || !p.workingHours.covers(kQuiet.dayOfWeek(), 14 * 60, 17 * 60))
            continue;
        for (const Service &s : std::as_const(*services))
            if (p.qualifiedServiceIds.contains(s.id) && s.deviceKind.isEmpty() && s.durationMinutes <= 60
                && s.bufferBeforeMinutes == 0 && s.bufferAfterMinutes <= 15) {
                practitioner = p;
                service = s;
                return true;
            }
    }
    return false;
}

EntityId CalendarFixture::firstClient()
{
    auto clients = store.store->clients().search(u"", 1);
    return clients && !clients->isEmpty() ? clients->first().id : EntityId();
}

Appointment CalendarFixture::book(const QDateTime &start, const EntityId &clientId)
{
    scheduling::BookingRequest r;
    r.clientId = clientId.isNull() ? firstClient() : clientId;
    r.serviceId = service.id;
    r.practitionerId = practitioner.id;
    r.start = start;
    auto booked = scheduling::BookingService(*store.store).book(adminActor(), r);
    return booked ? *booked : Appointment {};
}

} // namespace msp::test
