// Deposits from the calendar: "Book and take deposit…" in the booking dialog
// and the deposits of the appointment dialog (take one, refund a held one),
// cash offline and card through the fake Stripe, with the ids the server's
// webhook matches on.
#include "../checkout/checkoutuitest.h"
#include "calendar/appointmentdialog.h"
#include "calendar/bookingdialog.h"
#include "calendarfixture.h"
#include "checkout/cardflow.h"
#include "checkout/depositdialog.h"
#include "checkout/depositrefunddialog.h"
#include "checkout/depositrepository.h"
#include "checkout/depositspanel.h"
#include "checkout/paymentrepository.h"
#include "checkout/pendingpayments.h"
#include "checkout/refundrepository.h"
#include "store/clientrepository.h"
#include "store/clinicrepository.h"
#include "store/clinicstore.h"
#include "store/practitionerrepository.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace msp;
using namespace msp::checkout;
using test::CalendarFixture;

class TestCalendarDeposits : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void bookAndTakeCashDeposit();
    void bookAndTakeCardDepositNamesPaymentAndClinic();
    void appointmentDialogTakesADepositAndListsIt();
    void cardDepositOfflineIsRefusedPlainly();
    void cardDepositRefundedPartlyThroughStripe();
    void lostCardRefundAnswerIsSentAgainNotPaidTwice();
    void cashDepositRefundedOffline();
    void frontDeskCannotRefundADeposit();

private:
    ui::PaymentContext context(bool online, bool withGateway, Role role = Role::Admin) const;
    std::unique_ptr<ui::BookingDialog> bookingDialog(QDate day);
    std::unique_ptr<ui::AppointmentDialog> appointmentDialog(const Appointment &a, const ui::PaymentContext &c);
    Deposit cashDeposit(const Appointment &a, qint64 amount);
    qint64 suggestedDeposit() const { return m_fx.service.price.minorUnits() / 5; }
    QString money(qint64 minor) const { return Money(minor, QStringLiteral("USD")).toDisplayString(); }
    store::ClinicStore &store() { return *m_fx.store.store; }

    CalendarFixture m_fx;
    int m_day = 0; // each case books on a day of its own
    std::unique_ptr<test::FakeStripe> m_stripe;
    std::unique_ptr<stripe::StripeGateway> m_gateway;
};

namespace {
QHash<QString, QString> formOf(const QByteArray &body)
{
    QHash<QString, QString> form;
    const QUrlQuery query(QString::fromUtf8(body));
    for (const auto &[key, value] : query.queryItems(QUrl::FullyDecoded))
        form.insert(key, value);
    return form;
}

QList<test::FakeStripe::Request> posts(const test::FakeStripe &fake, const QByteArray &path)
{
    QList<test::FakeStripe::Request> found;
    for (const test::FakeStripe::Request &r : fake.requests())
        if (r.method == "POST" && r.path == path)
            found.append(r);
    return found;
}
} // namespace

void TestCalendarDeposits::initTestCase()
{
    QVERIFY(m_fx.seed());
    CheckoutPolicy policy;
    policy.depositBasisPoints = 2000;
    QVERIFY(PaymentRepository(store()).savePolicy(test::adminActor(), policy).isOk());
}

void TestCalendarDeposits::init()
{
    m_stripe = std::make_unique<test::FakeStripe>();
    QVERIFY(m_stripe->start());
    m_gateway = test::gatewayTo(ui::clinicStripeConfig(store(), test::fakeStripeConfig(*m_stripe)));
}

void TestCalendarDeposits::cleanup()
{
    m_gateway.reset();
    m_stripe.reset();
}

ui::PaymentContext TestCalendarDeposits::context(bool online, bool withGateway, Role role) const
{
    ui::PaymentContext c;
    c.actor = test::actorWithRole(role);
    c.gateway = withGateway ? m_gateway.get() : nullptr;
    c.online = online;
    c.paymentMethod = QStringLiteral("pm_card_visa");
    return c;
}

