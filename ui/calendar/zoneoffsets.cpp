#include "calendar/zoneoffsets.h"

#include <QDateTime>

#include <algorithm>

namespace msp::ui {

ZoneOffsets::ZoneOffsets(const QTimeZone &zone, qint64 fromUtcMs, qint64 toUtcMs)
    : m_zone(zone)
    , m_from(fromUtcMs)
    , m_to(std::max(fromUtcMs, toUtcMs))
{
    if (!m_zone.isValid())
        return;
    const QDateTime from = QDateTime::fromMSecsSinceEpoch(m_from, Qt::UTC);
    m_firstOffsetMs = m_zone.offsetFromUtc(from) * 1000;
    // A window of a week or a month holds a change or two at most.
    for (const QTimeZone::OffsetData &t : m_zone.transitions(from, QDateTime::fromMSecsSinceEpoch(m_to, Qt::UTC))) {
        const qint64 at = t.atUtc.toMSecsSinceEpoch();
        if (at > m_from && at < m_to)
            m_changes.append({at, t.offsetFromUtc * 1000});
    }
}

int ZoneOffsets::offsetMs(qint64 utcMs) const
{
    if (!m_zone.isValid())
        return 0;
    if (utcMs < m_from || utcMs >= m_to)
        return m_zone.offsetFromUtc(QDateTime::fromMSecsSinceEpoch(utcMs, Qt::UTC)) * 1000;
    int offset = m_firstOffsetMs;
    for (const Change &c : m_changes) {
        if (c.atUtcMs > utcMs)
            break;
        offset = c.offsetMs;
    }
    return offset;
}

} // namespace msp::ui
