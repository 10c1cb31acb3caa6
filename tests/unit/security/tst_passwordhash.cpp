#include "security/passwordhash.h"

#include <QTest>

using namespace msp;
using namespace msp::security;

namespace {
// Light parameters keep the suite fast; production uses the defaults.
const Argon2Params kLight {1024, 1, 1};
} // namespace

class TestPasswordHash : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hashAndVerify_data();
    void hashAndVerify();
    void saltedEachTime();
    void encodesParameters();
    void garbageHashes_data();
    void garbageHashes();
    void tamperedHash();
    void deriveKeyDeterministic();
    void deriveKeyDiffers_data();
    void deriveKeyDiffers();
    void deriveKeyLength();
    void deriveKeyRefusesShortSalt();
    void randomBytes();
};

void TestPasswordHash::hashAndVerify_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("wrong");

    QTest::newRow("ascii") << QStringLiteral("correct horse battery staple") << QStringLiteral("correct horse");
    QTest::newRow("case matters") << QStringLiteral("Secret-123") << QStringLiteral("secret-123");
    QTest::newRow("trailing space matters") << QStringLiteral("Secret-123") << QStringLiteral("Secret-123 ");
    QTest::newRow("accents") << QStringLiteral("pässwörd-ñ") << QStringLiteral("passwords-n");
    QTest::newRow("emoji") << QStringLiteral("\U0001F510 vault") << QStringLiteral("vault");
    QTest::newRow("empty") << QString() << QStringLiteral(" ");
}

void TestPasswordHash::hashAndVerify()
{
    QFETCH(QString, password);
    QFETCH(QString, wrong);

    const auto hash = hashPassword(password, kLight);
    QVERIFY(hash);
    QVERIFY(hash->startsWith(QStringLiteral("$argon2id$")));
    QVERIFY(!hash->contains(password) || password.isEmpty());
    QVERIFY(verifyPassword(password, *hash));
    QVERIFY(!verifyPassword(wrong, *hash));
}

void TestPasswordHash::saltedEachTime()
{
    const auto a = hashPassword(QStringLiteral("same"), kLight);
    const auto b = hashPassword(QStringLiteral("same"), kLight);
    QVERIFY(a && b);
    QVERIFY(*a != *b);
    QVERIFY(verifyPassword(QStringLiteral("same"), *a));
    QVERIFY(verifyPassword(QStringLiteral("same"), *b));
}

void TestPasswordHash::encodesParameters()
{
    const auto h = hashPassword(QStringLiteral("x"), kLight);
    QVERIFY(h);
    QVERIFY2(h->startsWith(QStringLiteral("$argon2id$v=19$m=1024,t=1,p=1$")), qPrintable(*h));
    // Verification reads the parameters from the hash, so stronger defaults
    // later still verify old hashes.
    const auto strong = hashPassword(QStringLiteral("x"), Argon2Params {2048, 2, 1});
    QVERIFY(strong);
    QVERIFY(strong->startsWith(QStringLiteral("$argon2id$v=19$m=2048,t=2,p=1$")));
    QVERIFY(verifyPassword(QStringLiteral("x"), *strong));
}

void TestPasswordHash::garbageHashes_data()
{
    QTest::addColumn<QString>("hash");

    QTest::newRow("empty") << QString();
    QTest::newRow("plain text") << QStringLiteral("hunter2");
    QTest::newRow("argon2i, not id") << QStringLiteral("$argon2i$v=19$m=1024,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g");
    QTest::newRow("prefix only") << QStringLiteral("$argon2id$");
    QTest::newRow("bad parameters") << QStringLiteral("$argon2id$v=19$m=x,t=1,p=1$c2FsdHNhbHQ$aGFzaGhhc2g");
    QTest::newRow("bcrypt") << QStringLiteral("$2b$12$R9h/cIPz0gi.URNNX3kh2OPST9/PgBkqquzi.Ss7KIUgO2t0jWMUW");
    QTest::newRow("non-latin1") << QStringLiteral("$argon2id$\u20AC");
}

