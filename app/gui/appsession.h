#pragma once

#include "common/sessioninfo.h"
#include "core/keychain.h"
#include "core/keychaincredentialstore.h"
#include "domain/user.h"

#include <QObject>

#include <memory>
#include <vector>

namespace msp::store {
class ClinicStore;
}
namespace msp::stripe {
class StripeGateway;
}
namespace msp::ui {
class CheckoutPage;
class MainWindow;
class PendingPaymentRecovery;
class SyncController;
class SyncPage;
} // namespace msp::ui

namespace msp::app {

// Everything that lives while a person is signed in: the store, the sync
// engine, the card gateway and the main window, connected. Owns the store so
// that an administrator's revocation can close it, wipe this device's data
// and tell the person why.
class AppSession : public QObject
{
    Q_OBJECT
public:
    struct Options {
        Keychain keychain;
        int syncFallbackIntervalMs = 60000;
    };

    AppSession(std::unique_ptr<store::ClinicStore> store, const User &user, ui::SessionInfo session, Options options);
    ~AppSession() override;

    ui::MainWindow *window() const { return m_window.get(); }
    ui::SyncController *sync() const { return m_sync.get(); }
    ui::CheckoutPage *checkout() const { return m_checkout; }
    // Settles card payments and refunds a crash or a lost answer left
    // pending; started with the session once a card gateway exists.
    ui::PendingPaymentRecovery *paymentRecovery() const { return m_recovery; }
    bool isWiped() const { return !m_store; }

Q_SIGNALS:
    // The device was revoked and its data erased; `message` says why and
    // what was removed. The window is already gone.
    void wiped(const QString &message);

private:
    void buildCardGateway();
    void recoverPendingCardWork();
    void onDeviceRevoked(const QString &serverMessage);

    std::unique_ptr<store::ClinicStore> m_store;
    User m_user;
    ui::SessionInfo m_session;
    Options m_options;
    KeychainCredentialStore m_credentials;
    std::unique_ptr<ui::SyncController> m_sync;
    std::unique_ptr<ui::MainWindow> m_window;
    ui::CheckoutPage *m_checkout = nullptr;
    // A card charge may still run on a worker with an older gateway: keep
    // every one built until the session ends.
    std::vector<std::unique_ptr<stripe::StripeGateway>> m_gateways;
    bool m_online = true;
    ui::PendingPaymentRecovery *m_recovery = nullptr;
};

} // namespace msp::app
