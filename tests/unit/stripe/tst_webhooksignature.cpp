#include "stripe/webhooksignature.h"

#include <QTest>

using namespace msp::stripe;

Q_DECLARE_METATYPE(msp::stripe::WebhookVerdict)

class TestWebhookSignature : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void knownVector();
    void verify_data();
    void verify();
    void everyVerdictHasAMessage();
};

namespace {
const QByteArray kPayload = R"({"id":"evt_test","object":"event"})";
const QByteArray kSecret = "whsec_test_secret";
const QByteArray kOldSecret = "whsec_old_secret";
constexpr qint64 kT = 1492774577;
} // namespace

void TestWebhookSignature::knownVector()
{
    // Computed independently: printf '%s' "$t.$payload" | openssl dgst -sha256 -hmac "$secret"
    QCOMPARE(signWebhookPayload(kPayload, kSecret, kT),
             QByteArray("691252e266ce41cb94d709c84e9580d4172b117a510bbc81723f657d2cd5d215"));
}

void TestWebhookSignature::verify_data()
{
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QList<QByteArray>>("secrets");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<WebhookVerdict>("verdict");

    const QByteArray good = webhookSignatureHeader(kPayload, kSecret, kT);
    const QByteArray sig = signWebhookPayload(kPayload, kSecret, kT);
    const QByteArray oldSig = signWebhookPayload(kPayload, kOldSecret, kT);
    const QList<QByteArray> current {kSecret};

    QTest::newRow("valid") << kPayload << good << current << kT + 10 << WebhookVerdict::Valid;
    QTest::newRow("valid, spaces after commas") << kPayload << QByteArray("t=" + QByteArray::number(kT) + ", v1=" + sig)
                                                << current << kT << WebhookVerdict::Valid;
    QTest::newRow("tampered body") << QByteArray(R"({"id":"evt_test","object":"event" })") << good << current << kT
                                   << WebhookVerdict::NoMatchingSignature;
    QTest::newRow("wrong secret") << kPayload << good << QList<QByteArray> {"whsec_other"} << kT
                                  << WebhookVerdict::NoMatchingSignature;
    QTest::newRow("expired by a second") << kPayload << good << current << kT + 301
                                         << WebhookVerdict::TimestampOutsideTolerance;
    QTest::newRow("exactly five minutes old") << kPayload << good << current << kT + 300 << WebhookVerdict::Valid;
    QTest::newRow("from the future") << kPayload << good << current << kT - 301
                                     << WebhookVerdict::TimestampOutsideTolerance;
    QTest::newRow("rotation: signed with the old secret")
        << kPayload << QByteArray("t=" + QByteArray::number(kT) + ",v1=" + oldSig)
        << QList<QByteArray> {kSecret, kOldSecret} << kT << WebhookVerdict::Valid;
    QTest::newRow("rotation: both signatures sent, one secret known")
        << kPayload << QByteArray("t=" + QByteArray::number(kT) + ",v1=" + oldSig + ",v1=" + sig) << current << kT
        << WebhookVerdict::Valid;
    QTest::newRow("old secret dropped after rotation")
        << kPayload << QByteArray("t=" + QByteArray::number(kT) + ",v1=" + oldSig) << current << kT
        << WebhookVerdict::NoMatchingSignature;
    QTest::newRow("v0 only is not accepted") << kPayload << QByteArray("t=" + QByteArray::number(kT) + ",v0=" + sig)
                                             << current << kT << WebhookVerdict::MalformedHeader;
    QTest::newRow("timestamp changed") << kPayload << QByteArray("t=" + QByteArray::number(kT + 1) + ",v1=" + sig)
                                       << current << kT << WebhookVerdict::NoMatchingSignature;
    QTest::newRow("two timestamps") << kPayload << QByteArray("t=1,t=" + QByteArray::number(kT) + ",v1=" + sig)
                                    << current << kT << WebhookVerdict::MalformedHeader;
    QTest::newRow("no timestamp") << kPayload << QByteArray("v1=" + sig) << current << kT
                                  << WebhookVerdict::MalformedHeader;
    QTest::newRow("empty header") << kPayload << QByteArray() << current << kT << WebhookVerdict::MalformedHeader;
    QTest::newRow("garbage header") << kPayload << QByteArray("sha256=abc") << current << kT
                                    << WebhookVerdict::MalformedHeader;
    QTest::newRow("truncated signature") << kPayload
                                         << QByteArray("t=" + QByteArray::number(kT) + ",v1=" + sig.left(63)) << current
                                         << kT << WebhookVerdict::NoMatchingSignature;
    QTest::newRow("upper-case hex") << kPayload << QByteArray("t=" + QByteArray::number(kT) + ",v1=" + sig.toUpper())
                                    << current << kT << WebhookVerdict::Valid;
    QTest::newRow("no secret configured") << kPayload << good << QList<QByteArray> {} << kT << WebhookVerdict::NoSecret;
    QTest::newRow("empty secret ignored")
        << kPayload << good << QList<QByteArray> {QByteArray(), kSecret} << kT << WebhookVerdict::Valid;
    QTest::newRow("expired and forged reports the forgery")
        << QByteArray("{}") << good << current << kT + 10000 << WebhookVerdict::NoMatchingSignature;
}

void TestWebhookSignature::verify()
{
    QFETCH(QByteArray, payload);
    QFETCH(QByteArray, header);
    QFETCH(QList<QByteArray>, secrets);
    QFETCH(qint64, now);
    QFETCH(WebhookVerdict, verdict);
    QCOMPARE(verifyWebhookSignature(payload, header, secrets, now), verdict);
}

void TestWebhookSignature::everyVerdictHasAMessage()
{
    for (auto v : {WebhookVerdict::Valid, WebhookVerdict::MalformedHeader, WebhookVerdict::NoMatchingSignature,
                   WebhookVerdict::TimestampOutsideTolerance, WebhookVerdict::NoSecret})
        QVERIFY(!webhookVerdictMessage(v).isEmpty());
}

QTEST_GUILESS_MAIN(TestWebhookSignature)
#include "tst_webhooksignature.moc"
