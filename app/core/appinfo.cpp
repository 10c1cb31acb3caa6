#include "core/appinfo.h"

#include "domain/entityid.h"

#include <QSettings>
#include <QStandardPaths>

namespace msp::app {

QString applicationVersion()
{
    return QStringLiteral(MEDSPASYNC_VERSION);
}

QString defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString deviceId()
{
    QSettings settings;
    QString id = settings.value(QStringLiteral("device/id")).toString();
    if (id.isEmpty()) {
        id = EntityId::generate().toString();
        settings.setValue(QStringLiteral("device/id"), id);
    }
    return id;
}

} // namespace msp::app
