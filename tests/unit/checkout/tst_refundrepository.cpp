#include "checkout/invoicebuilder.h"
#include "checkout/paymentrepository.h"
#include "checkout/refundrepository.h"
#include "checkoutfixture.h"
#include "store/clinicstore.h"
#include "store/invoicerepository.h"

#include <QTest>

using namespace msp;
using namespace msp::checkout;

class TestRefundRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void partialCardRefundWaitsForProcessor();
    void wholeRefundMarksInvoiceRefunded();
    void failedCardRefundCanBeRetriedAsNew();
    void frontDeskCannotRefund();
};

namespace {
// $450 paid with $100 cash then $350 by card (pi_paid).
Invoice paidInvoice(test::CheckoutFixture &f)
{
    InvoiceDraft d;
    d.appointment = f.appointment;
    d.service = f.service;
    auto inv = f.store().invoices().create(f.actor, buildInvoice(d, CheckoutPolicy {}).valueOr({}));
    if (!inv)
        return {};
    PaymentRepository payments(f.store());
    TenderLine cash;
    cash.kind = TenderKind::Cash;
    cash.amountMinor = 10000;
    if (!payments.addTender(f.actor, inv->id, cash))
        return {};
    auto p = payments.beginCardPayment(f.actor, inv->id, 35000);
    if (!p || !payments.completeCardPayment(f.actor, p->id, QStringLiteral("pi_paid")))
        return {};
    return f.store().invoices().find(inv->id).valueOr({});
}
} // namespace

void TestRefundRepository::partialCardRefundWaitsForProcessor()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    const Invoice inv = paidInvoice(f);
    QCOMPARE(inv.status, InvoiceStatus::Paid);
    RefundRepository refunds(f.store());
    auto made = refunds.begin(f.actor, inv.id, 5000, QStringLiteral("Bruising, goodwill"));
    QVERIFY(made.isOk());
    QCOMPARE(made->size(), 1);
    QCOMPARE(made->first().kind, TenderKind::Card);
    QCOMPARE(made->first().status, PaymentStatus::Pending);
    QCOMPARE(made->first().providerRef, QStringLiteral("pi_paid"));
    auto done = refunds.complete(f.actor, made->first().id, QStringLiteral("re_1"));
    QVERIFY(done.isOk());
    QCOMPARE(done->status, PaymentStatus::Succeeded);
    QCOMPARE(done->providerRef, QStringLiteral("re_1"));
    QCOMPARE(f.store().invoices().find(inv.id)->status, InvoiceStatus::Paid);
}

void TestRefundRepository::wholeRefundMarksInvoiceRefunded()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    const Invoice inv = paidInvoice(f);
    RefundRepository refunds(f.store());
    auto made = refunds.begin(f.actor, inv.id, 45000, QStringLiteral("Treatment not done"));
    QVERIFY(made.isOk());
    QCOMPARE(made->size(), 2);
    QCOMPARE(made->at(1).kind, TenderKind::Cash);
    QCOMPARE(made->at(1).status, PaymentStatus::Succeeded);
    // The card part is still pending, so the invoice is not refunded yet.
    QCOMPARE(f.store().invoices().find(inv.id)->status, InvoiceStatus::Paid);
    QVERIFY(refunds.complete(f.actor, made->at(0).id, QStringLiteral("re_2")).isOk());
    QCOMPARE(f.store().invoices().find(inv.id)->status, InvoiceStatus::Refunded);
    QVERIFY(!refunds.begin(f.actor, inv.id, 1, QStringLiteral("again")).isOk());
}

void TestRefundRepository::failedCardRefundCanBeRetriedAsNew()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    const Invoice inv = paidInvoice(f);
    RefundRepository refunds(f.store());
    auto made = refunds.begin(f.actor, inv.id, 35000, QStringLiteral("Wrong amount charged"));
    QVERIFY(made.isOk());
    QVERIFY(refunds.fail(f.actor, made->first().id, QStringLiteral("Stripe could not be reached")).isOk());
    auto again = refunds.begin(f.actor, inv.id, 35000, QStringLiteral("Wrong amount charged"));
    QVERIFY(again.isOk());
    QCOMPARE(again->first().kind, TenderKind::Card);
    QCOMPARE(refunds.forInvoice(inv.id)->size(), 2);
}

void TestRefundRepository::frontDeskCannotRefund()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    const Invoice inv = paidInvoice(f);
    auto r = RefundRepository(f.store()).begin(test::actorWithRole(Role::FrontDesk), inv.id, 100, QStringLiteral("x"));
    QCOMPARE(r.isOk(), roleAllows(Role::FrontDesk, Permission::Refund));
}

QTEST_GUILESS_MAIN(TestRefundRepository)
#include "tst_refundrepository.moc"
