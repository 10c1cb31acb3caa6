#include "stripe/stripeerror.h"

#include <QTest>

using namespace msp;
using namespace msp::stripe;

Q_DECLARE_METATYPE(msp::stripe::FailureKind)

class TestStripeError : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void plainMessage_data();
    void plainMessage();
    void garbageBody();
};

void TestStripeError::plainMessage_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<FailureKind>("kind");
    QTest::addColumn<QString>("message");

    QTest::newRow("insufficient funds")
        << 402
        << QByteArray(R"({"error":{"type":"card_error","code":"card_declined","decline_code":"insufficient_funds",
                       "message":"Your card has insufficient funds."}})")
        << FailureKind::Declined << "Card declined: insufficient funds";
    QTest::newRow("generic decline") << 402 << QByteArray(R"({"error":{"type":"card_error","code":"card_declined",
                                                   "decline_code":"generic_decline","message":"Your card was declined."}})")
                                     << FailureKind::Declined << "Card declined: the bank refused it";
    QTest::newRow("unknown decline code is spelled out")
        << 402
        << QByteArray(
               R"({"error":{"type":"card_error","code":"card_declined","decline_code":"new_account_information_available"}})")
        << FailureKind::Declined << "Card declined: new account information available";
    QTest::newRow("expired card without decline code")
        << 402
        << QByteArray(R"({"error":{"type":"card_error","code":"expired_card","message":"Your card has expired."}})")
        << FailureKind::Declined << "Card not accepted: the card has expired";
    QTest::newRow("wrong key")
        << 401
        << QByteArray(
               R"({"error":{"type":"invalid_request_error","message":"Invalid API Key provided: sk_test_****"}})")
        << FailureKind::Authentication
        << "Stripe refused the clinic's API key. An administrator should enter the current "
           "secret key in Admin > Payments.";
    QTest::newRow("idempotency mismatch")
        << 400
        << QByteArray(
               R"({"error":{"type":"idempotency_error","message":"Keys for idempotent requests can only be used with the same parameters"}})")
        << FailureKind::Idempotency
        << "Stripe saw this payment before with different details, so nothing was "
           "charged again. Start a new payment.";
    QTest::newRow("bad parameter")
        << 400
        << QByteArray(
               R"({"error":{"type":"invalid_request_error","param":"amount","message":"Amount must be at least $0.50 usd"}})")
        << FailureKind::Invalid << "Stripe refused the request: Amount must be at least $0.50 usd";
    QTest::newRow("server error") << 500 << QByteArray(R"({"error":{"type":"api_error"}})") << FailureKind::Unreachable
                                  << "Stripe did not answer (HTTP 500). The payment may or may not have gone through; "
                                     "retrying is safe and will not charge twice.";
}

void TestStripeError::plainMessage()
{
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(FailureKind, kind);
    QFETCH(QString, message);
    const StripeError e = StripeError::parse(status, body);
    QCOMPARE(e.kind(), kind);
    QCOMPARE(e.plainMessage(), message);
    const Error err = e.toError();
    QCOMPARE(err.message, message);
    QCOMPARE(failureKindOf(err), kind);
}

void TestStripeError::garbageBody()
{
    const StripeError e = StripeError::parse(404, "<html>not json</html>");
    QCOMPARE(e.kind(), FailureKind::Invalid);
    QCOMPARE(e.plainMessage(), QStringLiteral("Stripe refused the request (HTTP 404)."));
}

QTEST_GUILESS_MAIN(TestStripeError)
#include "tst_stripeerror.moc"