std::unique_ptr<ui::BookingDialog> TestCalendarDeposits::bookingDialog(QDate day)
{
    ui::BookingDefaults defaults;
    defaults.start = m_fx.at(day, 10);
    defaults.practitionerId = m_fx.practitioner.id;
    auto dialog = std::make_unique<ui::BookingDialog>(store(), test::adminActor(), CalendarFixture::zone(), defaults);
    auto *service = dialog->findChild<QComboBox *>(QStringLiteral("service"));
    service->setCurrentIndex(service->findData(m_fx.service.id.toString()));
    auto clients = store().clients().search(u"", 3);
    if (clients && !clients->isEmpty())
        dialog->setClient(clients->last());
    dialog->show();
    return dialog;
}

std::unique_ptr<ui::AppointmentDialog> TestCalendarDeposits::appointmentDialog(const Appointment &a,
                                                                               const ui::PaymentContext &c)
{
    auto dialog
        = std::make_unique<ui::AppointmentDialog>(store(), a, QStringLiteral("Client"), CalendarFixture::zone());
    auto *panel = dialog->findChild<ui::DepositsPanel *>();
    if (!panel)
        qFatal("the appointment dialog has no deposits panel");
    panel->setPaymentContext(c);
    panel->reload();
    dialog->show();
    return dialog;
}

Deposit TestCalendarDeposits::cashDeposit(const Appointment &a, qint64 amount)
{
    Deposit d;
    d.appointmentId = a.id;
    d.clientId = a.clientId;
    d.kind = TenderKind::Cash;
    d.amountMinor = amount;
    return DepositRepository(store()).recordDeposit(test::adminActor(), d).valueOr({});
}

void TestCalendarDeposits::bookAndTakeCashDeposit()
{
    auto dialog = bookingDialog(CalendarFixture::kQuiet.addDays(7 * ++m_day));
    // No checkout page in this window: the dialog's own actor, no card.
    QTest::mouseClick(test::child<QPushButton>(*dialog, "bookWithDeposit"), Qt::LeftButton);
    QVERIFY(!dialog->booked().id.isNull());
    QVERIFY(dialog->result() != QDialog::Accepted); // not before the deposit
    ui::DepositDialog *deposit = dialog->depositDialog();
    QVERIFY(deposit);
    QCOMPARE(test::child<QLineEdit>(*deposit, "depositAmount")->text(),
             Money(suggestedDeposit(), QStringLiteral("USD")).toPlainString());
    // Card is the first choice; the dialog says at once why it cannot be used.
    QVERIFY2(deposit->message().contains(u"Card payments are not set up on this computer"),
             qPrintable(deposit->message()));
    auto *kind = test::child<QComboBox>(*deposit, "depositKind");
    kind->setCurrentIndex(kind->findData(tenderKey(TenderKind::Cash)));
    QVERIFY(deposit->message().isEmpty());
    test::child<QLineEdit>(*deposit, "depositReference")->setText(QStringLiteral("R-1001"));
    QTest::mouseClick(test::child<QPushButton>(*deposit, "takeDepositButton"), Qt::LeftButton);
    QCOMPARE(deposit->message(),
             QStringLiteral("Deposit of %1 recorded; checkout applies it.").arg(money(suggestedDeposit())));
    deposit->close();
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    const auto held = DepositRepository(store()).forAppointment(dialog->booked().id).valueOr({});
    QCOMPARE(held.size(), 1);
    QCOMPARE(held.first().kind, TenderKind::Cash);
    QCOMPARE(held.first().amountMinor, suggestedDeposit());
    QCOMPARE(held.first().reference, QStringLiteral("R-1001"));
    QCOMPARE(held.first().status, DepositStatus::Held);
}

