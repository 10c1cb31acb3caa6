#pragma once

#include "domain/appointment.h"
#include "domain/practitioner.h"
#include "domain/service.h"
#include "support/tempstore.h"

#include <QTimeZone>

namespace msp::test {

// A demo clinic (small options) around kAnchor, plus a quiet day four weeks
// later where a test lays out its own appointments.
struct CalendarFixture {
    static inline const QDate kAnchor {2026, 6, 10}; // a Wednesday
    static inline const QDate kQuiet {2026, 7, 8}; // a Wednesday with no demo bookings
    static QTimeZone zone() { return QTimeZone("America/New_York"); }

    TempStore store;
    Practitioner practitioner; // works kQuiet 9:00-13:00 and 14:00-17:00
    Service service; // one they may do, without a device, at most an hour

    bool seed();
    QDateTime at(QDate day, int hour, int minute = 0) const
    {
        return QDateTime(day, QTime(hour, minute), zone()).toUTC();
    }
    // Books `service` with `practitioner` for the first demo client.
    Appointment book(const QDateTime &start, const EntityId &clientId = {});
    EntityId firstClient();
};

} // namespace msp::test
