#include "client/syncengine.h"
#include "mainwindow.h"
#include "store/clientrepository.h"
#include "support/syncserverfixture.h"
#include "support/tempstore.h"
#include "sync/enrolmentqr.h"
#include "sync/synccontroller.h"
#include "sync/syncindicator.h"
#include "sync/syncpage.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

#include <algorithm>

using namespace msp;

namespace {
QString serverBinary()
{
    // A developer can point at a server built elsewhere.
    const QString env = qEnvironmentVariable("MEDSPASYNC_SERVER_BIN");
#ifdef MEDSPASYNC_SERVER_BIN
    return env.isEmpty() ? QStringLiteral(MEDSPASYNC_SERVER_BIN) : env;
#else
    return env;
#endif
}

template<typename T>
T *child(QWidget &w, const char *name)
{
    T *found = w.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("missing widget %s", name);
    return found;
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

void shot(QWidget &w, const char *name)
{
    if (!qEnvironmentVariableIsEmpty("MEDSPASYNC_UI_SHOTS"))
        w.grab().save(qEnvironmentVariable("MEDSPASYNC_UI_SHOTS") + u'/' + QString::fromLatin1(name));
}
} // namespace

// The status bar's sync indicator and the Sync page, driven by a real
// SyncEngine: unreachable, and against the real server when
// MEDSPASYNC_TEST_PG points at a PostgreSQL cluster.
class TestSyncIndicator : public QObject
{
    Q_OBJECT

private:
    sync::SyncConfig baseConfig(const QString &deviceId)
    {
        sync::SyncConfig c;
        c.deviceId = deviceId;
        c.deviceName = QStringLiteral("Indicator test");
        c.debounceMs = 10;
        c.fallbackIntervalMs = 3600000;
        c.requestTimeoutMs = 5000;
        return c;
    }

private Q_SLOTS:
    void texts_data()
    {
        using State = sync::SyncStatus::State;
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("pending");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not configured") << int(State::NotConfigured) << 0 << QString()
                                        << QStringLiteral("● Offline — no sync server configured");
        QTest::newRow("signed out") << int(State::SignedOut) << 0 << QString()
                                    << QStringLiteral("● Sync: sign in to the clinic's server");
        QTest::newRow("synced") << int(State::Synced) << 0 << QString() << QStringLiteral("● Synced");
        QTest::newRow("synced with waiting")
            << int(State::Synced) << 2 << QString() << QStringLiteral("● Synced, 2 change");
        QTest::newRow("syncing one") << int(State::Syncing) << 1 << QString() << QStringLiteral("● Syncing 1 change");
        QTest::newRow("syncing many") << int(State::Syncing) << 3 << QString() << QStringLiteral("● Syncing 3 change");
        QTest::newRow("error in plain words")
            << int(State::Error) << 0 << QStringLiteral("Your account may not sync this clinic.")
            << QStringLiteral("● Sync error: Your account may not sync this clinic.");
        QTest::newRow("revoked") << int(State::Revoked) << 0 << QString()
                                 << QStringLiteral("● This device was removed from the clinic");
    }

    void texts()
    {
        QFETCH(int, state);
        QFETCH(int, pending);
        QFETCH(QString, message);
        QFETCH(QString, expected);
        sync::SyncStatus s;
        s.state = sync::SyncStatus::State(state);
        s.pending = pending;
        s.message = message;
        QLabel label;
        ui::showSyncStatus(&label, s);
        QVERIFY2(label.text().startsWith(expected), qPrintable(label.text()));
        if (!message.isEmpty())
            QVERIFY(label.toolTip().contains(message));
    }

    void aLongErrorIsShortenedButKeptInTheTooltip()
    {
        sync::SyncStatus s;
        s.state = sync::SyncStatus::State::Error;
        s.message = QString(200, u'x');
        QLabel label;
        ui::showSyncStatus(&label, s);
        QVERIFY(label.text().size() < 100);
        QVERIFY(label.text().endsWith(u'…'));
        QVERIFY(label.toolTip().contains(s.message));
    }

