#pragma once

#include "client/credentialstore.h"
#include "core/keychain.h"

#include <QObject>

#include <memory>
#include <optional>

namespace msp::app {

// The sync refresh token in the OS keychain, one entry per device. Read once
// and cached: the engine asks often and a keychain round trip is slow. Writes
// go to the cache at once and to the keychain from the event loop, because
// Keychain waits in a nested event loop and the engine calls this from the
// middle of handling a network answer.
class KeychainCredentialStore : public sync::CredentialStore
{
public:
    KeychainCredentialStore(Keychain keychain, QString deviceId);
    ~KeychainCredentialStore() override;

    std::optional<QString> refreshToken() override;
    bool setRefreshToken(const QString &token) override; // empty clears it

    QString entryName() const { return m_entry; }
    // Whether the last keychain write or read worked; when it did not, the
    // sign-in lasts until the app closes and the Sync page says so.
    bool isPersistent() const { return m_persistent; }
    // Writes a pending change now (before the app exits).
    void flush();

private:
    Keychain m_keychain;
    QString m_entry;
    std::unique_ptr<QObject> m_context; // a queued write dies with this object
    std::optional<QString> m_cached;
    bool m_loaded = false;
    bool m_dirty = false;
    bool m_flushQueued = false;
    bool m_flushing = false;
    bool m_persistent = true;
};

} // namespace msp::app
