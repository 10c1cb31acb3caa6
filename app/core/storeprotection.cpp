#include "core/storeprotection.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace msp::app {

namespace {
Error unreadable(const QString &path)
{
    return Error::make(ErrorCode::StoreLocked,
                       QCoreApplication::translate("msp::app",
                                                   "The clinic database could not be unlocked: %1 is missing or "
                                                   "damaged, so it is not known how the store's key is protected. "
                                                   "Nothing was changed. Restore the data folder from a backup, "
                                                   "or start with another data folder (--data-dir).")
                           .arg(QDir::toNativeSeparators(path)));
}
} // namespace

Result<StoreProtection> StoreProtection::load(const QString &dataDir)
{
    const QString path = QDir(dataDir).filePath(fileName());
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return unreadable(path);
    QJsonParseError err {};
    const QJsonObject o = QJsonDocument::fromJson(f.read(64 * 1024), &err).object();
    if (err.error != QJsonParseError::NoError || o.value(QStringLiteral("version")).toInt() != 1)
        return unreadable(path);
    StoreProtection p;
    const QString mode = o.value(QStringLiteral("mode")).toString();
    if (mode == u"keychain") {
        p.mode = Mode::Keychain;
        p.keychainEntry = o.value(QStringLiteral("keychain_entry")).toString();
        if (p.keychainEntry.isEmpty())
            return unreadable(path);
    } else if (mode == u"passphrase") {
        p.mode = Mode::Passphrase;
        const QJsonObject kdf = o.value(QStringLiteral("kdf")).toObject();
        if (kdf.value(QStringLiteral("algorithm")).toString() != u"argon2id")
            return unreadable(path);
        p.salt = QByteArray::fromBase64(kdf.value(QStringLiteral("salt")).toString().toLatin1());
        p.kdf.memoryKiB = quint32(kdf.value(QStringLiteral("memory_kib")).toInt());
        p.kdf.iterations = quint32(kdf.value(QStringLiteral("iterations")).toInt());
        p.kdf.parallelism = quint32(kdf.value(QStringLiteral("parallelism")).toInt());
        if (p.salt.size() < 16 || p.kdf.memoryKiB < 8 || p.kdf.iterations < 1 || p.kdf.parallelism < 1)
            return unreadable(path);
    } else {
        return unreadable(path);
    }
    return p;
}

Result<void> StoreProtection::save(const QString &dataDir) const
{
    QJsonObject o {{QStringLiteral("version"), 1}};
    if (mode == Mode::Keychain) {
        o.insert(QStringLiteral("mode"), QStringLiteral("keychain"));
        o.insert(QStringLiteral("keychain_entry"), keychainEntry);
    } else {
        o.insert(QStringLiteral("mode"), QStringLiteral("passphrase"));
        o.insert(QStringLiteral("kdf"),
                 QJsonObject {{QStringLiteral("algorithm"), QStringLiteral("argon2id")},
                              {QStringLiteral("salt"), QString::fromLatin1(salt.toBase64())},
                              {QStringLiteral("memory_kib"), int(kdf.memoryKiB)},
                              {QStringLiteral("iterations"), int(kdf.iterations)},
                              {QStringLiteral("parallelism"), int(kdf.parallelism)}});
    }
    QSaveFile f(QDir(dataDir).filePath(fileName()));
    if (!f.open(QIODevice::WriteOnly) || f.write(QJsonDocument(o).toJson()) < 0 || !f.commit())
        return Error::make(ErrorCode::StoreIo,
                           QCoreApplication::translate("msp::app",
                                                       "The data folder %1 cannot be written. Choose a folder you "
                                                       "can write to (--data-dir) and try again.")
                               .arg(QDir::toNativeSeparators(dataDir)));
    return ok();
}

QString StoreProtection::description() const
{
    return mode == Mode::Keychain
        ? QCoreApplication::translate("msp::app", "Encrypted \u00b7 key in the system keychain")
        : QCoreApplication::translate("msp::app", "Encrypted \u00b7 passphrase (no keychain available)");
}

} // namespace msp::app
