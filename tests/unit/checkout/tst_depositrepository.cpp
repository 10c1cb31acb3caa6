#include "checkout/depositrepository.h"
#include "checkout/invoicebuilder.h"
#include "checkout/paymentrepository.h"
#include "checkoutfixture.h"
#include "store/clinicstore.h"
#include "store/invoicerepository.h"

#include <QTest>

using namespace msp;
using namespace msp::checkout;

class TestDepositRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cardDepositIsHeldThenApplied();
    void depositsSpanTwoTendersWithLeftover();
    void noShowFeeKeepsTheDeposit();
    void refusals();
};

namespace {
Invoice saveInvoice(test::CheckoutFixture &f, const Invoice &draft)
{
    auto saved = f.store().invoices().create(f.actor, draft);
    return saved ? *saved : Invoice {};
}

Invoice serviceInvoice(test::CheckoutFixture &f)
{
    InvoiceDraft d;
    d.appointment = f.appointment;
    d.service = f.service;
    return saveInvoice(f, buildInvoice(d, CheckoutPolicy {}).valueOr({}));
}
} // namespace

void TestDepositRepository::cardDepositIsHeldThenApplied()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    PaymentRepository payments(f.store());
    DepositRepository deposits(f.store());
    auto p = payments.beginDepositPayment(f.actor, f.appointment.id, 9000, QStringLiteral("USD"));
    QVERIFY(p.isOk());
    QVERIFY(deposits.forAppointment(f.appointment.id)->isEmpty());
    QVERIFY(payments.completeCardPayment(f.actor, p->id, QStringLiteral("pi_dep")).isOk());
    auto held = deposits.forAppointment(f.appointment.id);
    QCOMPARE(held->size(), 1);
    QCOMPARE(held->first().status, DepositStatus::Held);
    QCOMPARE(held->first().reference, QStringLiteral("pi_dep"));
    QCOMPARE(held->first().clientId, f.client.id);

    const Invoice inv = serviceInvoice(f);
    auto applied = deposits.applyHeld(f.actor, inv.id);
    QVERIFY(applied.isOk());
    QCOMPARE(applied->tenders.size(), 1);
    QCOMPARE(applied->tenders[0].kind, TenderKind::Card);
    QCOMPARE(applied->tenders[0].amountMinor, qint64(9000));
    QCOMPARE(applied->balanceMinor(), qint64(36000));
    QCOMPARE(deposits.forAppointment(f.appointment.id)->first().status, DepositStatus::Applied);
    // Applying again finds nothing held and changes nothing.
    QCOMPARE(deposits.applyHeld(f.actor, inv.id)->tenders.size(), 1);
}

void TestDepositRepository::depositsSpanTwoTendersWithLeftover()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    DepositRepository deposits(f.store());
    Deposit cash;
    cash.appointmentId = f.appointment.id;
    cash.clientId = f.client.id;
    cash.kind = TenderKind::Cash;
    cash.amountMinor = 20000;
    QVERIFY(deposits.recordDeposit(f.actor, cash).isOk());
    Deposit gift = cash;
    gift.kind = TenderKind::GiftCard;
    gift.amountMinor = 30000;
    gift.reference = QStringLiteral("GC-1");
    QVERIFY(deposits.recordDeposit(f.actor, gift).isOk());

    const Invoice inv = serviceInvoice(f);
    auto applied = deposits.applyHeld(f.actor, inv.id);
    QVERIFY(applied.isOk());
    QCOMPARE(applied->status, InvoiceStatus::Paid);
    QCOMPARE(applied->tenders.size(), 2);
    QCOMPARE(applied->tenders[1].amountMinor, qint64(25000));
    const QList<Deposit> after = deposits.forAppointment(f.appointment.id).valueOr({});
    QCOMPARE(after[0].status, DepositStatus::Applied);
    QCOMPARE(after[1].status, DepositStatus::Held);
    QCOMPARE(after[1].amountMinor, qint64(5000));
}

void TestDepositRepository::noShowFeeKeepsTheDeposit()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    DepositRepository deposits(f.store());
    Deposit cash;
    cash.appointmentId = f.appointment.id;
    cash.clientId = f.client.id;
    cash.kind = TenderKind::Cash;
    cash.amountMinor = 9000;
    QVERIFY(deposits.recordDeposit(f.actor, cash).isOk());
    CheckoutPolicy policy;
    policy.noShowFeeMinor = 5000;
    auto fee = buildFeeInvoice(FeeKind::NoShow, f.appointment, f.service, policy, QStringLiteral("USD"));
    QVERIFY(fee.isOk());
    const Invoice inv = saveInvoice(f, *fee);
    auto applied = deposits.applyHeld(f.actor, inv.id);
    QVERIFY(applied.isOk());
    QCOMPARE(applied->status, InvoiceStatus::Paid);
    const Deposit left = deposits.forAppointment(f.appointment.id)->first();
    QCOMPARE(left.amountMinor, qint64(4000));
    QVERIFY(!deposits.forfeit(f.actor, left.id, QString()).isOk());
    QVERIFY(deposits.forfeit(f.actor, left.id, QStringLiteral("Policy: whole deposit kept")).isOk());
    QCOMPARE(deposits.forAppointment(f.appointment.id)->first().status, DepositStatus::Forfeited);
}

void TestDepositRepository::refusals()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    DepositRepository deposits(f.store());
    Deposit d;
    d.appointmentId = f.appointment.id;
    d.clientId = f.client.id;
    d.kind = TenderKind::Card;
    d.amountMinor = 100;
    QCOMPARE(deposits.recordDeposit(f.actor, d).error().field, QStringLiteral("kind"));
    d.kind = TenderKind::Alle;
    QCOMPARE(deposits.recordDeposit(f.actor, d).error().field, QStringLiteral("kind"));
    d.kind = TenderKind::Cash;
    d.amountMinor = 0;
    QCOMPARE(deposits.recordDeposit(f.actor, d).error().field, QStringLiteral("amount"));
}

QTEST_GUILESS_MAIN(TestDepositRepository)
#include "tst_depositrepository.moc"
