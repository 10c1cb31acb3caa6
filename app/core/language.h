#pragma once

#include <QString>
#include <QStringList>

namespace msp::app {

// Languages the app ships: English (source) and Spanish.
QStringList availableLanguages(); // {"en", "es"}
// Installs the translators for `code` ("es") on the running application:
// ours (embedded .qm) and Qt's own. Returns false when no translation for it
// is embedded. "en" removes nothing and returns true.
bool installLanguage(const QString &code);
// The language saved in settings ("ui/language"), else the system's when it
// is one we ship, else English.
QString preferredLanguage();
// The language installLanguage() last installed ("en" before any).
QString installedLanguage();

} // namespace msp::app
