#include "protocol/pull.h"
#include "serverfixture.h"
#include "stripe/webhooksignature.h"

#include <QDateTime>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>

#include <algorithm>
#include <numeric>
#include <optional>
#include <pqxx/pqxx>

using namespace msp::test;

// Stripe's webhook on the real server: a request counts only with a valid
// signature from a configured secret, each event is stored once, and the
// payment or payout it concerns ends in the same state whatever order the
// events came in, then reaches every device through the pull feed.
class TestStripeWebhook : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void validSignatureIsAccepted();
    void refusedDeliveryStoresNothing_data();
    void refusedDeliveryStoresNothing();
    void rotatedSecretIsAccepted_data();
    void rotatedSecretIsAccepted();
    void unparsableBodyIs400();
    void redeliveredEventIsStoredAndAppliedOnce();
    void paymentEndsTheSameInAnyOrder_data();
    void paymentEndsTheSameInAnyOrder();
    void payoutEndsTheSameInAnyOrder();
    void eventWithoutClinicWaitsForOne();
    void paymentRowReachesDevicesThroughPull();

private:
    struct Event {
        QString type;
        qint64 createdOffset = 0; // seconds after m_t0
        QJsonObject object;
    };
    QByteArray eventBody(const QString &eventId, const Event &e) const;
    Reply deliver(const QByteArray &body, const QByteArray &signatureHeader);
    Reply deliverSigned(const QByteArray &body, const QByteArray &secret = kSecret);
    QString count(const QString &table, const QString &where) const;
    QJsonObject paymentRow(const QString &intentId) const;

    static inline const QByteArray kSecret = "whsec_current_test_secret";
    static inline const QByteArray kOldSecret = "whsec_rolled_test_secret";

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
    std::unique_ptr<Client> m_client;
    TestCertificate m_cert;
    Session m_device;
    QString m_orgId;
    qint64 m_t0 = QDateTime::currentSecsSinceEpoch() - 3600;
    int m_nextEvent = 1;
};

namespace {
QJsonObject intent(const QString &id, const QString &status, const QString &org, const QString &paymentId,
                   const QJsonObject &extra = {})
{
    QJsonObject o {{QStringLiteral("id"), id},
                   {QStringLiteral("object"), QStringLiteral("payment_intent")},
                   {QStringLiteral("amount"), 5000},
                   {QStringLiteral("amount_received"), status == u"succeeded" ? 5000 : 0},
                   {QStringLiteral("currency"), QStringLiteral("usd")},
                   {QStringLiteral("status"), status},
                   {QStringLiteral("latest_charge"), QString(u"ch_" + id.mid(3))},
                   {QStringLiteral("metadata"),
                    QJsonObject {{QStringLiteral("msp_org_id"), org}, {QStringLiteral("msp_payment_id"), paymentId}}}};
    for (auto it = extra.begin(); it != extra.end(); ++it)
        o.insert(it.key(), it.value());
    return o;
}

QJsonObject declined(const QString &declineCode)
{
    return {{QStringLiteral("last_payment_error"),
             QJsonObject {{QStringLiteral("code"), QStringLiteral("card_declined")},
                          {QStringLiteral("decline_code"), declineCode},
                          {QStringLiteral("message"), QStringLiteral("Your card was declined.")}}}};
}

QJsonObject refundedCharge(const QString &intentId, qint64 refunded, qint64 created)
{
    return {{QStringLiteral("id"), QString(u"ch_" + intentId.mid(3))},
            {QStringLiteral("object"), QStringLiteral("charge")},
            {QStringLiteral("amount"), 5000},
            {QStringLiteral("amount_captured"), 5000},
            {QStringLiteral("amount_refunded"), refunded},
            {QStringLiteral("refunded"), refunded == 5000},
            {QStringLiteral("currency"), QStringLiteral("usd")},
            {QStringLiteral("paid"), true},
            {QStringLiteral("status"), QStringLiteral("succeeded")},
            {QStringLiteral("created"), created},
            {QStringLiteral("payment_intent"), intentId},
            {QStringLiteral("metadata"), QJsonObject()}};
}
} // namespace

