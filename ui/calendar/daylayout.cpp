#include "calendar/daylayout.h"

#include <algorithm>

namespace msp::ui {

int minuteOfDay(const QDateTime &utc, QDate day, const QTimeZone &zone)
{
    const QDateTime local = utc.toTimeZone(zone);
    if (local.date() < day)
        return 0;
    if (local.date() > day)
        return 24 * 60;
    return local.time().msecsSinceStartOfDay() / 60000;
}

void assignLanes(QList<DayBlock> &blocks)
{
    std::stable_sort(blocks.begin(), blocks.end(), [](const DayBlock &a, const DayBlock &b) {
        if (a.column != b.column)
            return a.column < b.column;
        return a.startMinute < b.startMinute;
    });
    // Walk each column's blocks in start order, growing a cluster while the
    // next block starts before the cluster ends; each cluster shares its lane
    // count.
    qsizetype i = 0;
    while (i < blocks.size()) {
        qsizetype clusterEnd = i;
        int clusterUntil = blocks[i].endMinute;
        QList<int> laneEnds;
        while (clusterEnd < blocks.size() && blocks[clusterEnd].column == blocks[i].column
               && (clusterEnd == i || blocks[clusterEnd].startMinute < clusterUntil)) {
            DayBlock &b = blocks[clusterEnd];
            qsizetype lane = 0;
            while (lane < laneEnds.size() && laneEnds[lane] > b.startMinute)
                ++lane;
            if (lane == laneEnds.size())
                laneEnds.append(b.endMinute);
            else
                laneEnds[lane] = b.endMinute;
            b.lane = int(lane);
            clusterUntil = std::max(clusterUntil, b.endMinute);
            ++clusterEnd;
        }
        for (qsizetype k = i; k < clusterEnd; ++k)
            blocks[k].laneCount = int(laneEnds.size());
        i = clusterEnd;
    }
}

} // namespace msp::ui
