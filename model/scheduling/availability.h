#pragma once

#include "scheduling/schedulesnapshot.h"

namespace msp::scheduling {

// A time the service can be booked, with who and where.
struct Slot {
    QDateTime start; // UTC
    QDateTime end; // UTC
    EntityId practitionerId;
    EntityId roomId;
    EntityId deviceId;
    friend bool operator==(const Slot &, const Slot &) = default;
};

struct SlotQuery {
    EntityId serviceId;
    TimeRange range; // slots start inside this range
    int count = 5;
    QList<EntityId> practitionerIds; // empty: any qualified practitioner
    EntityId roomId; // null: any room that fits the service
    EntityId ignoreAppointmentId; // the appointment being moved holds no time
    int stepMinutes = 15; // slots start on this local grid
    bool oneSlotPerTime = true; // the first practitioner free at a time, not all of them
};

// The first `count` slots in `query.range` that pass every booking rule, in
// time order (practitioners in the query's order at equal times). Only the
// part of the range inside the snapshot's window is searched.
QList<Slot> findSlots(const ScheduleSnapshot &snapshot, const SlotQuery &query);

// The request that books `slot` for `clientId`.
BookingRequest requestFor(const Slot &slot, const EntityId &serviceId, const EntityId &clientId = {});

} // namespace msp::scheduling
