#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace msp::sync {

// Where and how this device syncs. Nothing here is secret: tokens live in the
// OS keychain (see CredentialStore).
struct SyncConfig {
    QUrl serverUrl; // https://sync.example-clinic.com:8443
    QByteArray caCertificates; // PEM: a private CA or the server's own certificate, trusted besides the system store
    bool pinnedOnly = false; // trust only caCertificates, not the system store
    QString deviceId;
    QString deviceName;
    // The app's language ("es"): the server writes its messages (refusals,
    // errors) in it, sent as Accept-Language. Empty: the server's English.
    QString language;
    int pushBatchSize = 200;
    int pullPageSize = 1000;
    // Rows asked for while the server says more is waiting (a first sync, a
    // long time offline): fewer, larger transactions write each index page
    // of the store fewer times. The server caps it (10 x its own page size).
    int catchUpPageSize = 10000;
    int requestTimeoutMs = 15000;
    int fallbackIntervalMs = 60000; // pull on a timer when no hint arrives
    int debounceMs = 50; // after a local change; commits close together go in one push
};

} // namespace msp::sync
