#pragma once

#include "domain/result.h"

#include <QList>
#include <QTime>

#include <array>

namespace msp {

// A span of local wall-clock time within one day, in minutes from midnight.
struct DaySpan {
    int startMinute = 0;
    int endMinute = 0;
    bool contains(int fromMinute, int toMinute) const { return fromMinute >= startMinute && toMinute <= endMinute; }
    friend bool operator==(const DaySpan &, const DaySpan &) = default;
};

// A practitioner's weekly working hours in the clinic's time zone. A day may
// have several spans; the gaps between them are breaks.
class WorkingHours
{
public:
    // Monday = 1 ... Sunday = 7, as QDate::dayOfWeek().
    const QList<DaySpan> &spansOn(int dayOfWeek) const { return m_days.at(size_t(dayOfWeek - 1)); }
    Result<void> setSpans(int dayOfWeek, QList<DaySpan> spans);
    bool covers(int dayOfWeek, int fromMinute, int toMinute) const;
    bool isEmpty() const;

    // Compact JSON for storage: {"1":[[540,720],[780,1020]], ...}
    QString toJson() const;
    static Result<WorkingHours> fromJson(QStringView json);
    // Mon-Fri 9:00-17:00 with a 12:30-13:00 break; the usual default.
    static WorkingHours standardWeek();

    friend bool operator==(const WorkingHours &, const WorkingHours &) = default;

private:
    std::array<QList<DaySpan>, 7> m_days;
};

} // namespace msp
