#include "checkout/cardflow.h"
#include "checkout/paymentrepository.h"
#include "checkout/pendingpayments.h"
#include "store/appointmentrepository.h"
#include "store/clientrepository.h"
#include "store/database.h"
#include "store/invoicerepository.h"
#include "store/processorreplica.h"
#include "stripe/curltransport.h"
#include "stripe/stripegateway.h"
#include "syncdevice.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

using namespace msp;
using namespace msp::test;

namespace {
const QByteArray kSecret = "whsec_end_to_end_test";
}

// Stripe's webhook to the real server, through sync, to the devices: a card
// payment the app never heard back about (it stopped after Stripe took the
// money) is settled from the webhook's news alone, without reaching Stripe,
// and the other desk sees the invoice paid. The event names no clinic in its
// metadata and the server has two: the app's payment record says whose it is.
class TestSyncWebhook : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SyncServerFixture> m_server;
    ClinicFixture m_clinic;

    std::unique_ptr<SyncDevice> device(const QString &name) { return signedInDevice(name, m_clinic, *m_server); }

    int postEvent(const QJsonObject &event)
    {
        const QByteArray body = QJsonDocument(event).toJson(QJsonDocument::Compact);
        const QByteArray t = QByteArray::number(QDateTime::currentSecsSinceEpoch());
        const QByteArray v1
            = QMessageAuthenticationCode::hash(t + '.' + body, kSecret, QCryptographicHash::Sha256).toHex();
        QNetworkAccessManager nam;
        QNetworkRequest r(QUrl(m_server->url().toString() + QStringLiteral("/v1/stripe/webhook")));
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.setCaCertificates(QSslCertificate::fromData(m_server->caCertificatePem()));
        r.setSslConfiguration(ssl);
        r.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        r.setRawHeader("Stripe-Signature", "t=" + t + ",v1=" + v1);
        QNetworkReply *reply = nam.post(r, body);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(15000))
            return 0;
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        return status;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (SyncServerFixture::clusterConnInfo().isEmpty())
            QSKIP("MEDSPASYNC_TEST_PG is not set: run through scripts/test, which starts PostgreSQL.");
    }

    void init()
    {
        m_server = std::make_unique<SyncServerFixture>(QStringLiteral(MEDSPASYNC_SERVER_BIN));
        m_server->setExtraArgs({QStringLiteral("--stripe-webhook-secret"), QString::fromLatin1(kSecret)});
        QString error;
        QVERIFY2(m_server->setUp(&error), qPrintable(error));
        m_clinic = ClinicFixture();
    }

    void cleanup() { m_server.reset(); }

    void webhookSettlesAPaymentTheAppNeverHeardBackAbout()
    {
        auto desk = device(QStringLiteral("Front desk"));
        auto office = device(QStringLiteral("Office"));
        QVERIFY(desk && office);
        // Signed in, the app names the server's clinic on Stripe objects.
        QCOMPARE(ui::clinicStripeConfig(desk->store(), {}).orgId, m_server->sql(QStringLiteral("SELECT id FROM orgs")));
        // A second clinic on the server: "the only clinic" cannot be the answer.
        m_server->sql(QStringLiteral("INSERT INTO orgs (id, name) VALUES (gen_random_uuid(), 'Another clinic')"));

        Client c;
        c.name = PersonName::create(u"Ines", u"Duarte").value();
        auto client = desk->store().clients().create(desk->actor, c);
        QVERIFY(client);
        Appointment a;
        a.clientId = client->id;
        a.practitionerId = m_clinic.practitioner1;
        a.serviceId = m_clinic.service;
        a.roomId = m_clinic.room1;
        a.start = QDateTime(QDate::currentDate().addDays(3), QTime(15, 0), QTimeZone("America/New_York")).toUTC();
        a.end = a.start.addSecs(1800);
        auto appt = desk->store().appointments().create(desk->actor, a);
        QVERIFY(appt);
        Invoice inv;
        inv.clientId = client->id;
        inv.appointmentId = appt->id;
        InvoiceLine line;
        line.description = QStringLiteral("Botox");
        line.unitPriceMinor = 30000;
        inv.lines.append(line);
        auto invoice = desk->store().invoices().create(desk->actor, inv);
        QVERIFY(invoice);
        // The card is charged; the app stops before it hears the answer.
        checkout::PaymentRepository payments(desk->store());
        auto card = payments.beginCardPayment(desk->actor, invoice->id, 30000);
        QVERIFY(card);
        QVERIFY(payments.attachProviderRef(desk->actor, card->id, QStringLiteral("pi_e2e_1")));
        QVERIFY(converge(*desk, *office));
        QVERIFY(desk->syncOnce()); // the payment record is on the server

        const QJsonObject intent {
            {QStringLiteral("id"), QStringLiteral("pi_e2e_1")},
            {QStringLiteral("object"), QStringLiteral("payment_intent")},
            {QStringLiteral("amount"), 30000},
            {QStringLiteral("amount_received"), 30000},
            {QStringLiteral("currency"), QStringLiteral("usd")},
            {QStringLiteral("status"), QStringLiteral("succeeded")},
            {QStringLiteral("latest_charge"), QStringLiteral("ch_e2e_1")},
            {QStringLiteral("metadata"), QJsonObject {{QStringLiteral("msp_payment_id"), card->id.toString()}}}};
        QCOMPARE(postEvent({{QStringLiteral("id"), QStringLiteral("evt_e2e_1")},
                            {QStringLiteral("type"), QStringLiteral("payment_intent.succeeded")},
                            {QStringLiteral("created"), QDateTime::currentSecsSinceEpoch()},
                            {QStringLiteral("data"), QJsonObject {{QStringLiteral("object"), intent}}}}),
                 200);

        // The news reaches the desk through sync (the server notifies every
        // device; the fence may hold it back for a moment).
        bool arrived = false;
        QElapsedTimer waited;
        waited.start();
        while (!arrived && waited.elapsed() < 60000) {
            QVERIFY(desk->syncOnce());
            auto known = store::processorPaymentForPayment(desk->store().database(), card->id.toString());
            arrived = known && known->has_value() && (*known)->status == u"succeeded";
        }
        QVERIFY(arrived);

        // At the next start the app settles it from that news alone: Stripe
        // itself is unreachable here.
        stripe::StripeConfig config;
        config.apiKey = "sk_test_unreachable";
        config.baseUrl = QStringLiteral("https://127.0.0.1:1");
        stripe::StripeGateway gateway(config, std::make_unique<stripe::CurlTransport>(stripe::CurlOptions {}));
        ui::PendingPaymentRecovery recovery(desk->store(), gateway, desk->actor);
        QSignalSpy finished(&recovery, &ui::PendingPaymentRecovery::finished);
        recovery.start();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
        QCOMPARE(finished.first().first().value<ui::PendingPaymentRecovery::Report>().charged, 1);
        QCOMPARE(payments.payment(card->id)->status, checkout::PaymentStatus::Succeeded);
        QCOMPARE(desk->store().invoices().find(invoice->id)->status, InvoiceStatus::Paid);

        // And the other desk sees it paid, through the records sync.
        bool paidThere = false;
        waited.restart();
        while (!paidThere && waited.elapsed() < 60000) {
            QVERIFY(desk->syncOnce() && office->syncOnce());
            paidThere = office->store().invoices().find(invoice->id).valueOr({}).status == InvoiceStatus::Paid;
        }
        QVERIFY(paidThere);
        QCOMPARE(checkout::PaymentRepository(office->store()).payment(card->id)->status,
                 checkout::PaymentStatus::Succeeded);
    }
};

QTEST_MAIN(TestSyncWebhook)
#include "tst_syncwebhook.moc"