void TestStripeWebhook::initTestCase()
{
    if (!TestDatabase::isAvailable())
        QSKIP(qPrintable(TestDatabase::skipReason()));
    m_dir = std::make_unique<QTemporaryDir>();
    m_cert = makeCertificate(m_dir->path());
    m_db = std::make_unique<TestDatabase>();
    Account admin;
    QVERIFY(ServerProcess::init(m_db->conninfo(), QStringLiteral("Webhook Clinic"), QStringLiteral("admin@hook.test"),
                                admin));
    m_orgId = m_db->scalar("SELECT id::text FROM orgs");
    QVERIFY(!m_orgId.isEmpty());
    // The current secret as a flag, the one being rolled through the
    // environment: both sources add to the list.
    qputenv("MEDSPASYNC_STRIPE_WEBHOOK_SECRET", kOldSecret);
    m_server = std::make_unique<ServerProcess>(
        m_db->conninfo(), m_cert,
        kFastServerArgs + QStringList {QStringLiteral("--stripe-webhook-secret"), QString::fromLatin1(kSecret)});
    const bool started = m_server->start();
    qunsetenv("MEDSPASYNC_STRIPE_WEBHOOK_SECRET");
    QVERIFY(started);
    m_client = std::make_unique<Client>(m_server->port(), m_cert.cert);
    m_device = login(*m_client, admin);
    QVERIFY(!m_device.accessToken.isEmpty());
}

void TestStripeWebhook::cleanupTestCase()
{
    m_client.reset();
    m_server.reset();
    m_db.reset();
}

QByteArray TestStripeWebhook::eventBody(const QString &eventId, const Event &e) const
{
    const QJsonObject event {{QStringLiteral("id"), eventId},
                             {QStringLiteral("object"), QStringLiteral("event")},
                             {QStringLiteral("api_version"), QStringLiteral("2024-06-20")},
                             {QStringLiteral("created"), m_t0 + e.createdOffset},
                             {QStringLiteral("livemode"), false},
                             {QStringLiteral("type"), e.type},
                             {QStringLiteral("data"), QJsonObject {{QStringLiteral("object"), e.object}}}};
    return QJsonDocument(event).toJson(QJsonDocument::Compact);
}

Reply TestStripeWebhook::deliver(const QByteArray &body, const QByteArray &signatureHeader)
{
    auto req = m_client->request(QStringLiteral("/v1/stripe/webhook"), {});
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json; charset=utf-8"));
    if (!signatureHeader.isEmpty())
        req.setRawHeader("Stripe-Signature", signatureHeader);
    QNetworkReply *reply = m_client->nam()->post(req, body);
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return collect(reply);
}

Reply TestStripeWebhook::deliverSigned(const QByteArray &body, const QByteArray &secret)
{
    return deliver(body, msp::stripe::webhookSignatureHeader(body, secret, QDateTime::currentSecsSinceEpoch()));
}

QString TestStripeWebhook::count(const QString &table, const QString &where) const
{
    return m_db->scalar(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, where).toStdString());
}

QJsonObject TestStripeWebhook::paymentRow(const QString &intentId) const
{
    const QString json
        = m_db->scalar(QStringLiteral("SELECT row_to_json(p)::text FROM (SELECT coalesce(org_id::text, '') AS org_id, "
                                      "coalesce(payment_id::text, '') AS payment_id, status, amount, amount_received, "
                                      "amount_refunded, failure_code, txid::text AS txid, seq FROM stripe_payments "
                                      "WHERE intent_id = '%1') p")
                           .arg(intentId)
                           .toStdString());
    return QJsonDocument::fromJson(json.toUtf8()).object();
}

void TestStripeWebhook::validSignatureIsAccepted()
{
    const QString paymentId = newUuid();
    const QByteArray body
        = eventBody(QStringLiteral("evt_valid"),
                    {QStringLiteral("payment_intent.succeeded"), 0,
                     intent(QStringLiteral("pi_valid"), QStringLiteral("succeeded"), m_orgId, paymentId)});
    const Reply r = deliverSigned(body);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"applied").toBool(), true);
    const QJsonObject row = paymentRow(QStringLiteral("pi_valid"));
    QCOMPARE(row.value(u"status").toString(), QStringLiteral("succeeded"));
    QCOMPARE(row.value(u"org_id").toString(), m_orgId);
    QCOMPARE(row.value(u"payment_id").toString(), paymentId);
    QCOMPARE(row.value(u"amount_received").toInteger(), 5000);
    QCOMPARE(count(QStringLiteral("stripe_events"), QStringLiteral("id = 'evt_valid' AND applied")),
             QStringLiteral("1"));
    // The change hint went out for the clinic, so connected devices pull now.
    QTRY_VERIFY_WITH_TIMEOUT(m_server->log().contains(QByteArrayLiteral("\"change_hint\""))
                                 && m_server->log().contains(m_orgId.toUtf8()),
                             5000);
}

