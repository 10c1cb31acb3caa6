#include "checkout/invoicebuilder.h"
#include "checkout/paymentrepository.h"
#include "checkoutfixture.h"
#include "store/auditlog.h"
#include "store/clinicstore.h"
#include "store/invoicerepository.h"
#include "store/outbox.h"

#include <QTest>

using namespace msp;
using namespace msp::checkout;

Q_DECLARE_METATYPE(msp::TenderKind)

class TestPaymentRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cashAndAllePayInFull();
    void tenderWritesAuditAndOutboxTogether();
    void declinedCardLeavesInvoiceUnpaid();
    void completedCardIsRecordedOnce();
    void manualCardEntryRefused();
    void pendingPaymentsSurviveRestart();
    void refusedByRole_data();
    void refusedByRole();
    void policyRoundTrip();
    void voidOnlyWithoutPayments();
};

namespace {
Invoice openInvoice(test::CheckoutFixture &f, qint64 tip = 0)
{
    InvoiceDraft d;
    d.appointment = f.appointment;
    d.service = f.service;
    d.tipMinor = tip;
    auto inv = buildInvoice(d, CheckoutPolicy {});
    if (!inv)
        return {};
    auto saved = f.store().invoices().create(f.actor, *inv);
    return saved ? *saved : Invoice {};
}

TenderLine tender(TenderKind kind, qint64 amount, const QString &code = {})
{
    TenderLine t;
    t.kind = kind;
    t.amountMinor = amount;
    t.authorisationCode = code;
    return t;
}
} // namespace

void TestPaymentRepository::cashAndAllePayInFull()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    const Invoice inv = openInvoice(f);
    PaymentRepository payments(f.store());
    auto first = payments.addTender(f.actor, inv.id, tender(TenderKind::Alle, 5000, QStringLiteral("AL-123")));
    QVERIFY(first.isOk());
    QCOMPARE(first->invoice.status, InvoiceStatus::Open);
    QCOMPARE(first->invoice.balanceMinor(), qint64(40000));
    auto second = payments.addTender(f.actor, inv.id, tender(TenderKind::Cash, 50000));
    QVERIFY(second.isOk());
    QCOMPARE(second->changeDueMinor, qint64(10000));
    QCOMPARE(second->tender.amountMinor, qint64(40000));
    QCOMPARE(second->invoice.status, InvoiceStatus::Paid);

    QVERIFY(f.temp.reopen());
    auto reloaded = f.store().invoices().find(inv.id);
    QVERIFY(reloaded.isOk());
    QCOMPARE(reloaded->status, InvoiceStatus::Paid);
    QCOMPARE(reloaded->tenders.size(), 2);
    QCOMPARE(reloaded->tenders[0].authorisationCode, QStringLiteral("AL-123"));
    QCOMPARE(reloaded->tenders[0].rewardValueMinor, qint64(5000));
    QCOMPARE(f.store().invoices().loyaltyTenderCount().valueOr(0), qint64(1));
}

void TestPaymentRepository::tenderWritesAuditAndOutboxTogether()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    const Invoice inv = openInvoice(f);
    const qint64 audits = f.store().audit().count().valueOr(-1);
    const qint64 pending = f.store().outbox().pendingCount().valueOr(-1);
    PaymentRepository payments(f.store());
    QVERIFY(payments.addTender(f.actor, inv.id, tender(TenderKind::Cash, 1000)).isOk());
    QCOMPARE(f.store().audit().count().valueOr(-1), audits + 1);
    QCOMPARE(f.store().outbox().pendingCount().valueOr(-1), pending + 1);
    auto last = f.store().outbox().pending(1000);
    QVERIFY(last.isOk());
    QCOMPARE(last->last().name, QStringLiteral("add_tender"));
    QCOMPARE(last->last().payload.value(QStringLiteral("amount_minor")).toInteger(), 1000);

    // A refused tender changes nothing at all.
    QVERIFY(!payments.addTender(f.actor, inv.id, tender(TenderKind::Aspire, 1000)).isOk());
    QCOMPARE(f.store().audit().count().valueOr(-1), audits + 1);
    QCOMPARE(f.store().outbox().pendingCount().valueOr(-1), pending + 1);
    QVERIFY(f.store().audit().verifyChain().isOk());
}

void TestPaymentRepository::declinedCardLeavesInvoiceUnpaid()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    const Invoice inv = openInvoice(f);
    PaymentRepository payments(f.store());
    auto p = payments.beginCardPayment(f.actor, inv.id, 45000);
    QVERIFY(p.isOk());
    QCOMPARE(p->status, PaymentStatus::Pending);
    auto failed = payments.failCardPayment(f.actor, p->id, QStringLiteral("Card declined: insufficient funds"));
    QVERIFY(failed.isOk());
    QCOMPARE(failed->status, PaymentStatus::Failed);
    auto after = f.store().invoices().find(inv.id);
    QCOMPARE(after->status, InvoiceStatus::Open);
    QVERIFY(after->tenders.isEmpty());
    QCOMPARE(payments.payment(p->id)->failure, QStringLiteral("Card declined: insufficient funds"));
    // A failed payment cannot later be completed: a new attempt is a new payment.
    QVERIFY(!payments.completeCardPayment(f.actor, p->id, QStringLiteral("pi_x")).isOk());
}

