#include "tokens.h"

#include <QTest>

using namespace msp::server;

class TestAccessTokens : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void roundTrip();
    void verify_data();
    void verify();
    void refreshTokensAreRandom();
};

static AccessClaims claims(std::int64_t expiresAt)
{
    return {"user-1", "org-1", "device-1", "front_desk", 3, expiresAt};
}

void TestAccessTokens::roundTrip()
{
    TokenSigner signer(std::string(32, 'a'));
    AccessClaims out;
    QCOMPARE(signer.verify(signer.sign(claims(2000)), 1000, out), TokenCheck::Valid);
    QCOMPARE(out.deviceId, std::string("device-1"));
    QCOMPARE(out.role, std::string("front_desk"));
    QCOMPARE(out.epoch, 3);
}

void TestAccessTokens::verify_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<int>("expected");
    TokenSigner signer(std::string(32, 'a'));
    TokenSigner other(std::string(32, 'b'));
    const QByteArray good = QByteArray::fromStdString(signer.sign(claims(2000)));
    QByteArray tampered = good;
    tampered[5] = tampered[5] == 'A' ? 'B' : 'A';
    QTest::newRow("valid") << good << int(TokenCheck::Valid);
    QTest::newRow("expired") << QByteArray::fromStdString(signer.sign(claims(999))) << int(TokenCheck::Expired);
    QTest::newRow("other key") << QByteArray::fromStdString(other.sign(claims(2000))) << int(TokenCheck::BadSignature);
    QTest::newRow("payload changed") << tampered << int(TokenCheck::BadSignature);
    QTest::newRow("empty") << QByteArray() << int(TokenCheck::Malformed);
    QTest::newRow("no dot") << QByteArray("abcdef") << int(TokenCheck::Malformed);
    QTest::newRow("signature not base64") << QByteArray("abc.%%%") << int(TokenCheck::Malformed);
}

void TestAccessTokens::verify()
{
    QFETCH(QByteArray, token);
    QFETCH(int, expected);
    TokenSigner signer(std::string(32, 'a'));
    AccessClaims out;
    QCOMPARE(int(signer.verify(token.toStdString(), 1000, out)), expected);
}

void TestAccessTokens::refreshTokensAreRandom()
{
    const auto a = randomToken();
    QCOMPARE(a.size(), std::size_t(43)); // 32 bytes, base64url without padding
    QVERIFY(a != randomToken());
    QCOMPARE(sha256Hex("abc"), std::string("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
}

QTEST_GUILESS_MAIN(TestAccessTokens)
#include "tst_accesstokens.moc"
