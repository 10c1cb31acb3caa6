#pragma once

#include "client/syncengine.h"
#include "store/syncreplica.h"
#include "support/syncserverfixture.h"
#include "support/tempstore.h"

#include <memory>

namespace msp::test {

// The clinic's reference data, with the same ids on every device (the sync
// server does not carry clinic set-up yet).
struct ClinicFixture {
    EntityId clinic = EntityId::generate();
    EntityId location = EntityId::generate();
    EntityId room1 = EntityId::generate();
    EntityId room2 = EntityId::generate();
    EntityId practitioner1 = EntityId::generate();
    EntityId practitioner2 = EntityId::generate();
    EntityId service = EntityId::generate();
};

// One workstation or laptop: its own encrypted store and sync engine.
struct SyncDevice {
    // `via` reaches the server another way (a proxy the test controls).
    SyncDevice(const QString &name, const ClinicFixture &clinic, const SyncServerFixture &server, QUrl via = {});

    // Waits for the first sync cycle too (`cycleTimeoutMs`: a large clinic's
    // first pull takes longer).
    bool signIn(const SyncServerFixture &server, qint64 totpTime, int cycleTimeoutMs = 30000);
    // Runs one sync cycle to its end; true when it succeeded.
    bool syncOnce();
    void restartEngine(); // as after the app was killed and started again

    store::ClinicStore &store() { return *m_store.store; }
    store::SyncReplica replica() { return {store().database(), store().audit(), store().outbox()}; }
    Actor actor;
    TempStore m_store;
    sync::SyncConfig config;
    sync::MemoryCredentialStore credentials;
    std::unique_ptr<sync::SyncEngine> engine;
};

// A new device of the clinic, signed in to the server with the admin account
// and through its first sync; null when either failed.
std::unique_ptr<SyncDevice> signedInDevice(const QString &name, const ClinicFixture &clinic, SyncServerFixture &server);

// A whole-state snapshot of what sync must make equal on every device.
struct SyncedState {
    QStringList appointments; // id|practitioner|start|end|status
    QStringList clients; // id|given|family|dob|phone|email
    bool operator==(const SyncedState &) const = default;
};
SyncedState snapshot(store::ClinicStore &store);

// Syncs both devices until their states match (at most `rounds` times). The
// server's pull fence may hold back a row committed a moment ago while
// another transaction is open; it arrives on a later pull, never lost.
bool converge(SyncDevice &a, SyncDevice &b, int rounds = 10);

} // namespace msp::test
