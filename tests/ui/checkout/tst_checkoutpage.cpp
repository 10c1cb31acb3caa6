#include "checkout/cardflow.h"
#include "checkout/checkoutpage.h"
#include "checkout/paymentrepository.h"
#include "checkoutfixture.h"
#include "fakestripe.h"
#include "store/clinicrepository.h"
#include "store/clinicstore.h"
#include "store/invoicerepository.h"
#include "store/syncreplica.h"
#include "stripe/curltransport.h"
#include "stripe/stripegateway.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTest>
#include <QUrlQuery>

using namespace msp;

class TestCheckoutPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void paysWithCashAndAlle();
    void cardSaysWhyItCannotRunOffline();
    void cardDeclineLeavesInvoiceOpen();
    void webhookStateShowsOnTheInvoice();
};

namespace {
User frontDesk(const test::CheckoutFixture &f)
{
    User u;
    u.id = f.actor.userId;
    u.role = Role::FrontDesk;
    u.displayName = QStringLiteral("Frankie");
    return u;
}

template<typename T>
T *child(QWidget &page, const char *name)
{
    T *w = page.findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("missing widget %s", name);
    return w;
}

void pay(ui::CheckoutPage &page, TenderKind kind, const QString &amount, const QString &code = {})
{
    auto *kinds = child<QComboBox>(page, "tenderKind");
    kinds->setCurrentIndex(kinds->findData(tenderKey(kind)));
    child<QLineEdit>(page, "tenderAmount")->setText(amount);
    child<QLineEdit>(page, "authCode")->setText(code);
    QTest::mouseClick(child<QPushButton>(page, "addTenderButton"), Qt::LeftButton);
}

void start(ui::CheckoutPage &page, const test::CheckoutFixture &f)
{
    auto *combo = child<QComboBox>(page, "appointmentCombo");
    combo->setCurrentIndex(combo->findData(f.appointment.id.toString()));
    QTest::mouseClick(child<QPushButton>(page, "startButton"), Qt::LeftButton);
}
} // namespace

void TestCheckoutPage::paysWithCashAndAlle()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    ui::CheckoutPage page(f.store(), frontDesk(f));
    page.show();
    start(page, f);
    QCOMPARE(page.currentInvoice().totalMinor(), qint64(45000));
    child<QLineEdit>(page, "tipAmount")->setText(QStringLiteral("50.00"));
    const auto buttons = page.findChildren<QPushButton *>();
    for (QPushButton *b : buttons)
        if (b->text() == u"Set tip")
            QTest::mouseClick(b, Qt::LeftButton);
    QCOMPARE(page.currentInvoice().totalMinor(), qint64(50000));

    pay(page, TenderKind::Alle, QStringLiteral("100.00"), QStringLiteral("ALLE-55512"));
    QVERIFY2(page.message().contains(u"recorded"), qPrintable(page.message()));
    pay(page, TenderKind::Cash, QStringLiteral("420.00"));
    QVERIFY2(page.message().contains(u"Change due: $20.00"), qPrintable(page.message()));
    QVERIFY(page.message().contains(u"Paid in full"));
    QVERIFY(!child<QPushButton>(page, "addTenderButton")->isEnabled());

    auto saved = f.store().invoices().find(page.currentInvoice().id);
    QVERIFY(saved.isOk());
    QCOMPARE(saved->status, InvoiceStatus::Paid);
    QCOMPARE(saved->tenders.size(), 2);
    QCOMPARE(saved->tenders[0].kind, TenderKind::Alle);
    QCOMPARE(saved->tenders[0].authorisationCode, QStringLiteral("ALLE-55512"));
    QCOMPARE(saved->tenders[0].rewardValueMinor, qint64(10000));
    QCOMPARE(saved->tenders[1].amountMinor, qint64(40000));
    QCOMPARE(saved->lines.last().kind, LineKind::Tip);
    QCOMPARE(saved->lines.last().practitionerId, f.practitioner.id);

    const QString pdf = f.temp.dir.filePath(QStringLiteral("receipt.pdf"));
    QVERIFY(page.saveReceiptPdf(pdf));
    QFile file(pdf);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.read(5).startsWith("%PDF"));
    QVERIFY(file.size() > 1000);
}

void TestCheckoutPage::cardSaysWhyItCannotRunOffline()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    ui::CheckoutPage page(f.store(), frontDesk(f));
    start(page, f);
    pay(page, TenderKind::Card, QStringLiteral("450.00"));
    QVERIFY2(page.message().contains(u"not set up"), qPrintable(page.message()));
    stripe::StripeGateway gateway({}, std::make_unique<stripe::CurlTransport>());
    page.setCardGateway(&gateway, false);
    pay(page, TenderKind::Card, QStringLiteral("450.00"));
    QVERIFY2(page.message().contains(u"need an internet connection"), qPrintable(page.message()));
    // Cash still works offline.
    pay(page, TenderKind::Cash, QStringLiteral("450.00"));
    QVERIFY(page.message().contains(u"Paid in full"));
}

