#pragma once

#include "scheduling/bookingrules.h"
#include "scheduling/catalog.h"

#include <QList>

namespace msp::scheduling {

// The time one appointment holds its practitioner, room and device.
struct BusyBlock {
    EntityId appointmentId;
    EntityId serviceId;
    EntityId practitionerId;
    EntityId roomId;
    EntityId deviceId;
    TimeRange block; // buffers included
};

// The clinic's schedule over a window, in memory: the catalog plus every
// appointment that holds time there. check() runs the booking rules without
// touching the store, so a calendar can ask "may I drop this here?" on every
// mouse move while dragging. The store-backed BookingService builds one inside
// its transaction and asks the same question before it writes.
class ScheduleSnapshot
{
public:
    ScheduleSnapshot() = default;
    ScheduleSnapshot(Catalog catalog, TimeRange window, QList<BusyBlock> busy);

    const Catalog &catalog() const { return m_catalog; }
    const TimeRange &window() const { return m_window; }
    const QList<BusyBlock> &busy() const { return m_busy; }
    // Whether `range` lies inside the loaded window, so a check there is complete.
    bool covers(const TimeRange &range) const { return m_window.contains(range); }

    Verdict check(const BookingRequest &request) const;

    // Keeps the snapshot in step with a booking just made or cancelled (a
    // series books occurrence after occurrence against one snapshot).
    void add(const BusyBlock &block);
    void remove(const EntityId &appointmentId);

    // The first block holding the resource at position `index` that overlaps
    // `range`, other than `ignore`'s; nullptr when it is free.
    const BusyBlock *practitionerConflict(int index, const TimeRange &range, const EntityId &ignore = {}) const;
    const BusyBlock *roomConflict(int index, const TimeRange &range, const EntityId &ignore = {}) const;
    const BusyBlock *deviceConflict(int index, const TimeRange &range, const EntityId &ignore = {}) const;

private:
    void rebuildIndexes();
    const BusyBlock *firstConflict(const QList<int> &bucket, const TimeRange &range, const EntityId &ignore) const;
    Violation busyViolation(Rule rule, const QString &who, const BusyBlock &other) const;

    Catalog m_catalog;
    TimeRange m_window;
    QList<BusyBlock> m_busy;
    // Positions in m_busy per practitioner, room and device (parallel to the
    // catalog's lists), each sorted by block start.
    QList<QList<int>> m_byPractitioner;
    QList<QList<int>> m_byRoom;
    QList<QList<int>> m_byDevice;
};

} // namespace msp::scheduling
