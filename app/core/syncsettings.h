#pragma once

#include <QString>
#include <QUrl>

namespace msp::app {

// Where this device syncs and pays, as kept in QSettings. Nothing secret:
// the sync refresh token and the Stripe API key live in the OS keychain.
struct SyncSettings {
    QUrl serverUrl; // empty: no sync server, the device works alone
    QString caFile; // optional PEM file trusted besides the system store

    static SyncSettings load();
    void save() const;
};

struct StripeSettings {
    QString baseUrl = QStringLiteral("https://api.stripe.com");
    QString caFile; // optional PEM bundle for a clinic's own proxy (empty: the system's trust store)

    static StripeSettings load();
    void save() const;
    // The keychain entry that holds the API key.
    static QString apiKeyEntry() { return QStringLiteral("stripe-api-key"); }
};

} // namespace msp::app
