#include "security/passwordhash.h"
#include "security/totp.h"

#include <QTest>

using namespace msp::security;

class TestBase32 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc4648_data();
    void rfc4648();
    void decodeLenient_data();
    void decodeLenient();
    void decodeRefuses_data();
    void decodeRefuses();
    void roundTrip();
};

// RFC 4648 section 10. The encoder leaves the padding out, as authenticator
// apps expect; the decoder accepts it.
void TestBase32::rfc4648_data()
{
    QTest::addColumn<QByteArray>("data");
    QTest::addColumn<QString>("unpadded");
    QTest::addColumn<QString>("padded");

    QTest::newRow("empty") << QByteArray() << QString() << QString();
    QTest::newRow("f") << QByteArrayLiteral("f") << QStringLiteral("MY") << QStringLiteral("MY======");
    QTest::newRow("fo") << QByteArrayLiteral("fo") << QStringLiteral("MZXQ") << QStringLiteral("MZXQ====");
    QTest::newRow("foo") << QByteArrayLiteral("foo") << QStringLiteral("MZXW6") << QStringLiteral("MZXW6===");
    QTest::newRow("foob") << QByteArrayLiteral("foob") << QStringLiteral("MZXW6YQ") << QStringLiteral("MZXW6YQ=");
    QTest::newRow("fooba") << QByteArrayLiteral("fooba") << QStringLiteral("MZXW6YTB") << QStringLiteral("MZXW6YTB");
    QTest::newRow("foobar") << QByteArrayLiteral("foobar") << QStringLiteral("MZXW6YTBOI")
                            << QStringLiteral("MZXW6YTBOI======");
    QTest::newRow("RFC 6238 seed") << QByteArrayLiteral("12345678901234567890")
                                   << QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")
                                   << QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
    QTest::newRow("all ones") << QByteArray(5, '\xff') << QStringLiteral("77777777") << QStringLiteral("77777777");
    QTest::newRow("zeros") << QByteArray(5, '\0') << QStringLiteral("AAAAAAAA") << QStringLiteral("AAAAAAAA");
}

void TestBase32::rfc4648()
{
    QFETCH(QByteArray, data);
    QFETCH(QString, unpadded);
    QFETCH(QString, padded);

    QCOMPARE(base32Encode(data), unpadded);
    QCOMPARE(base32Decode(unpadded), data);
    QCOMPARE(base32Decode(padded), data);
}

void TestBase32::decodeLenient_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("lower-case") << QStringLiteral("mzxw6ytboi");
    QTest::newRow("grouped with spaces") << QStringLiteral("MZXW 6YTB OI");
    QTest::newRow("mixed case, padded") << QStringLiteral("MzXw6YtBoI======");
}

void TestBase32::decodeLenient()
{
    QFETCH(QString, text);
    QCOMPARE(base32Decode(text), QByteArrayLiteral("foobar"));
}

void TestBase32::decodeRefuses_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("digit 0") << QStringLiteral("MZXW0");
    QTest::newRow("digit 1") << QStringLiteral("MZXW1");
    QTest::newRow("digit 8") << QStringLiteral("MZ8W6");
    QTest::newRow("punctuation") << QStringLiteral("MZ-XW6");
    QTest::newRow("non-latin") << QStringLiteral("MZ\u00c9W6");
}

void TestBase32::decodeRefuses()
{
    QFETCH(QString, text);
    QVERIFY(base32Decode(text).isEmpty());
}

void TestBase32::roundTrip()
{
    for (int n = 0; n <= 40; ++n) {
        const QByteArray data = randomBytes(n);
        const QString text = base32Encode(data);
        QCOMPARE(text.size(), (n * 8 + 4) / 5);
        QCOMPARE(base32Decode(text), data);
    }
}

QTEST_GUILESS_MAIN(TestBase32)
#include "tst_base32.moc"