void TestCalendarDeposits::bookAndTakeCardDepositNamesPaymentAndClinic()
{
    auto dialog = bookingDialog(CalendarFixture::kQuiet.addDays(7 * ++m_day));
    dialog->setPaymentContext(context(true, true));
    QTest::mouseClick(test::child<QPushButton>(*dialog, "bookWithDeposit"), Qt::LeftButton);
    ui::DepositDialog *deposit = dialog->depositDialog();
    QVERIFY(deposit);
    QVERIFY(deposit->message().isEmpty()); // the card can be taken
    QTest::mouseClick(test::child<QPushButton>(*deposit, "takeDepositButton"), Qt::LeftButton);
    QTRY_COMPARE(deposit->message(), QStringLiteral("Card payment of %1 approved.").arg(money(suggestedDeposit())));
    QCOMPARE(m_stripe->chargeCount(), 1);
    deposit->close();
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    const auto held = DepositRepository(store()).forAppointment(dialog->booked().id).valueOr({});
    QCOMPARE(held.size(), 1);
    QCOMPARE(held.first().kind, TenderKind::Card);
    QVERIFY(held.first().reference.startsWith(u"pi_"));
    // The server's webhook matches the PaymentIntent by these two.
    const auto creates = posts(*m_stripe, "/v1/payment_intents");
    QCOMPARE(creates.size(), 1);
    const QHash<QString, QString> form = formOf(creates.first().body);
    QCOMPARE(form.value(QStringLiteral("metadata[msp_payment_id]")), held.first().id.toString()); // the payment's id
    const Clinic clinic = store().clinic().clinic().valueOr({});
    QVERIFY(!clinic.id.isNull());
    QCOMPARE(form.value(QStringLiteral("metadata[msp_org_id]")), clinic.id.toString());
    QCOMPARE(form.value(QStringLiteral("metadata[appointment_id]")), dialog->booked().id.toString());
}

void TestCalendarDeposits::appointmentDialogTakesADepositAndListsIt()
{
    const Appointment a = m_fx.book(m_fx.at(CalendarFixture::kQuiet.addDays(7 * ++m_day), 11));
    QVERIFY(!a.id.isNull());
    auto dialog = appointmentDialog(a, context(false, false));
    auto *list = test::child<QListWidget>(*dialog, "appointmentDeposits");
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), QStringLiteral("No deposit taken."));
    QVERIFY(!test::child<QPushButton>(*dialog, "refundDepositButton")->isEnabled());
    auto *take = test::child<QPushButton>(*dialog, "openDepositButton");
    QVERIFY(take->isEnabled());
    QTest::mouseClick(take, Qt::LeftButton);
    auto *deposit = dialog->findChild<ui::DepositDialog *>();
    QVERIFY(deposit);
    auto *kind = test::child<QComboBox>(*deposit, "depositKind");
    kind->setCurrentIndex(kind->findData(tenderKey(TenderKind::Cash)));
    test::child<QLineEdit>(*deposit, "depositAmount")->setText(QStringLiteral("50"));
    QTest::mouseClick(test::child<QPushButton>(*deposit, "takeDepositButton"), Qt::LeftButton);
    QCOMPARE(deposit->message(), QStringLiteral("Deposit of $50.00 recorded; checkout applies it."));
    QCOMPARE(list->count(), 1);
    QCOMPARE(list->item(0)->text(), QStringLiteral("Deposit $50.00 by Cash, held"));
    QVERIFY(test::child<QPushButton>(*dialog, "refundDepositButton")->isEnabled());
}

void TestCalendarDeposits::cardDepositOfflineIsRefusedPlainly()
{
    const Appointment a = m_fx.book(m_fx.at(CalendarFixture::kQuiet.addDays(7 * ++m_day), 11));
    auto dialog = appointmentDialog(a, context(false, true));
    QTest::mouseClick(test::child<QPushButton>(*dialog, "openDepositButton"), Qt::LeftButton);
    auto *deposit = dialog->findChild<ui::DepositDialog *>();
    QVERIFY(deposit);
    QVERIFY2(deposit->message().contains(u"needs an internet connection"), qPrintable(deposit->message()));
    QTest::mouseClick(test::child<QPushButton>(*deposit, "takeDepositButton"), Qt::LeftButton);
    QVERIFY2(deposit->message().contains(u"needs an internet connection"), qPrintable(deposit->message()));
    QVERIFY(DepositRepository(store()).forAppointment(a.id)->isEmpty());
    QVERIFY(m_stripe->requests().isEmpty());
}

