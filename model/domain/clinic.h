#pragma once

#include "domain/entityid.h"

#include <QByteArray>
#include <QString>

namespace msp {

// The organisation: one clinic brand with its time zone and currency.
struct Clinic {
    EntityId id;
    QString name;
    QByteArray timeZone = "America/New_York"; // IANA id
    QString currency = QStringLiteral("USD");
};

struct Location {
    EntityId id;
    EntityId clinicId;
    QString name;
    QString address;
};

// A treatment room. Services name the room type they need ("treatment",
// "laser", "facial").
struct Room {
    EntityId id;
    EntityId locationId;
    QString name;
    QString roomType;
};

// Equipment that can only serve one appointment at a time, such as a laser.
struct Device {
    EntityId id;
    EntityId locationId;
    QString name;
    QString kind;
};

} // namespace msp
