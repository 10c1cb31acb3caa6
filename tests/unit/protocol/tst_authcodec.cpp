#include "protocol/apierror.h"
#include "protocol/auth.h"

#include <QTest>

using namespace msp;
using namespace msp::protocol;

class TestAuthCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodeLogin_data();
    void decodeLogin();
    void loginRoundTripNormalisesEmail();
    void tokenPairRoundTrip();
    void apiErrorRoundTrip();
};

void TestAuthCodec::decodeLogin_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field"); // empty when valid
    const QByteArray device = R"("device_id":"0190d0f0-0000-7000-8000-000000000001","device_name":"Front desk")";
    QTest::newRow("valid") << (R"({"email":"a@b.c","password":"p","totp":"123456",)" + device + "}") << QString();
    QTest::newRow("empty") << QByteArray() << QString::fromLatin1("?");
    QTest::newRow("garbage") << QByteArray("email=a") << QString::fromLatin1("?");
    QTest::newRow("missing email") << (R"({"password":"p","totp":"1",)" + device + "}") << QStringLiteral("email");
    QTest::newRow("password wrong type") << (R"({"email":"a@b.c","password":1,"totp":"1",)" + device + "}")
                                         << QStringLiteral("password");
    QTest::newRow("empty totp") << (R"({"email":"a@b.c","password":"p","totp":"",)" + device + "}")
                                << QStringLiteral("totp");
    QTest::newRow("device not uuid") << QByteArray(
        R"({"email":"a@b.c","password":"p","totp":"1","device_id":"laptop","device_name":"x"})")
                                     << QStringLiteral("device_id");
}

void TestAuthCodec::decodeLogin()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const auto r = decodeLoginRequest(json);
    QCOMPARE(r.isOk(), field.isEmpty());
    if (!r.isOk() && field != u"?")
        QCOMPARE(r.error().field, field);
}

void TestAuthCodec::loginRoundTripNormalisesEmail()
{
    LoginRequest in {QStringLiteral(" Admin@Clinic.Example "), QStringLiteral("pw"), QStringLiteral("123456"),
                     QStringLiteral("0190D0F0-0000-7000-8000-000000000001"), QStringLiteral("Laptop")};
    const auto back = decodeLoginRequest(encodeLoginRequest(in));
    QVERIFY(back.isOk());
    QCOMPARE(back->email, QStringLiteral("admin@clinic.example"));
    QCOMPARE(back->deviceId, QStringLiteral("0190d0f0-0000-7000-8000-000000000001"));
}

void TestAuthCodec::tokenPairRoundTrip()
{
    TokenPair t {QStringLiteral("a.b"),  900, QStringLiteral("r"), QStringLiteral("u"), QStringLiteral("o"),
                 QStringLiteral("admin")};
    const auto back = decodeTokenPair(encodeTokenPair(t));
    QVERIFY(back.isOk());
    QCOMPARE(*back, t);
}

void TestAuthCodec::apiErrorRoundTrip()
{
    ApiError e {QStringLiteral("invalid"), QStringLiteral("The field is missing."), QStringLiteral("email")};
    const auto back = decodeApiError(encodeApiError(e));
    QVERIFY(back.isOk());
    QCOMPARE(*back, e);
    QVERIFY(!decodeApiError("{}").isOk());
}

QTEST_GUILESS_MAIN(TestAuthCodec)
#include "tst_authcodec.moc"
