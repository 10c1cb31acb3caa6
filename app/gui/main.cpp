// medspasync: the MedSpaSync Pro desktop app. This is the composition root:
// it reads the command line, opens the encrypted store, signs a person in
// and shows the main window.

#include "core/appinfo.h"
#include "core/democlinic.h"
#include "core/language.h"
#include "core/storeopener.h"
#include "gui/appsession.h"
#include "gui/guioptions.h"
#include "gui/passphrasedialog.h"
#include "login/logindialog.h"
#include "mainwindow.h"
#include "store/clinicstore.h"
#include "store/userrepository.h"

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>

#include <cstdio>

using namespace msp;

namespace {

void printOut(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stdout);
}
void printErr(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stderr);
}

int fail(const QString &message, bool headless)
{
    printErr(message);
    if (!headless)
        QMessageBox::critical(nullptr, app::applicationName(), message);
    return 1;
}

// Renders the window to a PNG once it has been laid out and painted.
int saveScreenshot(QWidget &window, const QString &path)
{
    window.resize(1440, 900);
    window.show();
    QApplication::processEvents();
    const bool saved = window.grab().save(path, "PNG");
    if (!saved) {
        printErr(QCoreApplication::translate("msp::app", "The screenshot could not be written to %1.")
                     .arg(QDir::toNativeSeparators(path)));
        return 1;
    }
    printOut(QCoreApplication::translate("msp::app", "Main window rendered to %1")
                 .arg(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath())));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QStringList rawArgs;
    for (int i = 0; i < argc; ++i)
        rawArgs << QString::fromLocal8Bit(argv[i]);
    app::GuiOptions options = app::parseGuiOptions(rawArgs);
    // Answer --version and --help before touching the window system.
    if (options.showVersion) {
        printOut(app::applicationName() + u' ' + app::applicationVersion());
        return 0;
    }
    if (options.showHelp) {
        printOut(app::guiHelpText());
        return 0;
    }
    if (!options.error.isEmpty()) {
        printErr(options.error);
        return 2;
    }

    const bool headless = app::hasNoDisplay() || !options.screenshotPath.isEmpty();
    if (app::hasNoDisplay()) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
        if (options.screenshotPath.isEmpty())
            options.screenshotPath = QDir::temp().filePath(QStringLiteral("medspasync-main-window.png"));
        printOut(QStringLiteral("No display found: rendering the main window offscreen to a PNG instead."));
    }

    QApplication application(argc, argv);
    QCoreApplication::setOrganizationName(app::organizationName());
    QCoreApplication::setApplicationName(app::applicationName());
    QCoreApplication::setApplicationVersion(app::applicationVersion());
    app::installLanguage(options.language.isEmpty() ? app::preferredLanguage() : options.language);

    const QString dataDir = options.dataDir.isEmpty() ? app::defaultDataDir() : QDir(options.dataDir).absolutePath();
    // Without a display nobody can type a passphrase: take it from the
    // environment (automation) or fail with a clear message.
    app::PassphrasePrompt prompt = app::PassphraseDialog::prompt();
    if (headless) {
        prompt = [](const app::PassphraseRequest &request) -> std::optional<QString> {
            const QString env = qEnvironmentVariable("MEDSPASYNC_PASSPHRASE");
            if (env.isEmpty() || !request.lastError.isEmpty())
                return std::nullopt;
            return env;
        };
    }
    auto opened = app::openClinicStore(dataDir, prompt);
    if (!opened)
        return fail(opened.error().message, headless);
    store::ClinicStore &clinicStore = *opened->store;

    if (options.demo) {
        if (auto seeded = app::seedDemoClinic(clinicStore); !seeded)
            return fail(seeded.error().message, headless);
    }

    const ui::SessionInfo session {dataDir, opened->protection.description(), app::deviceId()};
    std::optional<User> user;
    if (headless && options.demo) {
        // The demo's front-desk sign-in is public; a screenshot of a demo
        // clinic signs in with it so the window shows real content.
        const app::DemoUser demoUser = app::demoUsers().at(2);
        auto signedIn = clinicStore.users().signIn(QString::fromLatin1(demoUser.username),
                                                   QString::fromLatin1(demoUser.password), session.deviceId);
        if (!signedIn)
            return fail(signedIn.error().message, headless);
        user = *signedIn;
    } else {
        ui::LoginDialog login(clinicStore.users(), session.deviceId);
        if (options.demo)
            printOut(QCoreApplication::translate("msp::app",
                                                 "Demo clinic in %1. Sign in as frontdesk / demo-frontdesk, "
                                                 "manager / demo-manager or admin / demo-admin.")
                         .arg(QDir::toNativeSeparators(dataDir)));
        if (headless)
            return saveScreenshot(login, options.screenshotPath);
        if (login.exec() != QDialog::Accepted || !login.user())
            return 0;
        user = login.user();
    }

    app::AppSession signedIn(std::move(opened->store), *user, session, {app::Keychain(), 60000});
    // A revoked device has already lost its window and data; say why, then end.
    QObject::connect(&signedIn, &app::AppSession::wiped, &application, [headless](const QString &message) {
        printErr(message);
        if (!headless)
            QMessageBox::warning(nullptr, app::applicationName(), message);
        QCoreApplication::quit();
    });
    if (headless)
        return saveScreenshot(*signedIn.window(), options.screenshotPath);
    signedIn.window()->show();
    return application.exec();
}
