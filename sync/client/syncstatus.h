#pragma once

#include <QDateTime>
#include <QString>

namespace msp::sync {

// What the status bar and the Sync page show.
struct SyncStatus {
    enum class State {
        NotConfigured, // no server set up: the device works alone
        SignedOut, // a server is set up, nobody signed this device in
        Synced,
        Syncing,
        Offline, // the server cannot be reached; retrying with backoff
        Error, // the server refused something; `message` says what to do
        Revoked, // this device was revoked by an administrator
    };
    State state = State::NotConfigured;
    qint64 pending = 0; // local changes not yet accepted by the server
    qint64 needsAttention = 0;
    QDateTime lastSuccess; // UTC
    QDateTime offlineSince; // UTC
    QString message; // plain words for people

    // "Synced", "Syncing 3 changes", "Offline since 14:02", ...
    QString summary() const;
};

} // namespace msp::sync
