#include "core/keychain.h"
#include "core/storeopener.h"
#include "store/clientrepository.h"
#include "support/tempstore.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace msp;

// Runs against the real Secret Service that scripts/test starts
// (gnome-keyring inside dbus-run-session). Skips when none is reachable.
class TestStoreProtectionKeychain : public QObject
{
    Q_OBJECT

private:
    bool keychainReachable()
    {
        const app::Keychain keychain(QStringLiteral("MedSpaSync Pro test"), 5000);
        const auto written = keychain.write(QStringLiteral("probe"), QByteArrayLiteral("probe"));
        if (!written.isOk())
            return false;
        (void)keychain.remove(QStringLiteral("probe"));
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!keychainReachable())
            QSKIP("No Secret Service answers here; scripts/test runs this inside dbus-run-session with an unlocked "
                  "gnome-keyring.");
    }

    void newStoreKeepsARandomKeyInTheKeychain()
    {
        QTemporaryDir dir;
        bool prompted = false;
        const auto prompt = [&](const app::PassphraseRequest &) -> std::optional<QString> {
            prompted = true;
            return std::nullopt;
        };
        auto opened = app::openClinicStore(dir.path(), prompt);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        QVERIFY(!prompted);
        QCOMPARE(opened->protection.mode, app::StoreProtection::Mode::Keychain);
        QVERIFY(opened->protection.description().contains(QStringLiteral("keychain")));

        // The key is in the keychain: 32 random bytes, and it is nowhere in
        // the data folder.
        const app::Keychain keychain;
        const auto key = keychain.read(opened->protection.keychainEntry);
        QVERIFY(key.isOk());
        QCOMPARE(key.data.size(), 32);
        QFile sidecar(dir.filePath(app::StoreProtection::fileName()));
        QVERIFY(sidecar.open(QIODevice::ReadOnly));
        const QByteArray sidecarBytes = sidecar.readAll();
        QVERIFY(!sidecarBytes.contains(key.data));
        QVERIFY(!sidecarBytes.contains(key.data.toHex()));
        QVERIFY(!sidecarBytes.contains(key.data.toBase64()));

        // Data written now is there after reopening with the keychain's key.
        Client c;
        c.name = PersonName::create(u"Keychain", u"Tester").value();
        c.email = Email::parse(u"kt@example.com").value();
        QVERIFY(opened->store->clients().create(test::adminActor(), c));
        opened->store.reset();
        auto again = app::openClinicStore(dir.path(), prompt);
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        QCOMPARE(again->store->clients().count().valueOr(0), 1);
        QVERIFY(!prompted);
        again->store.reset();
        (void)keychain.remove(opened->protection.keychainEntry);
    }

    void missingKeychainEntryIsReportedAndTheFileUntouched()
    {
        QTemporaryDir dir;
        const auto noPrompt = [](const app::PassphraseRequest &) -> std::optional<QString> { return std::nullopt; };
        auto opened = app::openClinicStore(dir.path(), noPrompt);
        QVERIFY(opened);
        const QString entry = opened->protection.keychainEntry;
        opened->store.reset();
        const QString dbPath = dir.filePath(QStringLiteral("clinic.db"));
        QFile f(dbPath);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray before = f.readAll();
        f.close();

        QVERIFY(app::Keychain().remove(entry).isOk());
        auto refused = app::openClinicStore(dir.path(), noPrompt);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::StoreLocked);
        QVERIFY(refused.error().message.startsWith(QStringLiteral("The clinic database could not be unlocked")));
        QVERIFY(refused.error().message.contains(dbPath));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), before);
    }
};

QTEST_GUILESS_MAIN(TestStoreProtectionKeychain)
#include "tst_storeprotection_keychain.moc"