void TestCalendarDeposits::cardDepositRefundedPartlyThroughStripe()
{
    const Appointment a = m_fx.book(m_fx.at(CalendarFixture::kQuiet.addDays(7 * ++m_day), 11));
    auto dialog = appointmentDialog(a, context(true, true));
    QTest::mouseClick(test::child<QPushButton>(*dialog, "openDepositButton"), Qt::LeftButton);
    auto *deposit = dialog->findChild<ui::DepositDialog *>();
    QVERIFY(deposit);
    test::child<QLineEdit>(*deposit, "depositAmount")->setText(QStringLiteral("100"));
    QTest::mouseClick(test::child<QPushButton>(*deposit, "takeDepositButton"), Qt::LeftButton);
    QTRY_COMPARE(deposit->message(), QStringLiteral("Card payment of $100.00 approved."));
    deposit->close();

    // The client cancels in time; the clinic keeps $25 of it.
    QTest::mouseClick(test::child<QPushButton>(*dialog, "refundDepositButton"), Qt::LeftButton);
    auto *refund = dialog->findChild<ui::DepositRefundDialog *>();
    QVERIFY(refund);
    auto *amount = test::child<QLineEdit>(*refund, "depositRefundAmount");
    QCOMPARE(amount->text(), QStringLiteral("100.00"));
    amount->setText(QStringLiteral("75"));
    QTest::mouseClick(test::child<QPushButton>(*refund, "depositRefundButton"), Qt::LeftButton);
    QVERIFY2(refund->message().contains(u"Enter why"), qPrintable(refund->message())); // a reason first
    QVERIFY(RefundRepository(store()).forAppointmentDeposits(a.id)->isEmpty());
    test::child<QLineEdit>(*refund, "depositRefundReason")->setText(QStringLiteral("Cancelled two days ahead"));
    QTest::mouseClick(test::child<QPushButton>(*refund, "depositRefundButton"), Qt::LeftButton);
    QTRY_COMPARE(refund->message(), QStringLiteral("Stripe accepted the refund of $75.00 to the card."));
    QCOMPARE(m_stripe->refundedTotal(), qint64(7500));

    const auto refunds = RefundRepository(store()).forAppointmentDeposits(a.id).valueOr({});
    QCOMPARE(refunds.size(), 1);
    QCOMPARE(refunds.first().status, PaymentStatus::Succeeded);
    QVERIFY(refunds.first().providerRef.startsWith(u"re_"));
    const auto sent = posts(*m_stripe, "/v1/refunds");
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.first().idempotencyKey,
             stripe::StripeGateway::idempotencyKey(refunds.first().id.toString(), u"refund"));
    const auto held = DepositRepository(store()).forAppointment(a.id).valueOr({});
    QCOMPARE(held.first().status, DepositStatus::Held);
    QCOMPARE(held.first().amountMinor, qint64(2500));
    QCOMPARE(formOf(sent.first().body).value(QStringLiteral("payment_intent")), held.first().reference);

    auto *list = test::child<QListWidget>(*dialog, "appointmentDeposits");
    QCOMPARE(list->count(), 2);
    QVERIFY2(list->item(0)->text().startsWith(u"Deposit $25.00 by Card, held"), qPrintable(list->item(0)->text()));
    QCOMPARE(list->item(1)->text().trimmed(), QStringLiteral("Refunded $75.00: Cancelled two days ahead"));
}