void TestStripeWebhook::refusedDeliveryStoresNothing_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QString>("messagePart");

    const QString pi = QStringLiteral("pi_refused");
    const QByteArray body = eventBody(
        QStringLiteral("evt_refused"),
        {QStringLiteral("payment_intent.succeeded"), 0, intent(pi, QStringLiteral("succeeded"), m_orgId, newUuid())});
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QByteArray tampered = body;
    tampered.replace("5000", "9000");

    QTest::newRow("tampered body") << tampered << msp::stripe::webhookSignatureHeader(body, kSecret, now)
                                   << QStringLiteral("body was changed");
    QTest::newRow("expired timestamp") << body << msp::stripe::webhookSignatureHeader(body, kSecret, now - 600)
                                       << QStringLiteral("five minutes");
    QTest::newRow("timestamp from the future")
        << body << msp::stripe::webhookSignatureHeader(body, kSecret, now + 600) << QStringLiteral("five minutes");
    QTest::newRow("unknown secret") << body << msp::stripe::webhookSignatureHeader(body, "whsec_someone_else", now)
                                    << QStringLiteral("signing secret is wrong");
    QTest::newRow("no header") << body << QByteArray() << QStringLiteral("missing or malformed");
    QTest::newRow("only a v0 signature") << body
                                         << QByteArray("t=" + QByteArray::number(now)
                                                       + ",v0=" + msp::stripe::signWebhookPayload(body, kSecret, now))
                                         << QStringLiteral("missing or malformed");
}

void TestStripeWebhook::refusedDeliveryStoresNothing()
{
    QFETCH(QByteArray, body);
    QFETCH(QByteArray, header);
    QFETCH(QString, messagePart);
    const Reply r = deliver(body, header);
    QCOMPARE(r.status, 400);
    const QJsonObject error = r.json().value(u"error").toObject();
    QCOMPARE(error.value(u"code").toString(), QStringLiteral("invalid_signature"));
    QVERIFY2(error.value(u"message").toString().contains(messagePart), qPrintable(error.value(u"message").toString()));
    QCOMPARE(count(QStringLiteral("stripe_events"), QStringLiteral("id = 'evt_refused'")), QStringLiteral("0"));
    QCOMPARE(count(QStringLiteral("stripe_payments"), QStringLiteral("intent_id = 'pi_refused'")), QStringLiteral("0"));
}

void TestStripeWebhook::rotatedSecretIsAccepted_data()
{
    QTest::addColumn<QString>("eventId");
    QTest::addColumn<bool>("bothSignatures");
    QTest::newRow("signed with the secret being rolled only") << QStringLiteral("evt_rolled_only") << false;
    QTest::newRow("signed with both, as Stripe does while rolling") << QStringLiteral("evt_rolled_both") << true;
}

void TestStripeWebhook::rotatedSecretIsAccepted()
{
    QFETCH(QString, eventId);
    QFETCH(bool, bothSignatures);
    const QString pi = QStringLiteral("pi_") + eventId.mid(4);
    const QByteArray body = eventBody(
        eventId,
        {QStringLiteral("payment_intent.succeeded"), 0, intent(pi, QStringLiteral("succeeded"), m_orgId, newUuid())});
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QByteArray header = msp::stripe::webhookSignatureHeader(body, kOldSecret, now);
    if (bothSignatures)
        header += ",v1=" + msp::stripe::signWebhookPayload(body, "whsec_new_unknown_here", now);
    const Reply r = deliver(body, header);
    QCOMPARE(r.status, 200);
    QCOMPARE(paymentRow(pi).value(u"status").toString(), QStringLiteral("succeeded"));
}

void TestStripeWebhook::unparsableBodyIs400()
{
    const QByteArray garbage = "{\"id\": \"evt_garbage\", ";
    Reply r = deliverSigned(garbage);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"error").toObject().value(u"code").toString(), QStringLiteral("invalid"));
    r = deliverSigned(R"({"id":"evt_noobject","type":"payment_intent.succeeded","created":1700000000,"data":{}})");
    QCOMPARE(r.status, 400);
    QCOMPARE(count(QStringLiteral("stripe_events"), QStringLiteral("id IN ('evt_garbage', 'evt_noobject')")),
             QStringLiteral("0"));
}

