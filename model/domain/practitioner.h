#pragma once

#include "domain/entityid.h"
#include "domain/workinghours.h"

#include <QList>

namespace msp {

struct Practitioner {
    EntityId id;
    QString displayName;
    QString title; // "RN", "NP", "Aesthetician"
    QString color; // "#7aa6c2", the calendar column accent
    WorkingHours workingHours;
    QList<EntityId> qualifiedServiceIds;
    bool active = true;
};

} // namespace msp