void TestCheckoutPage::cardDeclineLeavesInvoiceOpen()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    test::FakeStripe fake;
    QVERIFY(fake.start());
    stripe::CurlOptions options;
    options.caBundlePath = test::FakeStripe::caCertificatePath();
    stripe::StripeConfig config;
    config.apiKey = test::FakeStripe::apiKey();
    config.baseUrl = fake.baseUrl();
    stripe::StripeGateway gateway(ui::clinicStripeConfig(f.store(), config),
                                  std::make_unique<stripe::CurlTransport>(options));
    ui::CheckoutPage page(f.store(), frontDesk(f));
    page.setCardGateway(&gateway, true);
    page.setCardPaymentMethod(QStringLiteral("pm_card_chargeDeclinedInsufficientFunds"));
    start(page, f);
    pay(page, TenderKind::Card, QString());
    QTRY_COMPARE(page.message(), QStringLiteral("Card declined: insufficient funds"));
    QCOMPARE(f.store().invoices().find(page.currentInvoice().id)->status, InvoiceStatus::Open);
    page.setCardPaymentMethod(QStringLiteral("pm_card_visa"));
    pay(page, TenderKind::Card, QString());
    QTRY_VERIFY(page.message().startsWith(u"Card payment of $450.00 approved"));
    QCOMPARE(f.store().invoices().find(page.currentInvoice().id)->status, InvoiceStatus::Paid);
    QCOMPARE(fake.chargeCount(), 1);

    // Each PaymentIntent names its local payment and the clinic, which is how
    // the server's webhook matches Stripe's events to them.
    QStringList sent;
    for (const test::FakeStripe::Request &r : fake.requests()) {
        if (r.method != "POST" || r.path != "/v1/payment_intents")
            continue;
        QHash<QString, QString> form;
        for (const auto &[key, value] : QUrlQuery(QString::fromUtf8(r.body)).queryItems(QUrl::FullyDecoded))
            form.insert(key, value);
        QCOMPARE(form.value(QStringLiteral("metadata[msp_org_id]")), f.store().clinic().clinic()->id.toString());
        sent.append(form.value(QStringLiteral("metadata[msp_payment_id]")));
    }
    QStringList payments;
    for (const checkout::Payment &p :
         checkout::PaymentRepository(f.store()).paymentsFor(page.currentInvoice().id).valueOr({}))
        payments.append(p.id.toString());
    QCOMPARE(payments.size(), 2); // the declined one and the approved one
    QCOMPARE(sent, payments);
}

void TestCheckoutPage::webhookStateShowsOnTheInvoice()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    test::FakeStripe fake;
    QVERIFY(fake.start());
    stripe::CurlOptions options;
    options.caBundlePath = test::FakeStripe::caCertificatePath();
    stripe::StripeConfig config;
    config.apiKey = test::FakeStripe::apiKey();
    config.baseUrl = fake.baseUrl();
    stripe::StripeGateway gateway(config, std::make_unique<stripe::CurlTransport>(options));
    ui::CheckoutPage page(f.store(), frontDesk(f));
    page.setCardGateway(&gateway, true);
    page.setCardPaymentMethod(QStringLiteral("pm_card_visa"));
    start(page, f);
    pay(page, TenderKind::Card, QString());
    QTRY_VERIFY(page.message().startsWith(u"Card payment of $450.00 approved"));
    auto *processor = child<QLabel>(page, "processorStatus");
    QVERIFY(processor->isHidden()); // nothing heard from Stripe's webhooks yet
    const QString intent = page.currentInvoice().tenders.first().reference;

    // The sync server heard from Stripe: the charge succeeded, $15 went back
    // (from another device), and a payout is on its way.
    store::SyncReplica replica(f.store().database(), f.store().audit(), f.store().outbox());
    QVERIFY(replica.applyPage({{QStringLiteral("payment"),
                                EntityId(),
                                {{QStringLiteral("intent_id"), intent},
                                 {QStringLiteral("status"), QStringLiteral("succeeded")},
                                 {QStringLiteral("amount"), 45000},
                                 {QStringLiteral("amount_received"), 45000},
                                 {QStringLiteral("amount_refunded"), 1500},
                                 {QStringLiteral("currency"), QStringLiteral("USD")}}},
                               {QStringLiteral("payout"),
                                EntityId(),
                                {{QStringLiteral("payout_id"), QStringLiteral("po_1")},
                                 {QStringLiteral("status"), QStringLiteral("in_transit")},
                                 {QStringLiteral("amount"), 120000},
                                 {QStringLiteral("currency"), QStringLiteral("USD")},
                                 {QStringLiteral("arrival_date"), QStringLiteral("2031-05-01T00:00:00.000Z")}}}},
                              {}, QStringLiteral("cursor-1")));
    QVERIFY(page.openInvoice(page.currentInvoice().id));
    QVERIFY(!processor->isHidden());
    QCOMPARE(processor->text(), QStringLiteral("Card payment of $450.00: Stripe reports it paid. $15.00 refunded."));
    auto *payout = child<QLabel>(page, "payoutStatus");
    QVERIFY(!payout->isHidden());
    QVERIFY2(payout->text().startsWith(u"Latest Stripe payout: $1,200.00, on its way to the bank (arrival "),
             qPrintable(payout->text()));
}

QTEST_MAIN(TestCheckoutPage)
#include "tst_checkoutpage.moc"
