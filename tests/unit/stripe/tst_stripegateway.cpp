#include "stripe/stripeerror.h"
#include "stripe/stripegateway.h"

#include <QTest>

using namespace msp;
using namespace msp::stripe;

Q_DECLARE_METATYPE(msp::stripe::FailureKind)

namespace {
// A transport that answers from a script and remembers every request.
class ScriptedTransport : public HttpTransport
{
public:
    QList<HttpOutcome> script;
    QList<HttpRequest> *seen;
    explicit ScriptedTransport(QList<HttpRequest> *log)
        : seen(log)
    {
    }
    HttpOutcome send(const HttpRequest &request) override
    {
        seen->append(request);
        if (script.isEmpty())
            return HttpOutcome {};
        return script.takeFirst();
    }
};

HttpOutcome answer(int status, const QByteArray &body, HttpHeaders headers = {})
{
    HttpOutcome o;
    o.answered = true;
    o.response.status = status;
    o.response.body = body;
    o.response.headers = std::move(headers);
    return o;
}

HttpOutcome noAnswer()
{
    HttpOutcome o;
    o.failure = QStringLiteral("Connection reset by peer");
    return o;
}

const QByteArray kIntent = R"({"id":"pi_1","object":"payment_intent","status":"succeeded","amount":45000,
  "amount_received":45000,"currency":"usd","latest_charge":"ch_1","metadata":{"msp_payment_id":"pay-1"}})";
const QByteArray kDecline
    = R"({"error":{"type":"card_error","code":"card_declined","decline_code":"insufficient_funds"}})";
} // namespace

class TestStripeGateway : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void requestShape();
    void retries_data();
    void retries();
    void backoffGrowsAndHonoursRetryAfter();
    void everyPostHasItsOwnKey();
    void retrieveIsAGetWithoutKey();
    void clinicGoesIntoMetadata();
};

namespace {
struct Rig {
    QList<HttpRequest> requests;
    ScriptedTransport *transport = nullptr;
    std::unique_ptr<StripeGateway> gateway;
    QList<int> waits;

    explicit Rig(const QString &orgId = {})
    {
        auto t = std::make_unique<ScriptedTransport>(&requests);
        transport = t.get();
        StripeConfig config;
        config.apiKey = "sk_test_secret_key";
        config.baseUrl = QStringLiteral("https://stripe.test/");
        config.apiVersion = "2024-06-20";
        config.orgId = orgId;
        gateway = std::make_unique<StripeGateway>(config, std::move(t));
        gateway->setSleeper([this](int ms) { waits.append(ms); });
    }
};

QByteArray headerOf(const HttpRequest &r, QByteArrayView name)
{
    for (const auto &h : r.headers)
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}
} // namespace

void TestStripeGateway::requestShape()
{
    Rig rig;
    rig.transport->script = {answer(200, kIntent)};
    PaymentIntentRequest req;
    req.amount = 45000;
    req.paymentMethod = QStringLiteral("pm_card_visa");
    req.confirm = true;
    req.metadata = {{QStringLiteral("invoice_id"), QStringLiteral("inv-9")}};
    auto pi = rig.gateway->createPaymentIntent(QStringLiteral("pay-1"), req);
    QVERIFY(pi.isOk());
    QCOMPARE(pi->id, QStringLiteral("pi_1"));
    QVERIFY(pi->isSucceeded());
    QCOMPARE(pi->amountReceived, qint64(45000));
    QCOMPARE(rig.requests.size(), 1);
    const HttpRequest &r = rig.requests.first();
    QCOMPARE(r.method, QByteArray("POST"));
    QCOMPARE(r.url, QByteArray("https://stripe.test/v1/payment_intents"));
    QCOMPARE(headerOf(r, "Authorization"), QByteArray("Bearer sk_test_secret_key"));
    QCOMPARE(headerOf(r, "Idempotency-Key"), QByteArray("msp-pay-1-create"));
    QCOMPARE(headerOf(r, "Stripe-Version"), QByteArray("2024-06-20"));
    QCOMPARE(headerOf(r, "Content-Type"), QByteArray("application/x-www-form-urlencoded"));
    QCOMPARE(r.body,
             QByteArray("amount=45000&currency=usd&payment_method=pm_card_visa&confirm=true"
                        "&metadata[invoice_id]=inv-9&metadata[msp_payment_id]=pay-1"));
}

