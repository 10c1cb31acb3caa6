#pragma once

#include "domain/entityid.h"
#include "domain/role.h"

namespace msp {

// A staff account on this clinic's devices.
struct User {
    EntityId id;
    QString username;
    QString displayName;
    Role role = Role::FrontDesk;
    QString passwordHash; // Argon2id encoded string, never the password
    EntityId practitionerId; // set when the user is a practitioner
    bool active = true;
};

// Who is acting: carried into every write so it can be authorised and audited.
struct Actor {
    EntityId userId;
    Role role = Role::FrontDesk;
    QString deviceId;
};

} // namespace msp
