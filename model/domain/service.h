#pragma once

#include "domain/entityid.h"
#include "domain/money.h"

namespace msp {

// Something the clinic sells by time: Botox, a laser session, a facial.
struct Service {
    EntityId id;
    QString name;
    int durationMinutes = 30;
    int bufferBeforeMinutes = 0;
    int bufferAfterMinutes = 0;
    Money price;
    QString roomType; // required room type; empty means any room
    QString deviceKind; // required device kind; empty means none
    QString color; // calendar colour
};

} // namespace msp