void TestCalendarDeposits::lostCardRefundAnswerIsSentAgainNotPaidTwice()
{
    m_gateway->setSleeper([](int) {});
    const Appointment a = m_fx.book(m_fx.at(CalendarFixture::kQuiet.addDays(7 * ++m_day), 11));
    auto dialog = appointmentDialog(a, context(true, true));
    QTest::mouseClick(test::child<QPushButton>(*dialog, "openDepositButton"), Qt::LeftButton);
    auto *deposit = dialog->findChild<ui::DepositDialog *>();
    QVERIFY(deposit);
    test::child<QLineEdit>(*deposit, "depositAmount")->setText(QStringLiteral("80"));
    QTest::mouseClick(test::child<QPushButton>(*deposit, "takeDepositButton"), Qt::LeftButton);
    QTRY_COMPARE(deposit->message(), QStringLiteral("Card payment of $80.00 approved."));
    deposit->close();

    // Stripe refunds the card, and the answer to every try (the gateway's
    // four) is lost on the way back.
    m_stripe->injectFault(test::FakeStripe::Fault::DropAfterCharge, 4, "/refunds");
    QTest::mouseClick(test::child<QPushButton>(*dialog, "refundDepositButton"), Qt::LeftButton);
    auto *refund = dialog->findChild<ui::DepositRefundDialog *>();
    QVERIFY(refund);
    test::child<QLineEdit>(*refund, "depositRefundReason")->setText(QStringLiteral("Cancelled in time"));
    QTest::mouseClick(test::child<QPushButton>(*refund, "depositRefundButton"), Qt::LeftButton);
    QTRY_VERIFY2(refund->message().startsWith(u"The card refund did not go through"), qPrintable(refund->message()));
    auto pending = RefundRepository(store()).forAppointmentDeposits(a.id).valueOr({});
    QCOMPARE(pending.size(), 1);
    QCOMPARE(pending.first().status, PaymentStatus::Pending);
    QCOMPARE(m_stripe->refundedTotal(), qint64(8000));

    // At the next start the pending refund goes again with the same key:
    // Stripe answers from its record, and the card gets the money once.
    ui::PendingPaymentRecovery recovery(store(), *m_gateway, test::adminActor());
    QSignalSpy finished(&recovery, &ui::PendingPaymentRecovery::finished);
    recovery.start();
    QTRY_COMPARE(finished.count(), 1);
    const auto settled = RefundRepository(store()).forAppointmentDeposits(a.id).valueOr({});
    QCOMPARE(settled.first().status, PaymentStatus::Succeeded);
    QCOMPARE(m_stripe->refundedTotal(), qint64(8000));
    const QByteArray key = stripe::StripeGateway::idempotencyKey(settled.first().id.toString(), u"refund");
    const auto sent = posts(*m_stripe, "/v1/refunds");
    QVERIFY(sent.size() >= 2);
    for (const test::FakeStripe::Request &r : sent)
        QCOMPARE(r.idempotencyKey, key);
    QCOMPARE(DepositRepository(store()).forAppointment(a.id)->first().status, DepositStatus::Refunded);
}

void TestCalendarDeposits::cashDepositRefundedOffline()
{
    const Appointment a = m_fx.book(m_fx.at(CalendarFixture::kQuiet.addDays(7 * ++m_day), 11));
    const Deposit d = cashDeposit(a, 6000);
    QVERIFY(!d.id.isNull());
    auto dialog = appointmentDialog(a, context(false, false, Role::Manager));
    QTest::mouseClick(test::child<QPushButton>(*dialog, "refundDepositButton"), Qt::LeftButton);
    auto *refund = dialog->findChild<ui::DepositRefundDialog *>();
    QVERIFY(refund);
    test::child<QLineEdit>(*refund, "depositRefundReason")->setText(QStringLiteral("Cancelled in time"));
    QTest::mouseClick(test::child<QPushButton>(*refund, "depositRefundButton"), Qt::LeftButton);
    QCOMPARE(refund->message(), QStringLiteral("Refund of $60.00 recorded; give it to the client."));
    QCOMPARE(DepositRepository(store()).find(d.id)->status, DepositStatus::Refunded);
    QVERIFY(!test::child<QPushButton>(*refund, "depositRefundButton")->isEnabled());
    QVERIFY(!test::child<QPushButton>(*dialog, "refundDepositButton")->isEnabled());
    QVERIFY(m_stripe->requests().isEmpty());
    QCOMPARE(test::child<QListWidget>(*dialog, "appointmentDeposits")->item(0)->text(),
             QStringLiteral("Deposit $60.00 by Cash, refunded"));
}

void TestCalendarDeposits::frontDeskCannotRefundADeposit()
{
    if (roleAllows(Role::FrontDesk, Permission::Refund))
        QSKIP("the front desk may refund in this build");
    const Appointment a = m_fx.book(m_fx.at(CalendarFixture::kQuiet.addDays(7 * ++m_day), 11));
    QVERIFY(!cashDeposit(a, 6000).id.isNull());
    auto dialog = appointmentDialog(a, context(true, false, Role::FrontDesk));
    QVERIFY(test::child<QPushButton>(*dialog, "openDepositButton")->isEnabled());
    QVERIFY(!test::child<QPushButton>(*dialog, "refundDepositButton")->isEnabled());
}

QTEST_MAIN(TestCalendarDeposits)
#include "tst_calendardeposits.moc"
