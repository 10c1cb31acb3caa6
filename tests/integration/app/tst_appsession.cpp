#include "checkout/checkoutpage.h"
#include "core/devicewipe.h"
#include "core/storeopener.h"
#include "core/syncsettings.h"
#include "gui/appsession.h"
#include "gui/stripesettingscard.h"
#include "mainwindow.h"
#include "store/clinicstore.h"
#include "support/syncserverfixture.h"
#include "sync/synccontroller.h"
#include "sync/syncpage.h"

#include <QApplication>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace msp;

namespace {
QString serverBinary()
{
    const QString env = qEnvironmentVariable("MEDSPASYNC_SERVER_BIN");
#ifdef MEDSPASYNC_SERVER_BIN
    return env.isEmpty() ? QStringLiteral(MEDSPASYNC_SERVER_BIN) : env;
#else
    return env;
#endif
}

User admin()
{
    User u;
    u.id = EntityId::generate();
    u.username = QStringLiteral("admin");
    u.displayName = QStringLiteral("Alex Admin");
    u.role = Role::Admin;
    return u;
}

// A store the way the app makes one: clinic.db and protection.json in a
// data folder (a passphrase here: this suite runs without a keychain).
std::unique_ptr<store::ClinicStore> openStore(const QString &dataDir)
{
    app::StoreOpenOptions options;
    options.forcePassphrase = true;
    auto opened = app::openClinicStore(
        dataDir,
        [](const app::PassphraseRequest &) { return std::optional<QString>(QStringLiteral("correct horse battery")); },
        options);
    if (!opened)
        qFatal("store: %s", qPrintable(opened.error().message));
    return std::move(opened->store);
}

app::AppSession::Options options()
{
    return {app::Keychain(QStringLiteral("MedSpaSync Pro test"), 2000), 3600000};
}

void shot(QWidget &w, const char *name)
{
    if (!qEnvironmentVariableIsEmpty("MEDSPASYNC_UI_SHOTS"))
        w.grab().save(qEnvironmentVariable("MEDSPASYNC_UI_SHOTS") + u'/' + QString::fromLatin1(name));
}
} // namespace