void TestStripeGateway::retries_data()
{
    QTest::addColumn<QList<HttpOutcome>>("script");
    QTest::addColumn<int>("attempts");
    QTest::addColumn<bool>("succeeds");
    QTest::addColumn<FailureKind>("kind");

    const HttpOutcome ok = answer(200, kIntent);
    QTest::newRow("network error then success")
        << QList<HttpOutcome> {noAnswer(), ok} << 2 << true << FailureKind::Invalid;
    QTest::newRow("500 then success") << QList<HttpOutcome> {answer(500, "{}"), ok} << 2 << true
                                      << FailureKind::Invalid;
    QTest::newRow("503, 502 then success")
        << QList<HttpOutcome> {answer(503, "{}"), answer(502, "{}"), ok} << 3 << true << FailureKind::Invalid;
    QTest::newRow("429 then success") << QList<HttpOutcome> {answer(429, R"({"error":{"type":"rate_limit_error"}})"),
                                                             ok}
                                      << 2 << true << FailureKind::Invalid;
    QTest::newRow("decline is not retried")
        << QList<HttpOutcome> {answer(402, kDecline), ok} << 1 << false << FailureKind::Declined;
    QTest::newRow("400 is not retried") << QList<HttpOutcome> {
        answer(400, R"({"error":{"type":"invalid_request_error"}})"),
        ok} << 1 << false << FailureKind::Invalid;
    QTest::newRow("401 is not retried") << QList<HttpOutcome> {answer(401, "{}"), ok} << 1 << false
                                        << FailureKind::Authentication;
    QTest::newRow("409 with Stripe-Should-Retry is retried")
        << QList<HttpOutcome> {answer(409, R"({"error":{"type":"invalid_request_error","code":"lock_timeout"}})",
                                      {{"Stripe-Should-Retry", "true"}}),
                               ok}
        << 2 << true << FailureKind::Invalid;
    QTest::newRow("500 with Stripe-Should-Retry false is final")
        << QList<HttpOutcome> {answer(500, "{}", {{"Stripe-Should-Retry", "false"}}), ok} << 1 << false
        << FailureKind::Unreachable;
    QTest::newRow("never answers: gives up after four")
        << QList<HttpOutcome> {noAnswer(), noAnswer(), noAnswer(), noAnswer(), ok} << 4 << false
        << FailureKind::Unreachable;
    QTest::newRow("500 four times: gives up")
        << QList<HttpOutcome> {answer(500, "{}"), answer(500, "{}"), answer(500, "{}"), answer(500, "{}"), ok} << 4
        << false << FailureKind::Unreachable;
}

void TestStripeGateway::retries()
{
    QFETCH(QList<HttpOutcome>, script);
    QFETCH(int, attempts);
    QFETCH(bool, succeeds);
    QFETCH(FailureKind, kind);
    Rig rig;
    rig.transport->script = script;
    PaymentIntentRequest req;
    req.amount = 45000;
    auto pi = rig.gateway->createPaymentIntent(QStringLiteral("pay-2"), req);
    QCOMPARE(pi.isOk(), succeeds);
    QCOMPARE(rig.gateway->attemptsOfLastCall(), attempts);
    QCOMPARE(rig.requests.size(), attempts);
    QCOMPARE(rig.waits.size(), succeeds ? attempts - 1 : std::max(0, attempts - 1));
    for (const HttpRequest &r : rig.requests) {
        QCOMPARE(headerOf(r, "Idempotency-Key"), QByteArray("msp-pay-2-create"));
        QCOMPARE(r.body, rig.requests.first().body);
    }
    if (!succeeds) {
        QCOMPARE(failureKindOf(pi.error()), kind);
        QVERIFY(!pi.error().message.contains(u"sk_test"));
    }
}

void TestStripeGateway::backoffGrowsAndHonoursRetryAfter()
{
    Rig rig;
    rig.transport->script = {noAnswer(), noAnswer(), answer(429, "{}", {{"Retry-After", "2"}}), noAnswer()};
    PaymentIntentRequest req;
    req.amount = 100;
    QVERIFY(!rig.gateway->createPaymentIntent(QStringLiteral("pay-3"), req).isOk());
    QCOMPARE(rig.waits.size(), 3);
    QVERIFY(rig.waits[0] >= 250 && rig.waits[0] <= 500);
    QVERIFY(rig.waits[1] >= 500 && rig.waits[1] <= 1000);
    QCOMPARE(rig.waits[2], 2000);
}

