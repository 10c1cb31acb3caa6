#pragma once

#include <QDateTime>

namespace msp::scheduling {

// A half-open span of UTC time in milliseconds since the Unix epoch: the unit
// every rule works in, so comparisons never meet a time zone.
struct TimeRange {
    qint64 start = 0;
    qint64 end = 0; // exclusive

    static TimeRange of(const QDateTime &from, const QDateTime &to)
    {
        return {from.toMSecsSinceEpoch(), to.toMSecsSinceEpoch()};
    }
    bool isEmpty() const { return end <= start; }
    bool overlaps(const TimeRange &o) const { return start < o.end && o.start < end; }
    bool contains(const TimeRange &o) const { return start <= o.start && o.end <= end; }
    qint64 durationMs() const { return end - start; }
    QDateTime startUtc() const { return QDateTime::fromMSecsSinceEpoch(start, Qt::UTC); }
    QDateTime endUtc() const { return QDateTime::fromMSecsSinceEpoch(end, Qt::UTC); }
    friend bool operator==(const TimeRange &, const TimeRange &) = default;
};

constexpr qint64 kMinuteMs = 60 * 1000;
constexpr qint64 kHourMs = 60 * kMinuteMs;
constexpr qint64 kDayMs = 24 * kHourMs;
// The longest time one appointment may hold a resource, buffers included.
// Conflict queries look this far back, which keeps them on an index range.
constexpr qint64 kMaxBlockMs = kDayMs;

} // namespace msp::scheduling