// The composition root's signed-in session: checkout and sync wired into the
// window, the Stripe key kept out of settings, and a revoked device wiped.
class TestAppSession : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    }

    void init() { QSettings().clear(); }

    void checkoutAndSyncPagesReplaceTheirPlaceholders()
    {
        QTemporaryDir data;
        const User user = admin();
        app::AppSession session(
            openStore(data.path()), user,
            ui::SessionInfo {data.path(), QStringLiteral("Encrypted · passphrase"), EntityId::generate().toString()},
            options());
        ui::MainWindow *window = session.window();
        QVERIFY(window);
        auto *pages = window->findChild<QStackedWidget *>(QStringLiteral("pages"));
        QVERIFY(qobject_cast<ui::CheckoutPage *>(pages->widget(ui::MainWindow::CheckoutPageIndex)));
        QCOMPARE(pages->widget(ui::MainWindow::CheckoutPageIndex), session.checkout());
        QVERIFY(qobject_cast<ui::SyncPage *>(pages->widget(ui::MainWindow::SyncPageIndex)));
        QCOMPARE(window->findChild<QLabel *>(QStringLiteral("syncStatus"))->text(),
                 QStringLiteral("● Offline — no sync server configured"));
        // No key in the keychain: the checkout says cards are not set up.
        QVERIFY(window->findChild<app::StripeSettingsCard *>(QStringLiteral("stripeSettings")));
        window->resize(1360, 860);
        window->show();
        window->showPage(ui::MainWindow::CheckoutPageIndex);
        QVERIFY(session.checkout()->isVisible());
        shot(*window, "window-checkout.png");
        window->showPage(ui::MainWindow::SyncPageIndex);
        shot(*window, "window-sync.png");
        window->showPage(ui::MainWindow::AdminPageIndex);
        shot(*window, "window-admin.png");
    }

    void savedSyncSettingsAreUsedAtTheNextStart()
    {
        QTemporaryDir data;
        const QString device = EntityId::generate().toString();
        {
            app::AppSession session(openStore(data.path()), admin(), ui::SessionInfo {data.path(), QString(), device},
                                    options());
            QVERIFY(session.sync()->configure(QUrl(QStringLiteral("https://sync.clinic.test:8443")), {}));
        }
        QCOMPARE(app::SyncSettings::load().serverUrl, QUrl(QStringLiteral("https://sync.clinic.test:8443")));
        QSettings settings;
        for (const QString &key : settings.allKeys())
            QVERIFY2(!key.contains(u"token", Qt::CaseInsensitive), qPrintable(key));
    }

    void aStripeKeyNeverReachesTheSettingsFile()
    {
        app::StripeSettingsCard card(app::Keychain(QStringLiteral("MedSpaSync Pro test"), 2000));
        const QString key = QStringLiteral("sk_test_4eC39HqLyjWDarjtT1zdp7dc");
        // No keychain answers in this suite: the key is refused, not kept elsewhere.
        QVERIFY(!card.save(key, QStringLiteral("https://api.stripe.com")));
        QVERIFY(card.message().contains(u"keychain"));
        QVERIFY(!card.save(QStringLiteral("pk_test_abcdefghijklmnop"), QStringLiteral("https://api.stripe.com")));
        QVERIFY(card.save({}, QStringLiteral("https://stripe-proxy.clinic.test")));
        QCOMPARE(app::StripeSettings::load().baseUrl, QStringLiteral("https://stripe-proxy.clinic.test"));
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains(key.toUtf8()));
    }

    void wipeRemovesEveryStoreFile()
    {
        QTemporaryDir data;
        auto store = openStore(data.path());
        // The WAL and shared-memory files exist while a store is open; make
        // sure they do here without touching ones SQLite has mapped.
        for (const char *name : {"clinic.db-wal", "clinic.db-shm"}) {
            QFile f(QDir(data.path()).filePath(QString::fromLatin1(name)));
            if (!f.exists())
                QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QFile keep(QDir(data.path()).filePath(QStringLiteral("receipts.txt")));
        QVERIFY(keep.open(QIODevice::WriteOnly));
        keep.close();
        const app::WipeReport report = app::wipeDeviceData(store, data.path(), options().keychain, {});
        QVERIFY(!store);
        QVERIFY2(report.leftFiles.isEmpty(), qPrintable(report.leftFiles.join(u',')));
        for (const QString &name : {QStringLiteral("clinic.db"), QStringLiteral("clinic.db-wal"),
                                    QStringLiteral("clinic.db-shm"), QStringLiteral("protection.json")})
            QVERIFY2(!QFile::exists(QDir(data.path()).filePath(name)), qPrintable(name));
        QVERIFY(QFile::exists(keep.fileName())); // only the store's own files go
    }

    void aRevokedDeviceIsWiped()
    {
        if (test::SyncServerFixture::clusterConnInfo().isEmpty())
            QSKIP("MEDSPASYNC_TEST_PG is not set: run through scripts/test, which starts PostgreSQL.");
        if (!QFile::exists(serverBinary()))
            QSKIP("medspasync-server is not built (set MEDSPASYNC_SERVER_BIN or build the target).");
        test::SyncServerFixture server(serverBinary());
        QString error;
        QVERIFY2(server.setUp(&error), qPrintable(error));
        QTemporaryDir data;
        const QString caPath = data.filePath(QStringLiteral("server-ca.pem"));
        {
            QFile ca(caPath);
            QVERIFY(ca.open(QIODevice::WriteOnly));
            ca.write(server.caCertificatePem());
        }
        const QString device = EntityId::generate().toString();
        app::AppSession session(openStore(data.path()), admin(), ui::SessionInfo {data.path(), QString(), device},
                                options());
        QSignalSpy wiped(&session, &app::AppSession::wiped);
        QVERIFY(session.sync()->configure(server.url(), caPath));
        QSignalSpy signedIn(session.sync(), &ui::SyncController::signInFinished);
        session.sync()->signIn(server.adminEmail(), server.adminPassword(),
                               server.adminTotp(QDateTime::currentSecsSinceEpoch()));
        QVERIFY(signedIn.wait(20000));
        QVERIFY2(signedIn.first().at(0).toBool(), qPrintable(signedIn.first().at(1).toString()));
        QTRY_COMPARE_WITH_TIMEOUT(session.sync()->status().state, sync::SyncStatus::State::Synced, 30000);

        server.sql(QStringLiteral("UPDATE devices SET revoked_at = now() WHERE id = '%1'").arg(device));
        session.sync()->syncNow();
        QTRY_COMPARE_WITH_TIMEOUT(wiped.size(), 1, 30000);
        QVERIFY(session.isWiped());
        QVERIFY(!session.window());
        const QString message = wiped.first().at(0).toString();
        QVERIFY2(message.contains(u"revoked") && message.contains(u"erased"), qPrintable(message));
        for (const QString &name : {QStringLiteral("clinic.db"), QStringLiteral("clinic.db-wal"),
                                    QStringLiteral("clinic.db-shm"), QStringLiteral("protection.json")})
            QVERIFY2(!QFile::exists(QDir(data.path()).filePath(name)), qPrintable(name));
    }
};

QTEST_MAIN(TestAppSession)
#include "tst_appsession.moc"
