#pragma once

#include "scheduling/availability.h"

#include <QDate>

namespace msp::scheduling {

// When a waitlisted client can come, in clinic local time.
struct WaitWindow {
    QDate firstDay; // null: from now on
    QDate lastDay; // null: open-ended
    int weekdays = 0; // bit (dayOfWeek - 1) set for each allowed day; 0 means any day
    int startMinute = 0;
    int endMinute = 24 * 60;

    bool accepts(const ClinicTime &time, const TimeRange &appointment) const;
    friend bool operator==(const WaitWindow &, const WaitWindow &) = default;
};

struct WaitlistEntry {
    EntityId id;
    EntityId clientId;
    EntityId serviceId;
    QList<EntityId> practitionerIds; // empty: anyone qualified
    QList<WaitWindow> windows; // empty: any time
    QString note;
    QDateTime createdAt; // UTC; older entries are offered first
    QString status = QStringLiteral("waiting"); // waiting, booked, removed
};

struct WaitlistMatch {
    WaitlistEntry entry;
    Slot slot; // where the client could be booked
};

// The waiting entries that could be booked into time just freed by
// `practitionerId`: a start inside `freed` that passes every booking rule in
// `snapshot` (which no longer holds the freed appointment), with the entry's
// preferred practitioners and time windows respected. Oldest entries first.
QList<WaitlistMatch> matchWaitlist(const ScheduleSnapshot &snapshot, QList<WaitlistEntry> entries,
                                   const TimeRange &freed, const EntityId &practitionerId, int stepMinutes = 5);

QString windowsToJson(const QList<WaitWindow> &windows);
QList<WaitWindow> windowsFromJson(const QString &json);

} // namespace msp::scheduling
