#pragma once

#include "domain/workinghours.h"
#include "scheduling/timerange.h"

#include <QList>
#include <QTimeZone>

namespace msp::scheduling {

// The clinic's wall clock. Working hours, recurrence and the calendar speak in
// local time; rules compare UTC. Conversions follow RFC 5545: a local time
// that does not exist (spring forward) is read with the offset before the
// gap, one that happens twice (fall back) means the first occurrence.
class ClinicTime
{
public:
    explicit ClinicTime(const QByteArray &ianaId = QByteArrayLiteral("UTC"));

    bool isValid() const { return m_zone.isValid(); }
    const QTimeZone &zone() const { return m_zone; }
    QByteArray id() const { return m_zone.id(); }

    // The instant of local `minuteOfDay` (0..1440; 1440 is the next midnight).
    qint64 toUtcMs(QDate date, int minuteOfDay) const;
    QDateTime toUtc(QDate date, QTime time) const;
    QDateTime toLocal(qint64 utcMs) const;
    QDate localDate(qint64 utcMs) const { return toLocal(utcMs).date(); }
    int offsetSeconds(qint64 utcMs) const;
    // [local midnight of `date`, next local midnight) as UTC; 23 or 25 hours
    // on daylight-saving days.
    TimeRange localDay(QDate date) const { return {toUtcMs(date, 0), toUtcMs(date, 24 * 60)}; }

    // The working hours as UTC ranges over every local day touching `window`,
    // sorted, with ranges that meet (at midnight) merged into one.
    QList<TimeRange> workingRanges(const WorkingHours &hours, const TimeRange &window) const;

private:
    QTimeZone m_zone;
};

} // namespace msp::scheduling