void TestStripeWebhook::redeliveredEventIsStoredAndAppliedOnce()
{
    const QString pi = QStringLiteral("pi_twice");
    const QByteArray body = eventBody(QStringLiteral("evt_twice"),
                                      {QStringLiteral("charge.refunded"), 100, refundedCharge(pi, 1500, m_t0)});
    QCOMPARE(deliverSigned(body).status, 200);
    const QJsonObject first = paymentRow(pi);
    QCOMPARE(first.value(u"amount_refunded").toInteger(), 1500);
    const QString audits = count(QStringLiteral("audit_events"), QStringLiteral("entity_id = 'pi_twice'"));
    QCOMPARE(audits, QStringLiteral("1"));

    // Stripe redelivers with a fresh signature when it did not see our 200.
    const Reply again = deliverSigned(body);
    QCOMPARE(again.status, 200);
    QCOMPARE(again.json().value(u"duplicate").toBool(), true);
    QCOMPARE(count(QStringLiteral("stripe_events"), QStringLiteral("id = 'evt_twice'")), QStringLiteral("1"));
    const QJsonObject second = paymentRow(pi);
    QCOMPARE(second, first); // same txid and seq: not even rewritten
    QCOMPARE(count(QStringLiteral("audit_events"), QStringLiteral("entity_id = 'pi_twice'")), audits);
}

void TestStripeWebhook::paymentEndsTheSameInAnyOrder_data()
{
    QTest::addColumn<QList<QJsonObject>>("events"); // {type, offset, object}
    QTest::addColumn<QString>("status");
    QTest::addColumn<qint64>("refunded");
    QTest::addColumn<QString>("failureCode");

    auto ev = [](const QString &type, qint64 offset, const QJsonObject &object) {
        return QJsonObject {
            {QStringLiteral("type"), type}, {QStringLiteral("offset"), offset}, {QStringLiteral("object"), object}};
    };
    const QString org = m_orgId;
    const QString pay = newUuid();
    auto pi = [&](const QString &status, const QJsonObject &extra = {}) {
        return intent(QStringLiteral("pi_PLACEHOLDER"), status, org, pay, extra);
    };
    const QString placeholder = QStringLiteral("pi_PLACEHOLDER");

    QTest::newRow("refund before success")
        << QList<QJsonObject> {ev(QStringLiteral("payment_intent.succeeded"), 10, pi(QStringLiteral("succeeded"))),
                               ev(QStringLiteral("charge.refunded"), 100, refundedCharge(placeholder, 1500, m_t0 + 9))}
        << QStringLiteral("succeeded") << qint64(1500) << QString();
    QTest::newRow("failed after succeeded, with an older created time")
        << QList<QJsonObject> {ev(QStringLiteral("payment_intent.payment_failed"), 5,
                                  pi(QStringLiteral("requires_payment_method"),
                                     declined(QStringLiteral("insufficient_funds")))),
                               ev(QStringLiteral("payment_intent.succeeded"), 50, pi(QStringLiteral("succeeded")))}
        << QStringLiteral("succeeded") << qint64(0) << QString();
    QTest::newRow("two partial refunds and the success")
        << QList<QJsonObject> {ev(QStringLiteral("payment_intent.succeeded"), 10, pi(QStringLiteral("succeeded"))),
                               ev(QStringLiteral("charge.refunded"), 100, refundedCharge(placeholder, 1500, m_t0 + 9)),
                               ev(QStringLiteral("charge.refunded"), 200, refundedCharge(placeholder, 5000, m_t0 + 9))}
        << QStringLiteral("succeeded") << qint64(5000) << QString();
    QTest::newRow("the later of two declines")
        << QList<QJsonObject> {ev(QStringLiteral("payment_intent.payment_failed"), 10,
                                  pi(QStringLiteral("requires_payment_method"),
                                     declined(QStringLiteral("generic_decline")))),
                               ev(QStringLiteral("payment_intent.payment_failed"), 20,
                                  pi(QStringLiteral("requires_payment_method"),
                                     declined(QStringLiteral("insufficient_funds"))))}
        << QStringLiteral("failed") << qint64(0) << QStringLiteral("insufficient_funds");
    QTest::newRow("cancelled after it was created")
        << QList<QJsonObject> {ev(QStringLiteral("payment_intent.created"), 0,
                                  pi(QStringLiteral("requires_payment_method"))),
                               ev(QStringLiteral("payment_intent.processing"), 5, pi(QStringLiteral("processing"))),
                               ev(QStringLiteral("payment_intent.canceled"), 30, pi(QStringLiteral("canceled")))}
        << QStringLiteral("cancelled") << qint64(0) << QString();
}

