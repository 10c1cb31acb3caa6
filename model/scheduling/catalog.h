#pragma once

#include "domain/clinic.h"
#include "domain/practitioner.h"
#include "domain/service.h"
#include "scheduling/clinictime.h"

#include <QList>

namespace msp::scheduling {

// What the rules need to know about the clinic besides its appointments:
// its clock, people, services, rooms and devices. Small lists, looked up by
// position so the hot loops never hash ids.
struct Catalog {
    ClinicTime time;
    QList<Practitioner> practitioners; // inactive ones too: their bookings still hold rooms
    QList<Service> services;
    QList<Room> rooms;
    QList<Device> devices;

    int practitionerIndex(const EntityId &id) const;
    int serviceIndex(const EntityId &id) const;
    int roomIndex(const EntityId &id) const;
    int deviceIndex(const EntityId &id) const;
    const Practitioner *practitioner(const EntityId &id) const;
    const Service *service(const EntityId &id) const;
    // Rooms a service can use (its room type, or any room when it names none),
    // `preferred` first when it is one of them.
    QList<int> roomsFor(const Service &service, const EntityId &preferred = {}) const;
    QList<int> devicesFor(const Service &service, const EntityId &preferred = {}) const;
    // Active practitioners qualified for the service: those in `only` (in
    // that order) when it is given, else all of them by name.
    QList<int> qualifiedFor(const EntityId &serviceId, const QList<EntityId> &only = {}) const;
};

} // namespace msp::scheduling
