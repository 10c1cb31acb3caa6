#pragma once

#include <QDate>
#include <QList>
#include <QTimeZone>

namespace msp::ui {

// A time zone's UTC offsets over a window, read once, so that turning
// thousands of UTC instants into wall-clock time (a week of a busy clinic) is
// integer arithmetic instead of a zone lookup and a QDateTime each. Instants
// outside the window ask the zone itself, so every answer is right.
//
// Wall-clock time is kept as "local ms": milliseconds since 1970-01-01 00:00
// on the clinic's wall clock, so its day and minute are plain divisions.
class ZoneOffsets
{
public:
    ZoneOffsets() = default;
    ZoneOffsets(const QTimeZone &zone, qint64 fromUtcMs, qint64 toUtcMs);

    qint64 toLocalMs(qint64 utcMs) const { return utcMs + offsetMs(utcMs); }
    int offsetMs(qint64 utcMs) const;

    static constexpr qint64 kDayMs = 24 * 3600 * 1000;
    // The day a local ms falls on, counted from 1970-01-01 (negative before).
    static qint64 dayNumber(qint64 localMs) { return localMs >= 0 ? localMs / kDayMs : -((-localMs - 1) / kDayMs) - 1; }
    static qint64 dayNumber(QDate date) { return date.toJulianDay() - kEpochJulianDay; }
    static QDate dateOf(qint64 localMs) { return QDate::fromJulianDay(dayNumber(localMs) + kEpochJulianDay); }
    // Minutes from local midnight of day `day`, clamped to that day (0..1440):
    // an instant on an earlier day is its top, on a later day its bottom.
    static int minuteIn(qint64 localMs, qint64 day)
    {
        const qint64 ms = localMs - day * kDayMs;
        return ms <= 0 ? 0 : ms >= kDayMs ? 24 * 60 : int(ms / 60000);
    }

private:
    static constexpr qint64 kEpochJulianDay = 2440588; // 1970-01-01

    QTimeZone m_zone;
    qint64 m_from = 0;
    qint64 m_to = 0;
    int m_firstOffsetMs = 0; // at m_from
    struct Change {
        qint64 atUtcMs;
        int offsetMs; // from then on
    };
    QList<Change> m_changes; // in the window, in time order
};

} // namespace msp::ui
