#include "checkout/cardcharger.h"
#include "checkout/checkoutpage.h"
#include "checkout/invoicebuilder.h"
#include "checkout/paymentrepository.h"
#include "checkout/pendingpayments.h"
#include "checkoutfixture.h"
#include "core/keychain.h"
#include "core/syncsettings.h"
#include "fakestripe.h"
#include "gui/appsession.h"
#include "store/clinicrepository.h"
#include "store/clinicstore.h"
#include "store/invoicerepository.h"
#include "stripe/curltransport.h"
#include "stripe/stripegateway.h"

#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace msp;
using Fault = msp::test::FakeStripe::Fault;

// The app is killed while a card is being charged: the charge reached
// Stripe, its answer never reached the app. At the next start the session
// looks the payment up and records it - one charge, the invoice paid - and the
// checkout page says so. Needs the OS keychain (the Stripe key lives there);
// skips without one.
class TestAppStartPayments : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_settings;
    app::Keychain m_keychain {QStringLiteral("MedSpaSync Pro test"), 3000};

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setDefaultFormat(QSettings::IniFormat);
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settings.path());
    }

    void cleanup() { (void)m_keychain.remove(app::StripeSettings::apiKeyEntry()); }

    void chargeWithLostAnswerIsRecordedAtNextStart()
    {
        const auto written = m_keychain.write(app::StripeSettings::apiKeyEntry(), test::FakeStripe::apiKey());
        if (!written.isOk())
            QSKIP("No keychain answers here (scripts/test starts one); the Stripe key lives only in the keychain.");
        test::FakeStripe stripe;
        QVERIFY(stripe.start());
        app::StripeSettings settings;
        settings.baseUrl = stripe.baseUrl();
        settings.caFile = test::FakeStripe::caCertificatePath();
        settings.save();

        test::CheckoutFixture f;
        QVERIFY(f.seeded);
        checkout::InvoiceDraft draft;
        draft.appointment = f.appointment;
        draft.service = f.service;
        auto inv = f.store().invoices().create(f.actor, checkout::buildInvoice(draft, {}).valueOr({}));
        QVERIFY(inv.isOk());
        {
            stripe::CurlOptions curl;
            curl.caBundlePath = settings.caFile;
            stripe::StripeConfig config;
            config.apiKey = test::FakeStripe::apiKey();
            config.baseUrl = settings.baseUrl;
            config.retry.maxAttempts = 1;
            stripe::StripeGateway gateway(config, std::make_unique<stripe::CurlTransport>(curl));
            checkout::PaymentRepository payments(f.store());
            stripe.injectFault(Fault::DropAfterCharge, 1, "/confirm");
            const auto out
                = ui::CardCharger(payments, gateway).charge(f.actor, inv->id, 45000, QStringLiteral("pm_card_visa"));
            QCOMPARE(out.kind, ui::CardOutcome::Unknown); // and here the app is killed
        }
        QCOMPARE(stripe.chargeCount(), 1);

        User user;
        user.id = f.actor.userId;
        user.role = Role::FrontDesk;
        user.displayName = QStringLiteral("Frankie");
        const QString dir = f.temp.path();
        app::AppSession session(std::move(f.temp.store), user,
                                ui::SessionInfo {dir, QString(), EntityId::generate().toString()},
                                {m_keychain, 3600000});
        QVERIFY(session.paymentRecovery());
        QTRY_VERIFY_WITH_TIMEOUT(session.checkout()->message().contains(u"went through"), 15000);
        QCOMPARE(stripe.chargeCount(), 1);
        QCOMPARE(stripe.requests().last().method, QByteArray("GET"));
    }

    // The gateway the session builds names the clinic on every PaymentIntent
    // (and the payment, as always): the server's webhook matches by both. A
    // deposit payment left pending before the start is what makes the
    // session create one.
    void sessionGatewayNamesTheClinic()
    {
        const auto written = m_keychain.write(app::StripeSettings::apiKeyEntry(), test::FakeStripe::apiKey());
        if (!written.isOk())
            QSKIP("No keychain answers here (scripts/test starts one); the Stripe key lives only in the keychain.");
        test::FakeStripe stripe;
        QVERIFY(stripe.start());
        app::StripeSettings settings;
        settings.baseUrl = stripe.baseUrl();
        settings.caFile = test::FakeStripe::caCertificatePath();
        settings.save();
        test::CheckoutFixture f;
        QVERIFY(f.seeded);
        const QString clinicId = f.store().clinic().clinic()->id.toString();
        auto payment = checkout::PaymentRepository(f.store()).beginDepositPayment(f.actor, f.appointment.id, 9000,
                                                                                  QStringLiteral("USD"));
        QVERIFY(payment.isOk());

        User user;
        user.id = f.actor.userId;
        user.role = Role::FrontDesk;
        const QString dir = f.temp.path();
        app::AppSession session(std::move(f.temp.store), user,
                                ui::SessionInfo {dir, QString(), EntityId::generate().toString()},
                                {m_keychain, 3600000});
        // The session looks the pending payment up with its own gateway,
        // which makes the PaymentIntent (never confirmed, so then released).
        QVERIFY(session.checkout()->paymentContext().gateway);
        QTRY_VERIFY_WITH_TIMEOUT(session.checkout()->message().contains(u"not charged"), 15000);
        QCOMPARE(stripe.chargeCount(), 0);
        QHash<QString, QString> form;
        for (const test::FakeStripe::Request &r : stripe.requests())
            if (r.method == "POST" && r.path == "/v1/payment_intents")
                for (const auto &[key, value] : QUrlQuery(QString::fromUtf8(r.body)).queryItems(QUrl::FullyDecoded))
                    form.insert(key, value);
        QCOMPARE(form.value(QStringLiteral("metadata[msp_payment_id]")), payment->id.toString());
        QCOMPARE(form.value(QStringLiteral("metadata[msp_org_id]")), clinicId);
    }
};

QTEST_MAIN(TestAppStartPayments)
#include "tst_appstartpayments.moc"
