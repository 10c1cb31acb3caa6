#include "gui/guioptions.h"

#include <QCoreApplication>

namespace msp::app {

GuiOptions parseGuiOptions(const QStringList &args)
{
    GuiOptions o;
    const auto valueAfter = [&](qsizetype &i, const QString &name) -> QString {
        const QString &arg = args.at(i);
        if (arg.startsWith(name + u'='))
            return arg.mid(name.size() + 1);
        if (i + 1 < args.size())
            return args.at(++i);
        o.error = QCoreApplication::translate("msp::app", "%1 needs a value.").arg(name);
        return {};
    };
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &a = args.at(i);
        if (a == u"--version" || a == u"-v")
            o.showVersion = true;
        else if (a == u"--help" || a == u"-h")
            o.showHelp = true;
        else if (a == u"--demo")
            o.demo = true;
        else if (a == u"--data-dir" || a.startsWith(QStringLiteral("--data-dir=")))
            o.dataDir = valueAfter(i, QStringLiteral("--data-dir"));
        else if (a == u"--screenshot" || a.startsWith(QStringLiteral("--screenshot=")))
            o.screenshotPath = valueAfter(i, QStringLiteral("--screenshot"));
        else if (a == u"--lang" || a.startsWith(QStringLiteral("--lang=")))
            o.language = valueAfter(i, QStringLiteral("--lang"));
        else if (a.startsWith(QStringLiteral("-platform")) || a.startsWith(QStringLiteral("-style")))
            ++i; // Qt's own options, handled by QApplication
        else
            o.error = QCoreApplication::translate("msp::app", "Unknown option %1. Run with --help to see the options.")
                          .arg(a);
        if (!o.error.isEmpty())
            break;
    }
    return o;
}

QString guiHelpText()
{
    return QCoreApplication::translate(
        "msp::app",
        "Usage: medspasync [options]\n"
        "MedSpaSync Pro: scheduling, clients, checkout and reconciliation for medical spas, offline-first.\n\n"
        "Options:\n"
        "  --data-dir DIR      folder of the clinic's encrypted store (default: your user data folder)\n"
        "  --demo              create (or reopen) a demo clinic in the data folder and sign in to it\n"
        "  --screenshot FILE   render the main window to a PNG file and exit\n"
        "  --lang en|es        language for this run (the saved setting otherwise)\n"
        "  --version           print the version and exit\n"
        "  --help              print this help and exit\n");
}

bool hasNoDisplay()
{
#if defined(Q_OS_LINUX) || defined(Q_OS_FREEBSD)
    return qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM") && qEnvironmentVariableIsEmpty("DISPLAY")
        && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
#else
    return false;
#endif
}

} // namespace msp::app
