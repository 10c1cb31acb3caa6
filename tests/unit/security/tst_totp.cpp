#include "security/totp.h"

#include <QTest>
#include <QUrl>
#include <QUrlQuery>

using namespace msp::security;

namespace {
// RFC 6238 appendix B: the SHA-1 seed is the ASCII string "12345678901234567890".
const QByteArray kRfcSecret = QByteArrayLiteral("12345678901234567890");
} // namespace

class TestTotp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc6238_data();
    void rfc6238();
    void rfc4226_data();
    void rfc4226();
    void verifyWindow_data();
    void verifyWindow();
    void refusesReuse_data();
    void refusesReuse();
    void refusesMalformedCodes_data();
    void refusesMalformedCodes();
    void otpauthUri();
};

void TestTotp::rfc6238_data()
{
    QTest::addColumn<qint64>("time");
    QTest::addColumn<QString>("code");

    QTest::newRow("59") << qint64(59) << QStringLiteral("94287082");
    QTest::newRow("1111111109") << qint64(1111111109) << QStringLiteral("07081804");
    QTest::newRow("1111111111") << qint64(1111111111) << QStringLiteral("14050471");
    QTest::newRow("1234567890") << qint64(1234567890) << QStringLiteral("89005924");
    QTest::newRow("2000000000") << qint64(2000000000) << QStringLiteral("69279037");
    QTest::newRow("20000000000") << qint64(20000000000) << QStringLiteral("65353130");
}

void TestTotp::rfc6238()
{
    QFETCH(qint64, time);
    QFETCH(QString, code);

    QCOMPARE(totpCode(kRfcSecret, time, 8), code);
    // Six digits are the last six of the same truncated value.
    QCOMPARE(totpCode(kRfcSecret, time), code.right(6));
}

// RFC 4226 appendix D: HOTP values for counters 0..9; TOTP is HOTP of t/30.
void TestTotp::rfc4226_data()
{
    QTest::addColumn<qint64>("counter");
    QTest::addColumn<QString>("code");

    const char *codes[]
        = {"755224", "287082", "359152", "969429", "338314", "254676", "287922", "162583", "399871", "520489"};
    for (qint64 i = 0; i < 10; ++i)
        QTest::addRow("counter %lld", i) << i << QString::fromLatin1(codes[i]);
}

void TestTotp::rfc4226()
{
    QFETCH(qint64, counter);
    QFETCH(QString, code);

    QCOMPARE(totpCode(kRfcSecret, counter * 30), code);
    QCOMPARE(totpCode(kRfcSecret, counter * 30 + 29), code);
}

void TestTotp::verifyWindow_data()
{
    QTest::addColumn<qint64>("codeTime");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<qint64>("matchedStep"); // -1: refused

    const qint64 now = 1111111111; // step 37037037
    const qint64 step = now / 30;
    QTest::newRow("current step") << now << now << step;
    QTest::newRow("one step late") << now - 30 << now << step - 1;
    QTest::newRow("one step early") << now + 30 << now << step + 1;
    QTest::newRow("two steps late") << now - 60 << now << qint64(-1);
    QTest::newRow("two steps early") << now + 60 << now << qint64(-1);
    QTest::newRow("an hour old") << now - 3600 << now << qint64(-1);
}

void TestTotp::verifyWindow()
{
    QFETCH(qint64, codeTime);
    QFETCH(qint64, now);
    QFETCH(qint64, matchedStep);

    const QString code = totpCode(kRfcSecret, codeTime);
    QCOMPARE(verifyTotp(kRfcSecret, code, now), matchedStep);
    // Another secret never accepts it.
    QCOMPARE(verifyTotp(QByteArrayLiteral("another secret!!!!!!"), code, now), qint64(-1));
}

void TestTotp::refusesReuse_data()
{
    QTest::addColumn<qint64>("codeOffsetSteps");
    QTest::addColumn<qint64>("lastUsedOffset"); // relative to the current step
    QTest::addColumn<bool>("accepted");

    QTest::newRow("same code again") << qint64(0) << qint64(0) << false;
    QTest::newRow("older code after a newer one") << qint64(-1) << qint64(0) << false;
    QTest::newRow("next step after use") << qint64(1) << qint64(0) << true;
    QTest::newRow("current after previous used") << qint64(0) << qint64(-1) << true;
    QTest::newRow("nothing used yet") << qint64(-1) << qint64(-1000) << true;
    QTest::newRow("future step already used") << qint64(0) << qint64(1) << false;
}

void TestTotp::refusesReuse()
{
    QFETCH(qint64, codeOffsetSteps);
    QFETCH(qint64, lastUsedOffset);
    QFETCH(bool, accepted);

    const qint64 now = 2000000000;
    const qint64 step = now / 30;
    const QString code = totpCode(kRfcSecret, (step + codeOffsetSteps) * 30);
    const qint64 matched = verifyTotp(kRfcSecret, code, now, step + lastUsedOffset);
    QCOMPARE(matched, accepted ? step + codeOffsetSteps : qint64(-1));
}

void TestTotp::refusesMalformedCodes_data()
{
    QTest::addColumn<QString>("code");

    const QString good = totpCode(kRfcSecret, 59);
    QTest::newRow("empty") << QString();
    QTest::newRow("too short") << good.left(5);
    QTest::newRow("too long") << QString(good + u'0');
    QTest::newRow("eight digits") << totpCode(kRfcSecret, 59, 8);
    QTest::newRow("with a space") << QString(good.left(3) + u' ' + good.mid(3));
    QTest::newRow("letters") << QStringLiteral("abcdef");
    QTest::newRow("one digit off") << QString(good.left(5) + QChar(u'0' + (good.at(5).digitValue() + 1) % 10));
}

void TestTotp::refusesMalformedCodes()
{
    QFETCH(QString, code);
    QCOMPARE(verifyTotp(kRfcSecret, code, 59), qint64(-1));
}

void TestTotp::otpauthUri()
{
    const QString uri
        = msp::security::otpauthUri(QStringLiteral("MedSpa Sync"), QStringLiteral("jane@example.com"), kRfcSecret);
    const QUrl url(uri);
    QVERIFY(url.isValid());
    QCOMPARE(url.scheme(), QStringLiteral("otpauth"));
    QCOMPARE(url.host(), QStringLiteral("totp"));
    QCOMPARE(url.path(QUrl::FullyDecoded), QStringLiteral("/MedSpa Sync:jane@example.com"));
    const QUrlQuery q(url);
    QCOMPARE(q.queryItemValue(QStringLiteral("secret")), QStringLiteral("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"));
    QCOMPARE(q.queryItemValue(QStringLiteral("issuer"), QUrl::FullyDecoded), QStringLiteral("MedSpa Sync"));
    QCOMPARE(q.queryItemValue(QStringLiteral("algorithm")), QStringLiteral("SHA1"));
    QCOMPARE(q.queryItemValue(QStringLiteral("digits")), QStringLiteral("6"));
    QCOMPARE(q.queryItemValue(QStringLiteral("period")), QStringLiteral("30"));
    QCOMPARE(base32Decode(q.queryItemValue(QStringLiteral("secret"))), kRfcSecret);
}

QTEST_GUILESS_MAIN(TestTotp)
#include "tst_totp.moc"