void TestStripeWebhook::paymentEndsTheSameInAnyOrder()
{
    QFETCH(QList<QJsonObject>, events);
    QFETCH(QString, status);
    QFETCH(qint64, refunded);
    QFETCH(QString, failureCode);

    // Every order the events can arrive in, each on a PaymentIntent of its own.
    QList<int> order(events.size());
    std::iota(order.begin(), order.end(), 0);
    int permutation = 0;
    do {
        const QString pi = QStringLiteral("pi_order_%1").arg(m_nextEvent);
        QStringList sequence;
        for (int i : order) {
            const QJsonObject &e = events[i];
            const QByteArray object = QJsonDocument(e.value(u"object").toObject())
                                          .toJson(QJsonDocument::Compact)
                                          .replace("PLACEHOLDER", pi.mid(3).toUtf8());
            const Event event {e.value(u"type").toString(), e.value(u"offset").toInteger(),
                               QJsonDocument::fromJson(object).object()};
            sequence << event.type;
            const Reply r = deliverSigned(eventBody(QStringLiteral("evt_%1").arg(m_nextEvent++), event));
            QCOMPARE(r.status, 200);
        }
        const QJsonObject row = paymentRow(pi);
        const QString context = QStringLiteral("order %1: %2").arg(permutation).arg(sequence.join(u", "));
        QVERIFY2(row.value(u"status").toString() == status,
                 qPrintable(context + u" -> " + row.value(u"status").toString()));
        QVERIFY2(row.value(u"amount_refunded").toInteger() == refunded, qPrintable(context));
        QVERIFY2(row.value(u"failure_code").toString() == failureCode, qPrintable(context));
        QVERIFY2(row.value(u"org_id").toString() == m_orgId, qPrintable(context));
        ++permutation;
    } while (std::next_permutation(order.begin(), order.end()));
}

void TestStripeWebhook::payoutEndsTheSameInAnyOrder()
{
    // Automatic payouts carry no metadata: with one clinic on the server they are its.
    auto payout = [](const QString &id, const QString &status) {
        QJsonObject o {{QStringLiteral("id"), id},
                       {QStringLiteral("object"), QStringLiteral("payout")},
                       {QStringLiteral("amount"), 120000},
                       {QStringLiteral("currency"), QStringLiteral("usd")},
                       {QStringLiteral("arrival_date"), 1767225600},
                       {QStringLiteral("status"), status}};
        if (status == u"failed") {
            o.insert(QStringLiteral("failure_code"), QStringLiteral("account_closed"));
            o.insert(QStringLiteral("failure_message"), QStringLiteral("The bank account has been closed."));
        }
        return o;
    };
    for (const bool reversed : {false, true}) {
        const QString id = reversed ? QStringLiteral("po_reversed") : QStringLiteral("po_in_order");
        QList<Event> events {{QStringLiteral("payout.paid"), 10, payout(id, QStringLiteral("paid"))},
                             {QStringLiteral("payout.failed"), 3600, payout(id, QStringLiteral("failed"))}};
        if (reversed)
            std::reverse(events.begin(), events.end());
        for (const Event &e : events)
            QCOMPARE(deliverSigned(eventBody(QStringLiteral("evt_%1").arg(m_nextEvent++), e)).status, 200);
        QCOMPARE(m_db->scalar("SELECT status || ' ' || failure_code || ' ' || org_id FROM stripe_payouts WHERE id = '"
                              + id.toStdString() + "'"),
                 QStringLiteral("failed account_closed ") + m_orgId);
    }
}

