#pragma once

#include "domain/user.h"
#include "store/clinicstore.h"

#include <QTemporaryDir>

#include <memory>

namespace msp::test {

// A fresh encrypted store in a temporary folder, removed afterwards.
struct TempStore {
    QTemporaryDir dir;
    QByteArray key;
    std::unique_ptr<store::ClinicStore> store;

    TempStore();
    QString path() const;
    bool isOpen() const { return store != nullptr; }
    // Closes and reopens with the same key (to prove what reached the disk).
    bool reopen();
};

// An administrator acting on this device: allowed everything.
Actor adminActor();
Actor actorWithRole(Role role);

} // namespace msp::test
