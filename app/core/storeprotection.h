#pragma once

#include "domain/result.h"
#include "security/passwordhash.h"

#include <QByteArray>
#include <QString>

namespace msp::app {

// How a data folder's store key is protected. Kept in `protection.json`
// beside the store; it holds no secret (the salt and KDF parameters are not
// secret), only where the key is and how to rebuild it.
struct StoreProtection {
    enum class Mode { Keychain, Passphrase };
    Mode mode = Mode::Keychain;
    QString keychainEntry; // Keychain mode: the entry's name
    QByteArray salt; // Passphrase mode: Argon2id salt
    security::Argon2Params kdf {64 * 1024, 3, 1};

    static QString fileName() { return QStringLiteral("protection.json"); }
    static Result<StoreProtection> load(const QString &dataDir);
    Result<void> save(const QString &dataDir) const;
    // For the status bar and `medspasync-cli info`.
    QString description() const;
};

} // namespace msp::app
