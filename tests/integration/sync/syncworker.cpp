// A stand-in for the app, killed with SIGKILL at a chosen moment by
// tst_synckill. Opens the store given on the command line, makes one change
// and dies either right after the local commit, or right after its push left
// for the server (before the answer is read).
//
//   syncworker <store-path> <key-hex> commit
//   syncworker <store-path> <key-hex> push <server-url> <ca-file> <email> <password> <totp> <device-id>

#include "client/syncengine.h"
#include "store/clientrepository.h"
#include "store/clinicstore.h"

#include <QCoreApplication>
#include <QFile>
#include <QTimer>

#include <csignal>
#include <cstdio>

using namespace msp;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 4)
        return 2;
    auto opened = store::ClinicStore::open(args.at(1), QByteArray::fromHex(args.at(2).toLatin1()));
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    store::ClinicStore &s = **opened;
    const Actor actor {EntityId::generate(), Role::Admin, QStringLiteral("worker")};
    const auto change = [&] {
        Client c;
        c.name = PersonName::create(u"Killed", u"Midway").value();
        c.email = Email::parse(u"killed@example.com").value();
        return s.clients().create(actor, c).isOk();
    };
    if (args.at(3) == u"commit") {
        if (!change())
            return 1;
        std::raise(SIGKILL); // the local commit is done; nothing was pushed
    }
    if (args.at(3) != u"push" || args.size() < 10)
        return 2;
    QFile ca(args.at(5));
    if (!ca.open(QIODevice::ReadOnly))
        return 1;
    sync::SyncConfig config;
    config.serverUrl = QUrl(args.at(4));
    config.caCertificates = ca.readAll();
    config.pinnedOnly = true;
    config.deviceId = args.at(9);
    config.deviceName = QStringLiteral("worker");
    sync::MemoryCredentialStore credentials;
    sync::SyncEngine engine(s, config, credentials);
    QObject::connect(&engine, &sync::SyncEngine::signInFinished, &app, [&](bool ok, const QString &message) {
        if (!ok) {
            std::fprintf(stderr, "sign-in failed: %s\n", qPrintable(message));
            std::_Exit(1);
        }
    });
    // Die as soon as the push is on its way: the status turns to Syncing
    // with the change pending once the batch has been handed to the network.
    QObject::connect(&engine, &sync::SyncEngine::statusChanged, &app, [&](const sync::SyncStatus &st) {
        if (st.state == sync::SyncStatus::State::Syncing && st.pending > 0)
            QTimer::singleShot(30, [] { std::raise(SIGKILL); });
    });
    QTimer::singleShot(0, [&] {
        if (!change())
            std::_Exit(1);
        engine.signIn(args.at(6), args.at(7), args.at(8));
    });
    QTimer::singleShot(30000, [] { std::_Exit(3); });
    return app.exec();
}
