#include "core/syncsettings.h"

#include <QSettings>

namespace msp::app {

SyncSettings SyncSettings::load()
{
    QSettings settings;
    SyncSettings s;
    s.serverUrl = QUrl(settings.value(QStringLiteral("sync/serverUrl")).toString());
    s.caFile = settings.value(QStringLiteral("sync/caFile")).toString();
    return s;
}

void SyncSettings::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("sync/serverUrl"), serverUrl.toString());
    settings.setValue(QStringLiteral("sync/caFile"), caFile);
}

StripeSettings StripeSettings::load()
{
    StripeSettings s;
    s.baseUrl = QSettings().value(QStringLiteral("stripe/baseUrl"), s.baseUrl).toString();
    s.caFile = QSettings().value(QStringLiteral("stripe/caFile")).toString();
    return s;
}

void StripeSettings::save() const
{
    QSettings settings;
    settings.setValue(QStringLiteral("stripe/baseUrl"), baseUrl);
    if (caFile.isEmpty())
        settings.remove(QStringLiteral("stripe/caFile"));
    else
        settings.setValue(QStringLiteral("stripe/caFile"), caFile);
}

} // namespace msp::app
