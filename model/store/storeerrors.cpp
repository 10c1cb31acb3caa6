#include "store/storeerrors.h"

#include <QCoreApplication>
#include <QDir>

namespace msp::store {

Error lockedError(const QString &path)
{
    return Error::make(ErrorCode::StoreLocked,
                       QCoreApplication::translate("msp::store",
                                                   "The clinic database could not be unlocked: %1. The key does not "
                                                   "match this file, or the file is not a MedSpaSync Pro database. "
                                                   "The file was not changed. If this store is protected by a "
                                                   "passphrase, check it and try again; if the key was lost, restore "
                                                   "the folder from a backup or start with another data folder "
                                                   "(--data-dir).")
                           .arg(QDir::toNativeSeparators(path)));
}

Error tooNewError(const QString &path, int fileVersion, int knownVersion)
{
    return Error::make(ErrorCode::StoreTooNew,
                       QCoreApplication::translate("msp::store",
                                                   "The clinic database %1 was written by a newer version of "
                                                   "MedSpaSync Pro (format %2; this program knows up to %3). It was "
                                                   "not opened and not changed. Install the latest version of "
                                                   "MedSpaSync Pro to use it.")
                           .arg(QDir::toNativeSeparators(path))
                           .arg(fileVersion)
                           .arg(knownVersion));
}

Error ioError(const QString &path, const QString &doing, const QString &detail)
{
    return Error::make(ErrorCode::StoreIo,
                       QCoreApplication::translate("msp::store",
                                                   "The clinic database %1 could not be used while %2: %3. Nothing "
                                                   "was saved by this step. Check that the disk has free space and "
                                                   "that the folder can be written, then try again.")
                           .arg(QDir::toNativeSeparators(path), doing, detail));
}

} // namespace msp::store
