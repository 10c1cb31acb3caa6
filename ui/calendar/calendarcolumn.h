#pragma once

#include "domain/entityid.h"
#include "domain/workinghours.h"

#include <QColor>
#include <QDate>
#include <QList>
#include <QString>

namespace msp::ui {

// One column of the calendar grid: a local day for one practitioner or one
// room. The day view shows a column per practitioner (or room) of one day;
// the week view seven day columns of one practitioner (or room).
struct CalendarColumn {
    QDate date;
    EntityId practitionerId; // null: the column is a room's
    EntityId roomId; // null: the column is a practitioner's
    QString title;
    QString detail;
    QColor accent;
    QList<DaySpan> open; // local working time; the rest is shaded

    bool isRoom() const { return !roomId.isNull(); }
    bool holds(const EntityId &practitioner, const EntityId &room) const
    {
        return isRoom() ? room == roomId : practitioner == practitionerId;
    }
};

} // namespace msp::ui
