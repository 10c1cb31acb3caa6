#include "syncstatus.h"

#include <QCoreApplication>
#include <QLocale>

namespace msp::sync {

QString SyncStatus::summary() const
{
    const auto tr
        = [](const char *text, int n = -1) { return QCoreApplication::translate("msp::sync", text, nullptr, n); };
    switch (state) {
    case State::NotConfigured: return tr("Offline \u2014 no sync server configured");
    case State::SignedOut: return tr("Sync: sign in to the clinic's server");
    case State::Synced: return pending > 0 ? tr("Synced, %n change(s) waiting", int(pending)) : tr("Synced");
    case State::Syncing: return tr("Syncing %n change(s)", int(pending));
    case State::Offline:
        return tr("Offline since %1 \u2014 %n change(s) waiting", int(pending))
            .arg(QLocale().toString(offlineSince.toLocalTime().time(), QLocale::ShortFormat));
    case State::Error: return tr("Sync error: %1").arg(message);
    case State::Revoked: return tr("This device was removed from the clinic");
    }
    return {};
}

} // namespace msp::sync
