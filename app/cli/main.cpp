// medspasync-cli: headless work on the clinic's encrypted store.

#include "cli/clicommands.h"
#include "core/appinfo.h"
#include "core/language.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication application(argc, argv);
    QCoreApplication::setOrganizationName(msp::app::organizationName());
    QCoreApplication::setApplicationName(msp::app::applicationName());
    QCoreApplication::setApplicationVersion(msp::app::applicationVersion());
    msp::app::installLanguage(msp::app::preferredLanguage());
    return msp::app::runCli(QCoreApplication::arguments());
}