    void enrolmentCodeFromAnOtpauthUri_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<bool>("drawn");
        QTest::newRow("server's init URI")
            << QStringLiteral("otpauth://totp/MedSpaSync:admin%40clinic.test?secret=JBSWY3DPEHPK3PXP&issuer=MedSpaSync"
                              "&algorithm=SHA1&digits=6&period=30")
            << true;
        QTest::newRow("no secret") << QStringLiteral("otpauth://totp/MedSpaSync:admin?issuer=MedSpaSync") << false;
        QTest::newRow("a web address") << QStringLiteral("https://clinic.test/?secret=JBSWY3DPEHPK3PXP") << false;
        QTest::newRow("empty") << QString() << false;
    }

    void enrolmentCodeFromAnOtpauthUri()
    {
        QFETCH(QString, uri);
        QFETCH(bool, drawn);
        const QImage code = ui::otpauthQrCode(uri, 4);
        QCOMPARE(!code.isNull(), drawn);
        if (drawn) {
            QCOMPARE(code.width(), code.height());
            QCOMPARE(code.pixelColor(0, 0), QColor(Qt::white)); // the quiet zone
        }
        ui::EnrolmentQrView view;
        view.setUri(uri);
        QCOMPARE(view.hasCode(), drawn);
        if (drawn) {
            view.resize(520, 320);
            shot(view, "enrolment-qr.png");
        }
    }

    void unreachableServerShowsOfflineSince()
    {
        test::TempStore store;
        sync::MemoryCredentialStore credentials;
        credentials.setRefreshToken(QStringLiteral("a-token-from-an-earlier-run"));
        ui::SyncController controller(*store.store, credentials, baseConfig(EntityId::generate().toString()));
        const User user = admin();
        const ui::SessionInfo session {store.dir.path(), QStringLiteral("Encrypted"), QStringLiteral("device")};
        ui::MainWindow window(*store.store, user, session);
        window.attachSync(&controller);
        auto *indicator = child<QLabel>(window, "syncStatus");
        QCOMPARE(indicator->text(), QStringLiteral("● Offline — no sync server configured"));

        // Port 9 (discard) on loopback: nothing listens, the connection is refused.
        QVERIFY(controller.configure(QUrl(QStringLiteral("https://127.0.0.1:9")), {}));
        controller.start();
        QTRY_VERIFY_WITH_TIMEOUT(indicator->text().startsWith(u"● Offline since"), 15000);
        QVERIFY(indicator->toolTip().contains(u"cannot be reached"));
    }