void TestStripeWebhook::eventWithoutClinicWaitsForOne()
{
    // A second clinic on the server: an event naming none cannot be placed.
    {
        pqxx::connection c(m_db->conninfo());
        pqxx::work tx(c);
        tx.exec("INSERT INTO orgs (id, name) VALUES (gen_random_uuid(), 'Other Clinic')");
        tx.commit();
    }
    const QString pi = QStringLiteral("pi_orphan");
    QCOMPARE(deliverSigned(eventBody(QStringLiteral("evt_orphan_refund"),
                                     {QStringLiteral("charge.refunded"), 100, refundedCharge(pi, 2000, m_t0)}))
                 .status,
             200);
    QCOMPARE(paymentRow(pi).value(u"org_id").toString(), QString());
    QCOMPARE(paymentRow(pi).value(u"amount_refunded").toInteger(), 2000);
    // The PaymentIntent's own event names the clinic; the refund is kept.
    QCOMPARE(deliverSigned(eventBody(QStringLiteral("evt_orphan_success"),
                                     {QStringLiteral("payment_intent.succeeded"), 10,
                                      intent(pi, QStringLiteral("succeeded"), m_orgId, newUuid())}))
                 .status,
             200);
    const QJsonObject row = paymentRow(pi);
    QCOMPARE(row.value(u"org_id").toString(), m_orgId);
    QCOMPARE(row.value(u"status").toString(), QStringLiteral("succeeded"));
    QCOMPARE(row.value(u"amount_refunded").toInteger(), 2000);
}

void TestStripeWebhook::paymentRowReachesDevicesThroughPull()
{
    const QString pi = QStringLiteral("pi_pulled");
    const QString paymentId = newUuid();
    QCOMPARE(deliverSigned(eventBody(QStringLiteral("evt_pulled_refund"),
                                     {QStringLiteral("charge.refunded"), 100, refundedCharge(pi, 1200, m_t0 + 9)}))
                 .status,
             200);
    QCOMPARE(deliverSigned(eventBody(QStringLiteral("evt_pulled_success"),
                                     {QStringLiteral("payment_intent.succeeded"), 10,
                                      intent(pi, QStringLiteral("succeeded"), m_orgId, paymentId)}))
                 .status,
             200);

    // The fence keeps rows of still-open transactions out: pull until it shows.
    std::optional<msp::protocol::PullRow> found;
    QString cursor;
    auto pullFindsIt = [&] {
        for (int page = 0; page < 50; ++page) {
            const Reply r = m_client->get(QStringLiteral("/v1/sync/pull?cursor=%1").arg(cursor), m_device.accessToken);
            if (r.status != 200)
                return false;
            auto decoded = msp::protocol::decodePullResponse(r.body);
            if (!decoded)
                return false;
            for (const auto &row : decoded->rows)
                if (row.type == u"payment" && row.id == pi)
                    found = row;
            cursor = decoded->cursor.toString();
            if (!decoded->hasMore)
                break;
        }
        return found.has_value();
    };
    QTRY_VERIFY_WITH_TIMEOUT(pullFindsIt(), 5000);
    const QJsonObject d = found->data;
    QCOMPARE(d.value(u"payment_id").toString(), paymentId);
    QCOMPARE(d.value(u"intent_id").toString(), pi);
    QCOMPARE(d.value(u"status").toString(), QStringLiteral("succeeded"));
    QCOMPARE(d.value(u"stripe_status").toString(), QStringLiteral("succeeded"));
    QCOMPARE(d.value(u"amount").toInteger(), 5000);
    QCOMPARE(d.value(u"currency").toString(), QStringLiteral("USD"));
    QCOMPARE(d.value(u"amount_received").toInteger(), 5000);
    QCOMPARE(d.value(u"amount_refunded").toInteger(), 1200);
    QCOMPARE(d.value(u"charge_id").toString(), QStringLiteral("ch_pulled"));
    QCOMPARE(d.value(u"failure_code").toString(), QString());
    QCOMPARE(d.value(u"status_at").toString(),
             QDateTime::fromSecsSinceEpoch(m_t0 + 10, Qt::UTC).toString(Qt::ISODateWithMs));
    QCOMPARE(d.value(u"refunded_at").toString(),
             QDateTime::fromSecsSinceEpoch(m_t0 + 100, Qt::UTC).toString(Qt::ISODateWithMs));

    // A payout row of the same clinic is in the feed as well.
    const Reply all = m_client->get(QStringLiteral("/v1/sync/pull?limit=10000"), m_device.accessToken);
    auto decoded = msp::protocol::decodePullResponse(all.body);
    QVERIFY(decoded);
    QVERIFY(std::any_of(decoded->rows.begin(), decoded->rows.end(),
                        [](const auto &row) { return row.type == u"payout" && row.id == u"po_in_order"; }));
}

QTEST_GUILESS_MAIN(TestStripeWebhook)
#include "tst_stripewebhook.moc"
