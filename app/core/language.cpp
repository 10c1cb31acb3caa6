#include "core/language.h"

#include "catalogtranslator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QSettings>
#include <QTranslator>

namespace msp::app {

namespace {
QString &installed()
{
    static QString code = QStringLiteral("en");
    return code;
}
} // namespace

QStringList availableLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("es")};
}

bool installLanguage(const QString &code)
{
    if (!availableLanguages().contains(code))
        return false;
    // English is the source language; its catalogue only holds plural forms
    // ("1 change", "2 changes").
    auto *ours = new translations::CatalogTranslator(QCoreApplication::instance());
    if (!ours->loadCatalog(QStringLiteral(":/i18n/medspasync_") + code + QStringLiteral(".qm"),
                           QStringLiteral(":/i18n/src/medspasync_") + code + QStringLiteral(".ts"))) {
        delete ours;
        return code == u"en";
    }
    QCoreApplication::installTranslator(ours);
    installed() = code;
    if (code == u"en")
        return true;
    // Dates and day names in Spanish too. US Spanish keeps the decimal point
    // the clinic's amounts are typed with ("125.50").
    if (code == u"es")
        QLocale::setDefault(QLocale(QLocale::Spanish, QLocale::UnitedStates));
    // Qt's own strings (dialog buttons, context menus); optional.
    auto *qt = new QTranslator(QCoreApplication::instance());
    if (qt->load(QStringLiteral("qtbase_") + code, QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    else
        delete qt;
    return true;
}

QString installedLanguage()
{
    return installed();
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