void TestStripeGateway::everyPostHasItsOwnKey()
{
    Rig rig;
    const QByteArray refund
        = R"({"id":"re_1","object":"refund","status":"succeeded","amount":500,"payment_intent":"pi_1"})";
    const QByteArray reader = R"({"id":"tmr_1","object":"terminal.reader","action":{"type":"process_payment_intent",
      "status":"in_progress","process_payment_intent":{"payment_intent":"pi_1"}}})";
    rig.transport->script = {
        answer(200, kIntent),
        answer(200, kIntent),
        answer(200, kIntent),
        answer(200, refund),
        answer(200, R"({"id":"cus_1","object":"customer"})"),
        answer(200, R"({"id":"seti_1","object":"setup_intent","status":"requires_payment_method","customer":"cus_1"})"),
        answer(200, reader)};
    QVERIFY(
        rig.gateway->confirmPaymentIntent(QStringLiteral("p"), QStringLiteral("pi_1"), QStringLiteral("pm_card_visa")));
    QVERIFY(rig.gateway->capturePaymentIntent(QStringLiteral("p"), QStringLiteral("pi_1"), 40000));
    QVERIFY(rig.gateway->cancelPaymentIntent(QStringLiteral("p"), QStringLiteral("pi_1")));
    auto re = rig.gateway->createRefund(QStringLiteral("r"), QStringLiteral("pi_1"), 500);
    QVERIFY(re.isOk());
    QCOMPARE(re->amount, qint64(500));
    auto cus = rig.gateway->createCustomer(QStringLiteral("client-1"));
    QCOMPARE(cus->id, QStringLiteral("cus_1"));
    auto seti = rig.gateway->createSetupIntent(QStringLiteral("s"), QStringLiteral("cus_1"));
    QCOMPARE(seti->customer, QStringLiteral("cus_1"));
    auto action = rig.gateway->processPaymentIntentOnReader(QStringLiteral("p"), QStringLiteral("tmr_1"),
                                                            QStringLiteral("pi_1"));
    QVERIFY(action.isOk());
    QCOMPARE(action->paymentIntent, QStringLiteral("pi_1"));
    QCOMPARE(action->status, QStringLiteral("in_progress"));

    const QList<QPair<QByteArray, QByteArray>> expected = {
        {"https://stripe.test/v1/payment_intents/pi_1/confirm", "msp-p-confirm"},
        {"https://stripe.test/v1/payment_intents/pi_1/capture", "msp-p-capture"},
        {"https://stripe.test/v1/payment_intents/pi_1/cancel", "msp-p-cancel"},
        {"https://stripe.test/v1/refunds", "msp-r-refund"},
        {"https://stripe.test/v1/customers", "msp-client-1-customer"},
        {"https://stripe.test/v1/setup_intents", "msp-s-setup"},
        {"https://stripe.test/v1/terminal/readers/tmr_1/process_payment_intent", "msp-p-reader"},
    };
    QCOMPARE(rig.requests.size(), expected.size());
    for (qsizetype i = 0; i < expected.size(); ++i) {
        QCOMPARE(rig.requests[i].url, expected[i].first);
        QCOMPARE(headerOf(rig.requests[i], "Idempotency-Key"), expected[i].second);
    }
    QCOMPARE(rig.requests[1].body, QByteArray("amount_to_capture=40000"));
    QCOMPARE(rig.requests[2].body, QByteArray("cancellation_reason=requested_by_customer"));
    QCOMPARE(rig.requests[3].body,
             QByteArray("payment_intent=pi_1&amount=500&reason=requested_by_customer&metadata[msp_refund_id]=r"));
    QCOMPARE(rig.requests[5].body, QByteArray("customer=cus_1&usage=off_session&payment_method_types[0]=card"));
}

void TestStripeGateway::retrieveIsAGetWithoutKey()
{
    Rig rig;
    rig.transport->script = {answer(200, kIntent)};
    QVERIFY(rig.gateway->retrievePaymentIntent(QStringLiteral("pi_1")).isOk());
    QCOMPARE(rig.requests.first().method, QByteArray("GET"));
    QVERIFY(headerOf(rig.requests.first(), "Idempotency-Key").isEmpty());
    QVERIFY(rig.requests.first().body.isEmpty());
}

// The server's webhook learns whose payment an event is from this.
void TestStripeGateway::clinicGoesIntoMetadata()
{
    Rig rig(QStringLiteral("0190a1b2-0000-7000-8000-000000000001"));
    rig.transport->script = {answer(200, kIntent), answer(200, "{}")};
    PaymentIntentRequest req;
    req.amount = 100;
    QVERIFY(rig.gateway->createPaymentIntent(QStringLiteral("pay-1"), req).isOk());
    (void)rig.gateway->createRefund(QStringLiteral("ref-1"), QStringLiteral("pi_1"), 50);
    QCOMPARE(rig.requests.size(), 2);
    for (const HttpRequest &r : rig.requests)
        QVERIFY2(r.body.contains("&metadata[msp_org_id]=0190a1b2-0000-7000-8000-000000000001"), r.body.constData());
}

QTEST_GUILESS_MAIN(TestStripeGateway)
#include "tst_stripegateway.moc"
