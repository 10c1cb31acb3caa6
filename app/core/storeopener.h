#pragma once

#include "core/storeprotection.h"
#include "domain/result.h"
#include "store/clinicstore.h"

#include <functional>
#include <memory>
#include <optional>

namespace msp::app {

// What the passphrase prompt is told: whether the passphrase is being chosen
// for a new store (ask twice) and why the last attempt failed.
struct PassphraseRequest {
    bool isNewStore = false;
    QString reason; // why a passphrase is needed (no keychain answered ...)
    QString lastError; // empty on the first attempt
};

// Returns the passphrase, or nullopt when the person cancelled.
using PassphrasePrompt = std::function<std::optional<QString>(const PassphraseRequest &)>;

struct OpenedStore {
    std::unique_ptr<store::ClinicStore> store;
    StoreProtection protection;
};

struct StoreOpenOptions {
    int keychainTimeoutMs = 5000;
    bool forcePassphrase = false; // skip the keychain for a new store
    int passphraseAttempts = 3;
};

// Opens the clinic store in `dataDir`, creating it when absent. The key is
// 256 random bits in the OS keychain; when no keychain answers, the prompt is
// asked for a passphrase and the key is derived with Argon2id. A wrong key or
// a damaged file is reported and never modified.
Result<OpenedStore> openClinicStore(const QString &dataDir, const PassphrasePrompt &prompt,
                                    const StoreOpenOptions &options = {});

// Minimum passphrase rules for a new store; returns the message or empty.
QString passphraseProblem(const QString &passphrase);

} // namespace msp::app
