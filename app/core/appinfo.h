#pragma once

#include <QString>

namespace msp::app {

// Identity used for settings, the keychain service and --version.
inline QString organizationName()
{
    return QStringLiteral("MedSpaSync");
}
inline QString applicationName()
{
    return QStringLiteral("MedSpaSync Pro");
}
QString applicationVersion();
// The default data folder (per user, per platform), e.g.
// ~/.local/share/MedSpaSync/MedSpaSync Pro on Linux.
QString defaultDataDir();
// A stable id for this installation, made once and kept in settings.
QString deviceId();

} // namespace msp::app
