#include "scheduling/clinictime.h"

namespace msp::scheduling {

ClinicTime::ClinicTime(const QByteArray &ianaId)
    : m_zone(ianaId)
{
    if (!m_zone.isValid())
        m_zone = QTimeZone::utc();
}

int ClinicTime::offsetSeconds(qint64 utcMs) const
{
    return m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC));
}

qint64 ClinicTime::toUtcMs(QDate date, int minuteOfDay) const
{
    // The wall-clock reading as if it were UTC, then the offsets in force a
    // day either side: a transition between them is the only way a reading
    // can map to none or to two instants.
    const qint64 naive = QDateTime(date, QTime(0, 0), Qt::UTC).toMSecsSinceEpoch() + minuteOfDay * kMinuteMs;
    const qint64 before = offsetSeconds(naive - kDayMs) * 1000LL;
    const qint64 after = offsetSeconds(naive + kDayMs) * 1000LL;
    const qint64 first = naive - before;
    const qint64 second = naive - after;
    const bool firstFits = offsetSeconds(first) * 1000LL == before;
    const bool secondFits = offsetSeconds(second) * 1000LL == after;
    if (firstFits && secondFits)
        return qMin(first, second);
    if (firstFits)
        return first;
    if (secondFits)
        return second;
    return first; // in a gap: the offset before it
}

QDateTime ClinicTime::toUtc(QDate date, QTime time) const
{
    const int minute = time.hour() * 60 + time.minute();
    return QDateTime::fromMSecsSinceEpoch(toUtcMs(date, minute) + time.second() * 1000LL + time.msec(), Qt::UTC);
}

QDateTime ClinicTime::toLocal(qint64 utcMs) const
{
    return QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC).toTimeZone(m_zone);
}

QList<TimeRange> ClinicTime::workingRanges(const WorkingHours &hours, const TimeRange &window) const
{
    QList<TimeRange> out;
    if (window.isEmpty())
        return out;
    // One local day more on each side: a shift that crosses midnight belongs
    // to the day it starts on.
    const QDate first = localDate(window.start).addDays(-1);
    const QDate last = localDate(window.end).addDays(1);
    for (QDate d = first; d <= last; d = d.addDays(1)) {
        for (const DaySpan &span : hours.spansOn(d.dayOfWeek())) {
            const TimeRange r {toUtcMs(d, span.startMinute), toUtcMs(d, span.endMinute)};
            if (r.isEmpty())
                continue;
            if (!out.isEmpty() && out.last().end >= r.start)
                out.last().end = qMax(out.last().end, r.end);
            else
                out.append(r);
        }
    }
    return out;
}

} // namespace msp::scheduling
