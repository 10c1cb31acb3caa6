#pragma once

#include "scheduling/schedulesnapshot.h"

namespace msp::store {
class ClinicStore;
}

namespace msp::test {

// A result's error message for QVERIFY2, which builds its message even when
// the check passes.
template<typename R>
QString why(const R &result)
{
    return result.isOk() ? QString() : result.error().message;
}

// A small clinic for the rule tests, in memory. People: Alice (all services,
// Mon-Sun 09:00-12:30 and 13:00-17:00), Bob (Botox and consult only, same
// hours), Nora (night shift Fri 20:00-24:00, Sat 00:00-02:00, Sun 00:00-04:00,
// all services). Rooms: Room 1 and Room 2 (treatment), Laser suite (laser).
// One laser device.
struct TestClinic {
    scheduling::Catalog catalog;
    EntityId alice, bob, nora, inactive;
    EntityId botox; // 30 min, 0 before, 10 after, treatment room
    EntityId filler; // 60 min, 10 before, 10 after, treatment room
    EntityId laser; // 30 min, 0 before, 15 after, laser room, laser device
    EntityId consult; // 30 min, no buffers, any room
    EntityId room1, room2, laserSuite, laserDevice;

    explicit TestClinic(const QByteArray &timeZone = QByteArrayLiteral("America/New_York"));
    EntityId idByName(const QString &name) const; // "alice", "botox", "room1" ...
    // An appointment's time in the clinic's wall clock.
    QDateTime at(QDate day, const QString &hhmm) const;
    // The block an existing appointment holds, as the store would compute it.
    scheduling::BusyBlock existing(const QString &who, const QString &service, const QString &room, QDate day,
                                   const QString &hhmm, const QString &device = {}) const;
    scheduling::ScheduleSnapshot snapshot(const QList<scheduling::BusyBlock> &busy, QDate around) const;
    // Writes this clinic into an empty store (as an administrator) with
    // `clients` clients, whose ids are returned.
    Result<QList<EntityId>> seed(store::ClinicStore &store, int clients = 3) const;
};

} // namespace msp::test
