#include "scheduling/availability.h"

#include <algorithm>

namespace msp::scheduling {

namespace {
// The first instant at or after `t` that falls on the local grid.
qint64 alignUp(const ClinicTime &time, qint64 t, qint64 step)
{
    const qint64 offset = time.offsetSeconds(t) * 1000LL;
    const qint64 local = t + offset;
    const qint64 aligned = ((local + step - 1) / step) * step;
    return aligned - offset;
}

struct Candidate {
    Slot slot;
    int rank = 0; // the practitioner's position in the query's order
};

// The first free room (or device) among `indexes`: -2 when none is free.
template<typename Conflict>
int firstFree(const QList<int> &indexes, Conflict conflict)
{
    if (indexes.isEmpty())
        return -1;
    for (int i : indexes)
        if (!conflict(i))
            return i;
    return -2;
}
} // namespace

QList<Slot> findSlots(const ScheduleSnapshot &snapshot, const SlotQuery &query)
{
    QList<Slot> out;
    const Catalog &cat = snapshot.catalog();
    const Service *service = cat.service(query.serviceId);
    if (!service || query.count <= 0 || query.stepMinutes <= 0)
        return out;
    const qint64 step = query.stepMinutes * kMinuteMs;
    const qint64 duration = service->durationMinutes * kMinuteMs;
    const qint64 before = service->bufferBeforeMinutes * kMinuteMs;
    const qint64 after = service->bufferAfterMinutes * kMinuteMs;
    // Only starts whose whole block lies inside the loaded window are known.
    const qint64 from = qMax(query.range.start, snapshot.window().start + before);
    const qint64 to = qMin(query.range.end, snapshot.window().end - duration - after + 1);
    if (from >= to)
        return out;

    QList<int> rooms;
    if (!query.roomId.isNull()) {
        const int r = cat.roomIndex(query.roomId);
        if (r < 0 || (!service->roomType.isEmpty() && cat.rooms.at(r).roomType != service->roomType))
            return out;
        rooms = {r};
    } else {
        rooms = cat.roomsFor(*service);
        if (rooms.isEmpty() && !service->roomType.isEmpty())
            return out;
    }
    const QList<int> devices = cat.devicesFor(*service);
    if (devices.isEmpty() && !service->deviceKind.isEmpty())
        return out;

    const QList<int> practitioners = cat.qualifiedFor(service->id, query.practitionerIds);
    QList<Candidate> found;
    for (int rank = 0; rank < practitioners.size(); ++rank) {
        const int p = practitioners.at(rank);
        const Practitioner &person = cat.practitioners.at(p);
        int mine = 0;
        for (const TimeRange &hours : cat.time.workingRanges(person.workingHours, {from, to + duration})) {
            qint64 s = alignUp(cat.time, qMax(hours.start, from), step);
            while (s < to && s + duration <= hours.end && mine < query.count) {
                const TimeRange block {s - before, s + duration + after};
                if (const BusyBlock *taken = snapshot.practitionerConflict(p, block, query.ignoreAppointmentId)) {
                    s = alignUp(cat.time, qMax(s + step, taken->block.end + before), step);
                    continue;
                }
                const int room = firstFree(
                    rooms, [&](int r) { return snapshot.roomConflict(r, block, query.ignoreAppointmentId); });
                const int device = firstFree(
                    devices, [&](int d) { return snapshot.deviceConflict(d, block, query.ignoreAppointmentId); });
                if (room != -2 && device != -2) {
                    Slot slot;
                    slot.start = QDateTime::fromMSecsSinceEpoch(s, Qt::UTC);
                    slot.end = QDateTime::fromMSecsSinceEpoch(s + duration, Qt::UTC);
                    slot.practitionerId = person.id;
                    slot.roomId = room >= 0 ? cat.rooms.at(room).id : EntityId();
                    slot.deviceId = device >= 0 ? cat.devices.at(device).id : EntityId();
                    found.append({slot, rank});
                    ++mine;
                }
                s += step;
            }
            if (mine >= query.count)
                break;
        }
    }
    std::sort(found.begin(), found.end(), [](const Candidate &a, const Candidate &b) {
        return a.slot.start != b.slot.start ? a.slot.start < b.slot.start : a.rank < b.rank;
    });
    for (const Candidate &c : found) {
        if (query.oneSlotPerTime && !out.isEmpty() && out.last().start == c.slot.start)
            continue;
        out.append(c.slot);
        if (out.size() >= query.count)
            break;
    }
    return out;
}

BookingRequest requestFor(const Slot &slot, const EntityId &serviceId, const EntityId &clientId)
{
    BookingRequest r;
    r.clientId = clientId;
    r.serviceId = serviceId;
    r.practitionerId = slot.practitionerId;
    r.roomId = slot.roomId;
    r.deviceId = slot.deviceId;
    r.start = slot.start;
    r.end = slot.end;
    return r;
}

} // namespace msp::scheduling
