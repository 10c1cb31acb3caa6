#include "scheduling/snapshotloader.h"

#include "store/clinicrepository.h"
#include "store/clinicstore.h"
#include "store/database.h"
#include "store/practitionerrepository.h"
#include "store/query.h"

namespace msp::scheduling {

Result<Catalog> loadCatalog(store::ClinicStore &store)
{
    Catalog c;
    auto clinic = store.clinic().clinic();
    if (!clinic)
        return clinic.error();
    c.time = ClinicTime(clinic->timeZone);
    auto practitioners = store.practitioners().all(false);
    if (!practitioners)
        return practitioners.error();
    c.practitioners = std::move(*practitioners);
    auto services = store.services().all();
    if (!services)
        return services.error();
    c.services = std::move(*services);
    auto rooms = store.clinic().rooms();
    if (!rooms)
        return rooms.error();
    c.rooms = std::move(*rooms);
    auto devices = store.clinic().devices();
    if (!devices)
        return devices.error();
    c.devices = std::move(*devices);
    return c;
}

Result<QList<BusyBlock>> loadBusy(store::ClinicStore &store, const TimeRange &window)
{
    // The lower bound on block_start keeps this a short range scan of the
    // block index: no block is longer than kMaxBlockMs.
    auto q = store.database().prepare(
        "SELECT id, service_id, practitioner_id, room_id, device_id, block_start_utc, block_end_utc "
        "FROM appointment WHERE block_start_utc >= ?1 AND block_start_utc < ?2 AND block_end_utc > ?3 "
        "AND status NOT IN ('cancelled', 'entered-in-error', 'noshow', 'waitlist');");
    if (!q)
        return q.error();
    q->bind(1, window.start - kMaxBlockMs).bind(2, window.end).bind(3, window.start);
    return store::collectRows<BusyBlock>(*q, [](const store::Query &r) {
        return BusyBlock {r.id(0), r.id(1), r.id(2), r.id(3), r.id(4), TimeRange {r.int64(5), r.int64(6)}};
    });
}

Result<ScheduleSnapshot> loadSnapshot(store::ClinicStore &store, Catalog catalog, const TimeRange &window)
{
    auto busy = loadBusy(store, window);
    if (!busy)
        return busy.error();
    return ScheduleSnapshot(std::move(catalog), window, std::move(*busy));
}

Result<QList<Slot>> searchSlots(store::ClinicStore &store, const Catalog &catalog, const SlotQuery &query)
{
    QList<Slot> out;
    const Service *service = catalog.service(query.serviceId);
    if (!service || query.range.isEmpty())
        return out;
    const qint64 before = service->bufferBeforeMinutes * kMinuteMs;
    const qint64 tail = (service->durationMinutes + service->bufferAfterMinutes) * kMinuteMs;
    QDate day = catalog.time.localDate(query.range.start);
    const QDate last = catalog.time.localDate(query.range.end);
    for (; day <= last && out.size() < query.count; day = day.addDays(1)) {
        const TimeRange local = catalog.time.localDay(day);
        const TimeRange starts {qMax(local.start, query.range.start), qMin(local.end, query.range.end)};
        if (starts.isEmpty())
            continue;
        auto busy = loadBusy(store, {starts.start - before, starts.end + tail});
        if (!busy)
            return busy.error();
        const ScheduleSnapshot snapshot(catalog, {starts.start - before, starts.end + tail}, std::move(*busy));
        SlotQuery part = query;
        part.range = starts;
        part.count = query.count - int(out.size());
        out.append(findSlots(snapshot, part));
    }
    return out;
}

} // namespace msp::scheduling
