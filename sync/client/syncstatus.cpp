#include "syncstatus.h"

#include <QCoreApplication>
#include <QLocale>

namespace msp::sync {

QString SyncStatus::summary() const
{
    switch (state) {
    case State::NotConfigured:
        return QCoreApplication::translate("msp::sync", "Offline \u2014 no sync server configured");
    case State::SignedOut: return QCoreApplication::translate("msp::sync", "Sync: sign in to the clinic's server");
    case State::Synced:
        return pending > 0
            ? QCoreApplication::translate("msp::sync", "Synced, %n change(s) waiting", nullptr, int(pending))
            : QCoreApplication::translate("msp::sync", "Synced");
    case State::Syncing: return QCoreApplication::translate("msp::sync", "Syncing %n change(s)", nullptr, int(pending));
    case State::Offline:
        return QCoreApplication::translate("msp::sync", "Offline since %1 \u2014 %n change(s) waiting", nullptr,
                                           int(pending))
            .arg(QLocale().toString(offlineSince.toLocalTime().time(), QLocale::ShortFormat));
    case State::Error: return QCoreApplication::translate("msp::sync", "Sync error: %1").arg(message);
    case State::Revoked: return QCoreApplication::translate("msp::sync", "This device was removed from the clinic");
    }
    return {};
}

} // namespace msp::sync
