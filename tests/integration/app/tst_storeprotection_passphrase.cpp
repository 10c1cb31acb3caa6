#include "core/storeopener.h"
#include "store/clientrepository.h"
#include "store/database.h"
#include "support/tempstore.h"

#include <QCryptographicHash>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace msp;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}
} // namespace

// CTest points DBUS_SESSION_BUS_ADDRESS at nothing for this test: no keychain
// answers, so a new store must ask for a passphrase and derive its key.
class TestStoreProtectionPassphrase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noKeychainFallsBackToAPassphrase()
    {
        QTemporaryDir dir;
        QList<app::PassphraseRequest> requests;
        const auto prompt = [&](const app::PassphraseRequest &r) -> std::optional<QString> {
            requests.append(r);
            return QStringLiteral("correct horse battery staple");
        };
        app::StoreOpenOptions options;
        options.keychainTimeoutMs = 3000;
        auto opened = app::openClinicStore(dir.path(), prompt, options);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        QCOMPARE(opened->protection.mode, app::StoreProtection::Mode::Passphrase);
        QCOMPARE(requests.size(), 1);
        QVERIFY(requests.first().isNewStore);
        // The person is told why a passphrase is needed.
        QVERIFY(requests.first().reason.contains(QStringLiteral("keychain")));
        QVERIFY(opened->protection.description().contains(QStringLiteral("passphrase")));

        Client c;
        c.name = PersonName::create(u"Pass", u"Phrase").value();
        c.phone = Phone::parse(u"(212) 555-0199").value();
        QVERIFY(opened->store->clients().create(test::adminActor(), c));
        opened->store.reset();

        // Reopen with the right passphrase.
        auto again = app::openClinicStore(dir.path(), prompt, options);
        QVERIFY2(again, again ? "" : qPrintable(again.error().message));
        QCOMPARE(again->store->clients().count().valueOr(0), 1);
        QVERIFY(!requests.last().isNewStore);
    }

    void wrongPassphraseIsRefusedAndChangesNothing()
    {
        QTemporaryDir dir;
        const auto right = [](const app::PassphraseRequest &) -> std::optional<QString> {
            return QStringLiteral("the right passphrase");
        };
        {
            auto opened = app::openClinicStore(dir.path(), right);
            QVERIFY(opened);
            QVERIFY(opened->store->database().checkpoint());
        }
        const QString dbPath = dir.filePath(QStringLiteral("clinic.db"));
        const QByteArray before = fileHash(dbPath);
        QVERIFY(!before.isEmpty());

        int asked = 0;
        QStringList lastErrors;
        const auto wrong = [&](const app::PassphraseRequest &r) -> std::optional<QString> {
            ++asked;
            lastErrors << r.lastError;
            return QStringLiteral("not the passphrase");
        };
        auto refused = app::openClinicStore(dir.path(), wrong);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::StoreLocked);
        QVERIFY(refused.error().message.startsWith(QStringLiteral("The clinic database could not be unlocked")));
        QVERIFY(refused.error().message.contains(dbPath));
        QCOMPARE(asked, 3); // three attempts, each told why the last failed
        QVERIFY(lastErrors.at(0).isEmpty());
        QVERIFY(!lastErrors.at(1).isEmpty());
        QCOMPARE(fileHash(dbPath), before);
    }

    void shortPassphraseForANewStoreIsAskedAgain()
    {
        QTemporaryDir dir;
        QStringList answers {QStringLiteral("short"), QStringLiteral("long enough passphrase")};
        QStringList errors;
        const auto prompt = [&](const app::PassphraseRequest &r) -> std::optional<QString> {
            errors << r.lastError;
            return answers.takeFirst();
        };
        auto opened = app::openClinicStore(dir.path(), prompt);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        QCOMPARE(errors.size(), 2);
        QVERIFY(errors.at(1).contains(QStringLiteral("10 characters")));
    }

    void cancellingLeavesNoStore()
    {
        QTemporaryDir dir;
        const auto cancel = [](const app::PassphraseRequest &) -> std::optional<QString> { return std::nullopt; };
        auto opened = app::openClinicStore(dir.path(), cancel);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::Cancelled);
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("clinic.db"))));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("protection.json"))));
    }

    void damagedProtectionFileIsReported()
    {
        QTemporaryDir dir;
        QFile f(dir.filePath(QStringLiteral("protection.json")));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{ not json");
        f.close();
        const auto prompt = [](const app::PassphraseRequest &) -> std::optional<QString> {
            return QStringLiteral("whatever passphrase");
        };
        auto opened = app::openClinicStore(dir.path(), prompt);
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::StoreLocked);
        QVERIFY(opened.error().message.contains(QStringLiteral("protection.json")));
    }
};

QTEST_GUILESS_MAIN(TestStoreProtectionPassphrase)
#include "tst_storeprotection_passphrase.moc"