    void badSettingsAreRefusedInPlainWords_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("caFile");
        QTest::addColumn<QString>("field");
        QTest::newRow("http") << QStringLiteral("http://sync.clinic.test") << QString() << QStringLiteral("serverUrl");
        QTest::newRow("with a path") << QStringLiteral("https://sync.clinic.test/api") << QString()
                                     << QStringLiteral("serverUrl");
        QTest::newRow("missing CA file") << QStringLiteral("https://sync.clinic.test")
                                         << QStringLiteral("/nonexistent.pem") << QStringLiteral("caFile");
        QTest::newRow("CA file without a certificate")
            << QStringLiteral("https://sync.clinic.test") << QStringLiteral(__FILE__) << QStringLiteral("caFile");
    }

    void badSettingsAreRefusedInPlainWords()
    {
        QFETCH(QString, url);
        QFETCH(QString, caFile);
        QFETCH(QString, field);
        test::TempStore store;
        sync::MemoryCredentialStore credentials;
        ui::SyncController controller(*store.store, credentials, baseConfig(EntityId::generate().toString()));
        auto done = controller.configure(QUrl(url), caFile);
        QVERIFY(!done);
        QCOMPARE(done.error().field, field);
        QVERIFY(!controller.isConfigured());
    }

    void realServer()
    {
        if (test::SyncServerFixture::clusterConnInfo().isEmpty())
            QSKIP("MEDSPASYNC_TEST_PG is not set: run through scripts/test, which starts PostgreSQL.");
        if (!QFile::exists(serverBinary()))
            QSKIP("medspasync-server is not built (set MEDSPASYNC_SERVER_BIN or build the target).");
        test::SyncServerFixture server(serverBinary());
        QString error;
        QVERIFY2(server.setUp(&error), qPrintable(error));
        QTemporaryDir dir;
        const QString caPath = dir.filePath(QStringLiteral("ca.pem"));
        {
            QFile ca(caPath);
            QVERIFY(ca.open(QIODevice::WriteOnly));
            ca.write(server.caCertificatePem());
        }

        test::TempStore store;
        sync::MemoryCredentialStore credentials;
        const QString deviceId = EntityId::generate().toString();
        ui::SyncController controller(*store.store, credentials, baseConfig(deviceId));
        const User user = admin();
        ui::MainWindow window(*store.store, user,
                              ui::SessionInfo {store.dir.path(), QStringLiteral("Encrypted"), deviceId});
        auto *page = new ui::SyncPage(controller, user, deviceId, QTimeZone::systemTimeZone());
        window.replacePage(ui::MainWindow::SyncPageIndex, page);
        window.attachSync(&controller);
        window.resize(1360, 860);
        window.show();
        window.showPage(ui::MainWindow::SyncPageIndex);
        auto *indicator = child<QLabel>(window, "syncStatus");

        // Set the server up and sign in through the page, as a person would.
        child<QLineEdit>(*page, "serverUrl")->setText(server.url().toString());
        child<QLineEdit>(*page, "caFile")->setText(caPath);
        QTest::mouseClick(child<QPushButton>(*page, "applyServer"), Qt::LeftButton);
        QVERIFY(controller.isConfigured());
        QCOMPARE(indicator->text(), QStringLiteral("● Sync: sign in to the clinic's server"));
        QVERIFY(child<QWidget>(*page, "signInCard")->isVisible());
        child<QLineEdit>(*page, "syncEmail")->setText(server.adminEmail());
        child<QLineEdit>(*page, "syncPassword")->setText(server.adminPassword());
        child<QLineEdit>(*page, "syncTotp")->setText(server.adminTotp(QDateTime::currentSecsSinceEpoch()));
        shot(window, "sync-page-signin.png");
        QTest::mouseClick(child<QPushButton>(*page, "syncSignIn"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(indicator->text(), QStringLiteral("● Synced"), 30000);
        QVERIFY(!child<QWidget>(*page, "signInCard")->isVisible());
        QVERIFY(credentials.refreshToken().has_value());
        QVERIFY(child<QLabel>(*page, "lastSync")->text() != u"Not yet");

        // A local change: counted, pushed, then synced again.
        QStringList seen;
        connect(&controller, &ui::SyncController::statusChanged, indicator,
                [&seen, indicator] { seen << indicator->text(); });
        Client c;
        c.name = PersonName::create(u"Dee", u"Park").value();
        QVERIFY(store.store->clients().create(Actor {user.id, user.role, deviceId}, c));
        QTRY_VERIFY_WITH_TIMEOUT(std::any_of(seen.cbegin(), seen.cend(),
                                             [](const QString &t) { return t.startsWith(u"● Syncing 1 change"); }),
                                 30000);
        QTRY_COMPARE_WITH_TIMEOUT(indicator->text(), QStringLiteral("● Synced"), 30000);
        QCOMPARE(controller.status().pending, qint64(0));
        QCOMPARE(server.sql(QStringLiteral("SELECT count(*) FROM clients")), QStringLiteral("1"));
        shot(window, "sync-page-synced.png");

        // The server goes away: "Offline since …", changes wait.
        server.kill();
        QVERIFY(store.store->clients().create(Actor {user.id, user.role, deviceId}, c));
        controller.syncNow();
        QTRY_VERIFY_WITH_TIMEOUT(indicator->text().startsWith(u"● Offline since"), 30000);
        QVERIFY(child<QLabel>(*page, "syncProblem")->isVisible());
        shot(window, "sync-page-offline.png");

        // Signing out forgets the token and asks for a sign-in again.
        QTest::mouseClick(child<QPushButton>(*page, "signOut"), Qt::LeftButton);
        QVERIFY(!credentials.refreshToken().has_value());
        QCOMPARE(indicator->text(), QStringLiteral("● Sync: sign in to the clinic's server"));
    }
};

QTEST_MAIN(TestSyncIndicator)
#include "tst_syncindicator.moc"
