#pragma once

#include <QDateTime>
#include <QList>
#include <QTimeZone>

namespace msp::ui {

// One appointment placed on the day grid, in local minutes from midnight.
struct DayBlock {
    int row = 0; // model row
    int column = 0; // practitioner column
    int startMinute = 0;
    int endMinute = 0;
    int lane = 0; // side by side when blocks of one column overlap
    int laneCount = 1;
};

// Minutes from local midnight of `day` in `zone`, clamped to the day, so a
// block that starts the evening before is drawn from the top.
int minuteOfDay(const QDateTime &utc, QDate day, const QTimeZone &zone);

// Gives overlapping blocks of the same column their own lanes. Overlaps are
// rare (the store refuses them for active bookings) but a cancelled booking
// and its replacement share a slot and both must stay visible.
void assignLanes(QList<DayBlock> &blocks);

} // namespace msp::ui
