#include "core/devicewipe.h"

#include "core/storeprotection.h"
#include "store/clinicstore.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>

#include <algorithm>

Q_DECLARE_LOGGING_CATEGORY(lcKeychain)

namespace msp::app {

QStringList storeFileNames()
{
    const QString db = store::ClinicStore::fileName();
    return {db, db + QStringLiteral("-wal"), db + QStringLiteral("-shm"), db + QStringLiteral("-journal"),
            StoreProtection::fileName()};
}

WipeReport wipeDeviceData(std::unique_ptr<store::ClinicStore> &store, const QString &dataDir, const Keychain &keychain,
                          const QStringList &extraKeychainEntries)
{
    WipeReport report;
    // Read where the key is before protection.json goes.
    QStringList entries = extraKeychainEntries;
    if (auto protection = StoreProtection::load(dataDir);
        protection && protection->mode == StoreProtection::Mode::Keychain && !protection->keychainEntry.isEmpty())
        entries.prepend(protection->keychainEntry);
    store.reset(); // SQLite must let go of the files first

    const QDir dir(dataDir);
    for (const QString &name : storeFileNames()) {
        const QString path = dir.filePath(name);
        if (!QFile::exists(path))
            continue;
        // Overwrite before deleting: the database is encrypted, but a deleted
        // file's blocks would otherwise still hold the ciphertext.
        if (QFile file(path); file.open(QIODevice::ReadWrite)) {
            const QByteArray zeros(64 * 1024, '\0');
            for (qint64 left = file.size(); left > 0; left -= zeros.size())
                file.write(zeros.constData(), std::min<qint64>(left, zeros.size()));
            file.close();
        }
        if (QFile::remove(path))
            report.removedFiles << name;
        else
            report.leftFiles << QDir::toNativeSeparators(path);
    }
    for (const QString &entry : std::as_const(entries)) {
        const KeychainAnswer answer = keychain.remove(entry);
        if (!answer.isOk() && answer.status != KeychainStatus::NotFound) {
            report.keychainEntriesLeft << entry;
            qCWarning(lcKeychain) << "a keychain entry of the revoked device could not be removed:"
                                  << keychainStatusName(answer.status);
        }
    }
    return report;
}

} // namespace msp::app