void TestPaymentRepository::completedCardIsRecordedOnce()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    const Invoice inv = openInvoice(f, 5000);
    PaymentRepository payments(f.store());
    QVERIFY(!payments.beginCardPayment(f.actor, inv.id, 50001).isOk()); // more than owed
    auto p = payments.beginCardPayment(f.actor, inv.id, 50000);
    QVERIFY(p.isOk());
    QVERIFY(payments.completeCardPayment(f.actor, p->id, QStringLiteral("pi_123")).isOk());
    QVERIFY(payments.completeCardPayment(f.actor, p->id, QStringLiteral("pi_123")).isOk());
    auto after = f.store().invoices().find(inv.id);
    QCOMPARE(after->tenders.size(), 1);
    QCOMPARE(after->tenders[0].reference, QStringLiteral("pi_123"));
    QCOMPARE(after->status, InvoiceStatus::Paid);
    QCOMPARE(payments.paymentsFor(inv.id)->size(), 1);
    QCOMPARE(payments.payment(p->id)->tenderLineId, after->tenders[0].id);
}

void TestPaymentRepository::manualCardEntryRefused()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    const Invoice inv = openInvoice(f);
    auto r = PaymentRepository(f.store()).addTender(f.actor, inv.id, tender(TenderKind::Card, 1000));
    QVERIFY(!r.isOk());
    QCOMPARE(r.error().field, QStringLiteral("kind"));
}

void TestPaymentRepository::pendingPaymentsSurviveRestart()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    const Invoice inv = openInvoice(f);
    EntityId id;
    {
        PaymentRepository payments(f.store());
        auto p = payments.beginCardPayment(f.actor, inv.id, 45000);
        QVERIFY(p.isOk());
        id = p->id;
    }
    QVERIFY(f.temp.reopen());
    PaymentRepository payments(f.store());
    auto pending = payments.pendingPayments();
    QVERIFY(pending.isOk());
    QCOMPARE(pending->size(), 1);
    QCOMPARE(pending->first().id, id);
    QCOMPARE(pending->first().amountMinor, qint64(45000));
}

void TestPaymentRepository::refusedByRole_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("allowed");
    QTest::newRow("front desk takes payment") << int(Role::FrontDesk) << true;
    QTest::newRow("manager takes payment") << int(Role::Manager) << true;
}

void TestPaymentRepository::refusedByRole()
{
    QFETCH(int, role);
    QFETCH(bool, allowed);
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    const Invoice inv = openInvoice(f);
    auto r = PaymentRepository(f.store()).addTender(test::actorWithRole(Role(role)), inv.id,
                                                    tender(TenderKind::Cash, 100));
    QCOMPARE(r.isOk(), allowed && roleAllows(Role(role), Permission::Checkout));
}

void TestPaymentRepository::policyRoundTrip()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    PaymentRepository payments(f.store());
    QCOMPARE(payments.policy()->retailTaxBasisPoints, qint64(0));
    CheckoutPolicy p;
    p.retailTaxBasisPoints = 825;
    p.noShowFeeMinor = 5000;
    QVERIFY(payments.savePolicy(f.actor, p).isOk());
    p.retailTaxBasisPoints = 900;
    QVERIFY(payments.savePolicy(f.actor, p).isOk());
    QVERIFY(f.temp.reopen());
    auto back = PaymentRepository(f.store()).policy();
    QVERIFY(back.isOk());
    QCOMPARE(back->retailTaxBasisPoints, qint64(900));
    QCOMPARE(back->noShowFeeMinor, qint64(5000));
    QVERIFY(!PaymentRepository(f.store()).savePolicy(test::actorWithRole(Role::FrontDesk), p).isOk()
            || roleAllows(Role::FrontDesk, Permission::ManageClinic));
}

void TestPaymentRepository::voidOnlyWithoutPayments()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    const Invoice inv = openInvoice(f);
    PaymentRepository payments(f.store());
    QVERIFY(!payments.voidInvoice(f.actor, inv.id, QString()).isOk());
    auto voided = payments.voidInvoice(f.actor, inv.id, QStringLiteral("Booked twice"));
    QVERIFY(voided.isOk());
    QCOMPARE(f.store().invoices().find(inv.id)->status, InvoiceStatus::Void);
    QVERIFY(!payments.invoiceForAppointment(f.appointment.id)->has_value());
    const Invoice other = openInvoice(f);
    QVERIFY(payments.addTender(f.actor, other.id, tender(TenderKind::Cash, 100)).isOk());
    QCOMPARE(payments.voidInvoice(f.actor, other.id, QStringLiteral("x")).error().code, ErrorCode::Conflict);
    QCOMPARE(payments.invoiceForAppointment(f.appointment.id)->value().id, other.id);
}

QTEST_GUILESS_MAIN(TestPaymentRepository)
#include "tst_paymentrepository.moc"
