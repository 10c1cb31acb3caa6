#include "core/language.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace msp::app {

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("es")};
}

bool installLanguage(const QString &code)
{
    if (code == u"en")
        return true;
    if (!availableLanguages().contains(code))
        return false;
    auto *ours = new QTranslator(QCoreApplication::instance());
    if (!ours->load(QStringLiteral(":/i18n/medspasync_") + code + QStringLiteral(".qm"))) {
        delete ours;
        return false;
    }
    QCoreApplication::installTranslator(ours);
    // Qt's own strings (dialog buttons, context menus); optional.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

QString preferredLanguage()
{
    const QString saved = QSettings().value(QStringLiteral("ui/language")).toString();
    if (availableLanguages().contains(saved))
        return saved;
    const QString system = QLocale::system().name().left(2);
    return availableLanguages().contains(system) ? system : QStringLiteral("en");
}

} // namespace msp::app
