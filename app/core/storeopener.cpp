#include "core/storeopener.h"

#include "core/keychain.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QUuid>

Q_DECLARE_LOGGING_CATEGORY(lcKeychain)

namespace msp::app {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("msp::app", text);
}

Error cancelled()
{
    return Error::make(ErrorCode::Cancelled, tr("Opening the clinic database was cancelled. Nothing was changed."));
}

Result<OpenedStore> openWithKey(const QString &path, const QByteArray &key, const StoreProtection &protection)
{
    auto store = store::ClinicStore::open(path, key);
    if (!store)
        return store.error();
    return OpenedStore {std::move(*store), protection};
}

Result<OpenedStore> openWithPassphrase(const QString &path, const StoreProtection &protection,
                                       const PassphrasePrompt &prompt, const PassphraseRequest &first, int attempts)
{
    PassphraseRequest request = first;
    Error last = cancelled();
    for (int i = 0; i < attempts; ++i) {
        if (!prompt)
            return Error::make(ErrorCode::KeychainUnavailable,
                               tr("This clinic database is protected by a passphrase, and there is no way to ask for "
                                  "it here. Set MEDSPASYNC_PASSPHRASE or run the command in a terminal."));
        const std::optional<QString> passphrase = prompt(request);
        if (!passphrase)
            return i == 0 ? cancelled() : last; // gave up after a wrong passphrase: say why
        if (request.isNewStore) {
            if (const QString problem = passphraseProblem(*passphrase); !problem.isEmpty()) {
                request.lastError = problem;
                last = Error::invalid(QStringLiteral("passphrase"), problem);
                continue;
            }
        }
        auto key = security::deriveKey(*passphrase, protection.salt, protection.kdf);
        if (!key)
            return key.error();
        auto opened = openWithKey(path, *key, protection);
        if (opened || opened.error().code != ErrorCode::StoreLocked)
            return opened;
        last = opened.error();
        request.lastError = tr("That passphrase does not unlock this clinic database. Check it and try again.");
    }
    return last;
}
} // namespace

QString passphraseProblem(const QString &passphrase)
{
    if (passphrase.size() < 10)
        return tr("Choose a passphrase of at least 10 characters; a few unrelated words work well.");
    return {};
}

Result<OpenedStore> openClinicStore(const QString &dataDir, const PassphrasePrompt &prompt,
                                    const StoreOpenOptions &options)
{
    if (!QDir().mkpath(dataDir))
        return Error::make(ErrorCode::StoreIo,
                           tr("The data folder %1 cannot be created. Choose a folder you can "
                              "write to (--data-dir) and try again.")
                               .arg(QDir::toNativeSeparators(dataDir)));
    const QString path = QDir(dataDir).filePath(store::ClinicStore::fileName());
    const bool storeExists = QFileInfo::exists(path);
    const bool protectionExists = QFileInfo::exists(QDir(dataDir).filePath(StoreProtection::fileName()));
    const Keychain keychain(QStringLiteral("MedSpaSync Pro"), options.keychainTimeoutMs);

    if (storeExists || protectionExists) {
        auto protection = StoreProtection::load(dataDir);
        if (!protection)
            return protection.error();
        if (protection->mode == StoreProtection::Mode::Passphrase)
            return openWithPassphrase(path, *protection, prompt, {false, {}, {}}, options.passphraseAttempts);
        const KeychainAnswer answer = keychain.read(protection->keychainEntry);
        if (answer.status == KeychainStatus::NotFound || (answer.isOk() && answer.data.size() != 32))
            return Error::make(ErrorCode::StoreLocked,
                               tr("The clinic database could not be unlocked: %1. Its key is not in this computer's "
                                  "keychain (it may have been created by another user account or on another "
                                  "computer). Nothing was changed. Sign in as the user who set it up, or restore "
                                  "the keychain from a backup.")
                                   .arg(QDir::toNativeSeparators(path)));
        if (!answer.isOk())
            return Error::make(ErrorCode::KeychainUnavailable,
                               tr("The clinic database %1 is protected by a key in the system keychain, and the "
                                  "keychain did not answer (%2). Nothing was changed. Unlock the keychain (sign in "
                                  "to the desktop session) and try again.")
                                   .arg(QDir::toNativeSeparators(path), keychainStatusName(answer.status)));
        return openWithKey(path, answer.data, *protection);
    }

    // A new store: prefer a random key in the keychain.
    if (!options.forcePassphrase) {
        StoreProtection protection;
        protection.mode = StoreProtection::Mode::Keychain;
        protection.keychainEntry = QStringLiteral("store-key/") + QUuid::createUuid().toString(QUuid::WithoutBraces);
        const QByteArray key = security::randomBytes(32);
        const KeychainAnswer written = keychain.write(protection.keychainEntry, key);
        // Read back: a keychain that accepts writes but cannot return them
        // would otherwise lose the store.
        const KeychainAnswer back = written.isOk() ? keychain.read(protection.keychainEntry) : KeychainAnswer {};
        if (written.isOk() && back.isOk() && back.data == key) {
            MSP_TRY(protection.save(dataDir));
            return openWithKey(path, key, protection);
        }
        qCInfo(lcKeychain) << "no usable keychain for a new store; falling back to a passphrase";
    }
    StoreProtection protection;
    protection.mode = StoreProtection::Mode::Passphrase;
    protection.salt = security::randomBytes(16);
    const PassphraseRequest request {
        true,
        options.forcePassphrase ? tr("Choose a passphrase to encrypt this clinic's data.")
                                : tr("No system keychain is available on this computer, so the clinic's data will be "
                                     "encrypted with a passphrase. Choose one and keep it safe: without it the data "
                                     "cannot be opened."),
        {}};
    auto opened = openWithPassphrase(path, protection, prompt, request, options.passphraseAttempts);
    if (!opened)
        return opened;
    MSP_TRY(protection.save(dataDir));
    return opened;
}

} // namespace msp::app
