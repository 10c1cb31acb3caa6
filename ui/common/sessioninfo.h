#pragma once

#include <QString>

namespace msp::ui {

// What the composition root knows about this session that the screens show
// but do not decide: where the store lives, how it is protected, which device
// this is.
struct SessionInfo {
    QString dataDir;
    QString protectionDescription; // e.g. "Encrypted · key in system keychain"
    QString deviceId;
    bool syncConfigured = false; // a sync server is set up: offline bookings show as unconfirmed
};

} // namespace msp::ui
