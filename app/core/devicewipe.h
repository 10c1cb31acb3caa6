#pragma once

#include "core/keychain.h"
#include "domain/result.h"

#include <QStringList>

#include <memory>

namespace msp::store {
class ClinicStore;
}

namespace msp::app {

struct WipeReport {
    QStringList removedFiles;
    QStringList leftFiles; // could not be deleted (the message names them)
    QStringList keychainEntriesLeft;
};

// What an administrator's revocation demands of this device (ARCHITECTURE.md,
// "Security"): close the store, delete its files (the database, its WAL and
// shared-memory files, protection.json) and the keychain entries that unlock
// it or sign it in. `store` is closed (reset) first. The result lists what
// could not be removed so the person can be told.
WipeReport wipeDeviceData(std::unique_ptr<store::ClinicStore> &store, const QString &dataDir, const Keychain &keychain,
                          const QStringList &extraKeychainEntries);

// The files of a store in `dataDir` that a wipe deletes.
QStringList storeFileNames();

} // namespace msp::app
