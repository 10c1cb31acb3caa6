#pragma once

#include "client/credentialstore.h"
#include "client/syncconfig.h"
#include "client/syncstatus.h"
#include "domain/result.h"
#include "store/syncreplica.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace msp::store {
class ClinicStore;
}
namespace msp::sync {
class SyncEngine;
}

namespace msp::ui {

// Owns this device's sync engine for the screens. The engine's configuration
// is fixed when it is built, so a new server address or CA file builds a new
// engine; screens connect to this object and never notice the swap.
class SyncController : public QObject
{
    Q_OBJECT
public:
    // `base` carries the device id and name and the timings; its server
    // address and certificates are replaced by configure().
    SyncController(store::ClinicStore &store, sync::CredentialStore &credentials, sync::SyncConfig base,
                   QObject *parent = nullptr);
    ~SyncController() override;

    // Checks and applies a server address (https://host:port) and an optional
    // CA certificate file (PEM). An empty address turns sync off. A different
    // server forgets the sign-in of the old one. Nothing changes on error.
    Result<void> configure(const QUrl &serverUrl, const QString &caFile);

    bool isConfigured() const { return m_config.serverUrl.isValid(); }
    QUrl serverUrl() const { return m_config.serverUrl; }
    QString caFile() const { return m_caFile; }
    bool isSignedIn() const;
    bool isLive() const;
    sync::SyncStatus status() const;
    sync::SyncEngine *engine() const { return m_engine.get(); }
    store::ClinicStore &store() const { return m_store; }
    store::SyncReplica replica() const;

    void start();
    void signIn(const QString &email, const QString &password, const QString &totp);
    void signOut();
    void syncNow();
    // Stops syncing for good (the device was revoked or the store is closing).
    void shutDown();

Q_SIGNALS:
    void statusChanged(const msp::sync::SyncStatus &status);
    void signInFinished(bool ok, const QString &message);
    void dataChanged();
    void deviceRevoked(const QString &message);
    void liveChanged(bool connected);
    // A new address or CA file was applied (the app saves it).
    void configurationChanged(const QUrl &serverUrl, const QString &caFile);

private:
    void rebuildEngine();

    store::ClinicStore &m_store;
    sync::CredentialStore &m_credentials;
    sync::SyncConfig m_config;
    QString m_caFile;
    std::unique_ptr<sync::SyncEngine> m_engine;
    bool m_started = false;
};

} // namespace msp::ui
