#include "cli/clicommands.h"

#include "cli/passphraseprompt.h"
#include "cli/reconcilecommands.h"
#include "cli/schedulingcommands.h"
#include "core/appinfo.h"
#include "core/democlinic.h"
#include "core/storeopener.h"
#include "store/appointmentrepository.h"
#include "store/auditlog.h"
#include "store/clientrepository.h"
#include "store/clinicrepository.h"
#include "store/database.h"
#include "store/invoicerepository.h"
#include "store/outbox.h"

#include <QCoreApplication>
#include <QDir>

#include <cstdio>

namespace msp::app {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("msp::cli", text);
}
void out(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stdout);
}
void err(const QString &text)
{
    std::fputs(qPrintable(text + u'\n'), stderr);
}

QString usage()
{
    return tr("Usage: medspasync-cli <command> [options]\n\n"
              "Commands:\n"
              "  demo          create (or reopen) the demo clinic in --data-dir\n"
              "  info          show the store's protection, format and record counts\n"
              "  verify-audit  check the hash chain of the audit log\n\n"
              "Options:\n"
              "  --data-dir DIR   the clinic's data folder (default: your user data folder)\n"
              "  --clients N      demo: number of clients (default 2000)\n"
              "  --weeks N        demo: weeks of appointments (default 4)\n"
              "  --version, --help\n\n"
              "A store protected by a passphrase reads it from MEDSPASYNC_PASSPHRASE or asks on the terminal.");
}

struct CliArgs {
    QString command;
    QString dataDir;
    DemoOptions demo;
    QString error;
};

CliArgs parse(const QStringList &args)
{
    CliArgs a;
    for (qsizetype i = 1; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        const auto value = [&]() -> QString {
            if (i + 1 < args.size())
                return args.at(++i);
            a.error = tr("%1 needs a value.").arg(arg);
            return {};
        };
        const auto number = [&](int &target) {
            bool okNumber = false;
            const int n = value().toInt(&okNumber);
            if (!okNumber || n < 0)
                a.error = tr("%1 needs a whole number of zero or more.").arg(arg);
            else
                target = n;
        };
        if (arg == u"--data-dir")
            a.dataDir = value();
        else if (arg == u"--clients")
            number(a.demo.clients);
        else if (arg == u"--weeks")
            number(a.demo.weeks);
        else if (!arg.startsWith(u'-') && a.command.isEmpty())
            a.command = arg;
        else
            a.error = tr("Unknown option %1. Run medspasync-cli --help to see the options.").arg(arg);
        if (!a.error.isEmpty())
            break;
    }
    if (a.dataDir.isEmpty())
        a.dataDir = defaultDataDir();
    return a;
}

int info(OpenedStore &opened, const QString &dataDir)
{
    store::ClinicStore &s = *opened.store;
    const auto version = s.database().userVersion();
    const auto clinic = s.clinic().clinic();
    out(tr("Data folder:   %1").arg(QDir::toNativeSeparators(dataDir)));
    out(tr("Protection:    %1").arg(opened.protection.description()));
    out(tr("Store format:  %1").arg(version ? *version : -1));
    out(tr("Clinic:        %1").arg(clinic ? clinic->name : tr("(not set up)")));
    out(tr("Clients:       %1").arg(s.clients().count().valueOr(-1)));
    out(tr("Appointments:  %1").arg(s.appointments().count().valueOr(-1)));
    out(tr("Loyalty tenders: %1").arg(s.invoices().loyaltyTenderCount().valueOr(-1)));
    out(tr("Audit events:  %1").arg(s.audit().count().valueOr(-1)));
    out(tr("Changes waiting to sync: %1").arg(s.outbox().pendingCount().valueOr(-1)));
    return 0;
}

} // namespace

int runCli(const QStringList &arguments)
{
    if (arguments.contains(QStringLiteral("--version"))) {
        out(applicationName() + QStringLiteral(" (cli) ") + applicationVersion());
        return 0;
    }
    if (arguments.contains(QStringLiteral("--help")) || arguments.size() < 2) {
        out(usage() + u'\n' + reconcileUsage() + u'\n' + schedulingUsage());
        return arguments.size() < 2 ? 2 : 0;
    }
    if (isReconcileCommand(arguments.at(1)))
        return runReconcileCommand(arguments);
    if (isSchedulingCommand(arguments.at(1)))
        return runSchedulingCommand(arguments);
    CliArgs args = parse(arguments);
    if (!args.error.isEmpty()) {
        err(args.error);
        return 2;
    }
    static const QStringList known {QStringLiteral("demo"), QStringLiteral("info"), QStringLiteral("verify-audit")};
    if (!known.contains(args.command)) {
        err(tr("Unknown command \"%1\". Run medspasync-cli --help to see the commands.").arg(args.command));
        return 2;
    }
    auto opened = openClinicStore(QDir(args.dataDir).absolutePath(), terminalPassphrasePrompt());
    if (!opened) {
        err(opened.error().message);
        return 1;
    }
    if (args.command == u"demo") {
        if (auto seeded = seedDemoClinic(*opened->store, args.demo); !seeded) {
            err(seeded.error().message);
            return 1;
        }
        out(tr("Demo clinic ready in %1 (%2).")
                .arg(QDir::toNativeSeparators(args.dataDir), opened->protection.description()));
        return info(*opened, args.dataDir);
    }
    if (args.command == u"info")
        return info(*opened, args.dataDir);
    auto verified = opened->store->audit().verifyChain();
    if (!verified) {
        err(verified.error().message);
        return 1;
    }
    out(tr("Audit log intact: %1 events, every link verified.").arg(*verified));
    return 0;
}

} // namespace msp::app