void TestPasswordHash::garbageHashes()
{
    QFETCH(QString, hash);
    QVERIFY(!verifyPassword(QStringLiteral("hunter2"), hash));
    QVERIFY(!verifyPassword(QString(), hash));
}

void TestPasswordHash::tamperedHash()
{
    const auto h = hashPassword(QStringLiteral("pw"), kLight);
    QVERIFY(h);
    QString tampered = *h;
    const qsizetype last = tampered.size() - 1;
    tampered[last] = tampered.at(last) == u'A' ? u'B' : u'A';
    QVERIFY(!verifyPassword(QStringLiteral("pw"), tampered));
    QVERIFY(!verifyPassword(QStringLiteral("pw"), h->left(h->size() - 5)));
}

void TestPasswordHash::deriveKeyDeterministic()
{
    const QByteArray salt = QByteArrayLiteral("0123456789abcdef");
    const auto a = deriveKey(QStringLiteral("clinic passphrase"), salt, kLight);
    const auto b = deriveKey(QStringLiteral("clinic passphrase"), salt, kLight);
    QVERIFY(a && b);
    QCOMPARE(a->size(), 32);
    QCOMPARE(*a, *b);
    QVERIFY(*a != QByteArray(32, '\0'));
}

void TestPasswordHash::deriveKeyDiffers_data()
{
    QTest::addColumn<QString>("passphrase");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<quint32>("iterations");

    QTest::newRow("other passphrase") << QStringLiteral("clinic passphrasf") << QByteArrayLiteral("0123456789abcdef")
                                      << 1u;
    QTest::newRow("other salt") << QStringLiteral("clinic passphrase") << QByteArrayLiteral("0123456789abcdeF") << 1u;
    QTest::newRow("other cost") << QStringLiteral("clinic passphrase") << QByteArrayLiteral("0123456789abcdef") << 2u;
}

void TestPasswordHash::deriveKeyDiffers()
{
    QFETCH(QString, passphrase);
    QFETCH(QByteArray, salt);
    QFETCH(quint32, iterations);

    const auto base = deriveKey(QStringLiteral("clinic passphrase"), QByteArrayLiteral("0123456789abcdef"), kLight);
    const auto other = deriveKey(passphrase, salt, Argon2Params {1024, iterations, 1});
    QVERIFY(base && other);
    QVERIFY(*base != *other);
}

void TestPasswordHash::deriveKeyLength()
{
    const auto k = deriveKey(QStringLiteral("p"), QByteArrayLiteral("saltsaltsalt"), kLight, 64);
    QVERIFY(k);
    QCOMPARE(k->size(), 64);
    const auto k32 = deriveKey(QStringLiteral("p"), QByteArrayLiteral("saltsaltsalt"), kLight, 32);
    QVERIFY(k32);
    QVERIFY(*k32 != k->left(32)); // the output length is an input of Argon2
}

void TestPasswordHash::deriveKeyRefusesShortSalt()
{
    const auto k = deriveKey(QStringLiteral("p"), QByteArrayLiteral("short"), kLight);
    QVERIFY(!k);
    QCOMPARE(k.error().code, ErrorCode::Internal);
    QVERIFY(!k.error().message.isEmpty());
}

void TestPasswordHash::randomBytes()
{
    const QByteArray a = security::randomBytes(32);
    const QByteArray b = security::randomBytes(32);
    QCOMPARE(a.size(), 32);
    QVERIFY(a != b);
    QCOMPARE(security::randomBytes(0).size(), 0);
    // Every byte value should turn up in a large sample.
    const QByteArray big = security::randomBytes(64 * 1024);
    QList<int> seen(256, 0);
    for (char c : big)
        ++seen[quint8(c)];
    QVERIFY(!seen.contains(0));
}

QTEST_GUILESS_MAIN(TestPasswordHash)
#include "tst_passwordhash.moc"
