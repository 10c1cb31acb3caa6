#include "core/devicewipe.h"
#include "core/keychain.h"
#include "core/keychaincredentialstore.h"
#include "core/storeopener.h"
#include "domain/entityid.h"
#include "store/clinicstore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace msp;

// The sync refresh token and a revoked device's keys against the real OS
// keychain (gnome-keyring under dbus-run-session, started by scripts/test).
class TestKeychainCredentials : public QObject
{
    Q_OBJECT

private:
    const app::Keychain m_keychain {QStringLiteral("MedSpaSync Pro test"), 5000};

private Q_SLOTS:
    void initTestCase()
    {
        if (!m_keychain.write(QStringLiteral("probe"), "x").isOk())
            QSKIP("No Secret Service answers here; scripts/test runs this inside dbus-run-session with an unlocked "
                  "gnome-keyring.");
        (void)m_keychain.remove(QStringLiteral("probe"));
    }

    void theRefreshTokenSurvivesARestart()
    {
        const QString device = EntityId::generate().toString();
        {
            app::KeychainCredentialStore store(m_keychain, device);
            QVERIFY(!store.refreshToken());
            QVERIFY(store.setRefreshToken(QStringLiteral("rt-1")));
            QVERIFY(store.setRefreshToken(QStringLiteral("rt-2"))); // rotated before the write ran
            QCOMPARE(store.refreshToken().value_or(QString()), QStringLiteral("rt-2"));
            QTRY_COMPARE(m_keychain.read(store.entryName()).data, QByteArray("rt-2"));
            QVERIFY(store.isPersistent());
        }
        app::KeychainCredentialStore again(m_keychain, device);
        QCOMPARE(again.refreshToken().value_or(QString()), QStringLiteral("rt-2"));
        QVERIFY(again.setRefreshToken({}));
        again.flush();
        QCOMPARE(m_keychain.read(again.entryName()).status, app::KeychainStatus::NotFound);
    }

    void aWipeRemovesTheStoreKeyAndTheSignIn()
    {
        QTemporaryDir dir;
        auto opened = app::openClinicStore(dir.path(), [](const app::PassphraseRequest &) { return std::nullopt; });
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        QCOMPARE(opened->protection.mode, app::StoreProtection::Mode::Keychain);
        const QString storeKey = opened->protection.keychainEntry;
        const QString device = EntityId::generate().toString();
        app::KeychainCredentialStore credentials(m_keychain, device);
        credentials.setRefreshToken(QStringLiteral("rt"));
        credentials.flush();

        const app::Keychain appKeychain(QStringLiteral("MedSpaSync Pro"), 5000);
        QVERIFY(appKeychain.read(storeKey).isOk());
        const app::WipeReport report
            = app::wipeDeviceData(opened->store, dir.path(), appKeychain, {credentials.entryName()});
        QVERIFY(report.leftFiles.isEmpty());
        QVERIFY(report.keychainEntriesLeft.isEmpty());
        QCOMPARE(appKeychain.read(storeKey).status, app::KeychainStatus::NotFound);
        QVERIFY(!QFile::exists(QDir(dir.path()).filePath(QStringLiteral("clinic.db"))));
        QVERIFY(!QFile::exists(QDir(dir.path()).filePath(QStringLiteral("protection.json"))));
        // The credentials lived under the test service; remove them there.
        QVERIFY(app::wipeDeviceData(opened->store, dir.path(), m_keychain, {credentials.entryName()})
                    .keychainEntriesLeft.isEmpty());
        QCOMPARE(m_keychain.read(credentials.entryName()).status, app::KeychainStatus::NotFound);
    }
};

QTEST_MAIN(TestKeychainCredentials)
#include "tst_keychaincredentials.moc"
