#pragma once

#include "domain/appointment.h"
#include "domain/client.h"
#include "domain/practitioner.h"
#include "domain/service.h"
#include "support/tempstore.h"

namespace msp::test {

// A fresh store with one clinic, a practitioner, a $450 service, a client
// and an appointment of that service today: what a checkout starts from.
struct CheckoutFixture {
    TempStore temp;
    Actor actor = adminActor();
    Practitioner practitioner;
    Service service;
    Client client;
    Appointment appointment;
    bool seeded = false;

    CheckoutFixture();
    store::ClinicStore &store() { return *temp.store; }
    // Another appointment for the same client, `hoursFromNow` away.
    Appointment bookAnother(int hoursFromNow);
};

} // namespace msp::test
