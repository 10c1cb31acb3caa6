#include "store/clientrepository.h"
#include "store/database.h"
#include "storetesthelpers.h"
#include "support/tempstore.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

using namespace msp;
using namespace msp::test;

namespace {
// The distinctive values of one client: none may appear in any file of the
// store folder, in any common encoding.
const QStringList kSecrets {
    QStringLiteral("Zebulon"),
    QStringLiteral("Quixotically"),
    QStringLiteral("zebulon.quixotically@example.org"),
    QStringLiteral("Xylophone marmalade allergy"),
    QStringLiteral("Zébulon"),
    QStringLiteral("5552019876"),
};

QList<QByteArray> encodings(const QString &s)
{
    QByteArray utf16le, utf16be;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        utf16le.append(char(u & 0xff)).append(char(u >> 8));
        utf16be.append(char(u >> 8)).append(char(u & 0xff));
    }
    return {s.toUtf8(), s.toLower().toUtf8(), s.toUpper().toUtf8(), utf16le, utf16be};
}

// Returns "file: secret" for each plaintext found; empty when clean.
QStringList plaintextIn(const QString &folder)
{
    QStringList found;
    const QDir dir(folder);
    for (const QString &name : dir.entryList(QDir::Files | QDir::Hidden | QDir::System)) {
        const QByteArray bytes = fileBytes(dir.filePath(name));
        for (const QString &secret : kSecrets)
            for (const QByteArray &needle : encodings(secret))
                if (bytes.contains(needle))
                    found << name + QStringLiteral(": ") + secret;
    }
    return found;
}
} // namespace

class TestEncryptionAtRest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void noPlaintextOnDisk();
};

void TestEncryptionAtRest::noPlaintextOnDisk()
{
    TempStore s;
    QVERIFY(s.isOpen());
    const QString folder = QFileInfo(s.path()).absolutePath();

    ClientInput in;
    in.givenName = QStringLiteral("Zébulon");
    in.familyName = QStringLiteral("Quixotically");
    in.preferredName = QStringLiteral("Zebulon");
    in.phone = QStringLiteral("(555) 201-9876");
    in.email = QStringLiteral("zebulon.quixotically@example.org");
    in.allergies = QStringLiteral("Xylophone marmalade allergy");
    in.notes = QStringLiteral("Xylophone marmalade allergy; Zebulon Quixotically prefers mornings.");
    auto v = validateClient(in, QDate(2025, 6, 15));
    QVERIFY(v.isValid());
    auto created = s.store->clients().create(adminActor(), *v.client);
    QVERIFY(created);
    for (int i = 0; i < 20; ++i) {
        Client c = makeClient(QStringLiteral("Zebulon"), QStringLiteral("Quixotically%1").arg(i),
                              QStringLiteral("555-201-9876"), QStringLiteral("zebulon.quixotically@example.org"));
        c.notes = in.notes;
        QVERIFY(s.store->clients().create(adminActor(), c));
    }
    Client updated = *created;
    updated.alerts = QStringLiteral("Zebulon Quixotically");
    QVERIFY(s.store->clients().update(adminActor(), updated));
    QVERIFY(s.store->clients().open(adminActor(), created->id));
    // Searching runs the FTS index, which must not spill to a temp file.
    QCOMPARE(s.store->clients().search(u"zebulon quixo").valueOr({}).size(), 21);

    // While open, the changes sit in the WAL.
    const QString wal = s.path() + QStringLiteral("-wal");
    QVERIFY2(QFileInfo(wal).size() > 0, "expected the changes in the write-ahead log");
    QVERIFY(!fileBytes(s.path()).isEmpty());
    QCOMPARE(plaintextIn(folder), QStringList());

    // After a checkpoint they are in the main file.
    QVERIFY(s.store->database().checkpoint());
    QCOMPARE(plaintextIn(folder), QStringList());

    // And after closing, nothing is left anywhere either.
    s.store.reset();
    QCOMPARE(plaintextIn(folder), QStringList());
    QVERIFY(!fileBytes(s.path()).startsWith("SQLite format 3"));

    // The check itself finds plaintext: a file holding the name is reported.
    QFile probe(QDir(folder).filePath(QStringLiteral("probe.txt")));
    QVERIFY(probe.open(QIODevice::WriteOnly));
    probe.write(QStringLiteral("Zebulon").toUtf8());
    probe.close();
    QCOMPARE(plaintextIn(folder), QStringList {QStringLiteral("probe.txt: Zebulon")});
}

QTEST_GUILESS_MAIN(TestEncryptionAtRest)
#include "tst_encryptionatrest.moc"
