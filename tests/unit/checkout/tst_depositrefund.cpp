#include "checkout/depositrepository.h"
#include "checkout/paymentrepository.h"
#include "checkout/refundrepository.h"
#include "checkoutfixture.h"
#include "store/auditlog.h"
#include "store/clinicstore.h"
#include "store/outbox.h"
#include "store/recordrows.h"

#include <QTest>

using namespace msp;
using namespace msp::checkout;

// A deposit taken at booking goes back when the client cancels in time:
// whole or partly, with a reason, cash at once and card through the
// processor (pending until it confirms), audited and queued for sync in the
// same transaction; a refused card refund puts the money back on hold.
class TestDepositRefund : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void wholeCashRefund();
    void partialRefundLeavesTheRestHeld();
    void cardRefundWaitsForTheProcessor();
    void refusedCardRefundHoldsTheMoneyAgain();
    void refusals_data();
    void refusals();
    void frontDeskCannotRefund();
};

namespace {
Deposit cashDeposit(test::CheckoutFixture &f, qint64 amount)
{
    Deposit d;
    d.appointmentId = f.appointment.id;
    d.clientId = f.client.id;
    d.kind = TenderKind::Cash;
    d.amountMinor = amount;
    return DepositRepository(f.store()).recordDeposit(f.actor, d).valueOr({});
}

// A card deposit as the card flow leaves it: the payment's id is the deposit's.
Deposit cardDeposit(test::CheckoutFixture &f, qint64 amount)
{
    PaymentRepository payments(f.store());
    auto p = payments.beginDepositPayment(f.actor, f.appointment.id, amount, QStringLiteral("USD"));
    if (!p || !payments.completeCardPayment(f.actor, p->id, QStringLiteral("pi_deposit")))
        return {};
    return DepositRepository(f.store()).find(p->id).valueOr({});
}

QList<store::OutboxMutation> outbox(test::CheckoutFixture &f)
{
    return f.store().outbox().pending(1000).valueOr({});
}
} // namespace

void TestDepositRefund::wholeCashRefund()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    const Deposit d = cashDeposit(f, 9000);
    QVERIFY(!d.id.isNull());
    const qsizetype queued = outbox(f).size();
    RefundRepository refunds(f.store());
    auto r = refunds.refundDeposit(f.actor, d.id, 9000, QStringLiteral("  Cancelled two days ahead "));
    QVERIFY2(r.isOk(), qPrintable(r.isOk() ? QString() : r.error().message));
    QCOMPARE(r->kind, TenderKind::Cash);
    QCOMPARE(r->status, PaymentStatus::Succeeded);
    QCOMPARE(r->depositId, d.id);
    QVERIFY(r->invoiceId.isNull());
    QCOMPARE(r->reason, QStringLiteral("Cancelled two days ahead"));
    const Deposit after = DepositRepository(f.store()).find(d.id).valueOr({});
    QCOMPARE(after.status, DepositStatus::Refunded);
    QCOMPARE(DepositRepository(f.store()).heldMinor(f.appointment.id, QStringLiteral("USD")).valueOr(-1), qint64(0));
    QCOMPARE(refunds.forAppointmentDeposits(f.appointment.id)->size(), 1);
    QVERIFY(refunds.pending()->isEmpty());

    // Record sync sends the refund row and the deposit row it changed.
    const auto mutations = outbox(f);
    QCOMPARE(mutations.size(), queued + 2);
    QCOMPARE(mutations.at(queued).name, QStringLiteral("record_refund"));
    QCOMPARE(mutations.at(queued).entityId, r->id);
    QCOMPARE(mutations.at(queued).payload.value(u"deposit_id").toString(), d.id.toString());
    QCOMPARE(mutations.at(queued + 1).name, QStringLiteral("record_deposit"));
    QCOMPARE(mutations.at(queued + 1).entityId, d.id);
    for (const store::OutboxMutation &m : mutations.mid(queued))
        QVERIFY2(store::isRecordMutation(m.name), qPrintable(m.name));
    auto refundRows = store::recordRowsFor(f.store().database(), QStringLiteral("record_refund"), r->id);
    QVERIFY(refundRows.isOk());
    QCOMPARE(refundRows->size(), 1);
    QCOMPARE(refundRows->first().data.value(u"deposit_id").toString(), d.id.toString());
    auto depositRows = store::recordRowsFor(f.store().database(), QStringLiteral("record_deposit"), d.id);
    QVERIFY(depositRows.isOk());
    QCOMPARE(depositRows->size(), 1);
    QCOMPARE(depositRows->first().data.value(u"status").toString(), QStringLiteral("refunded"));
    auto events = f.store().audit().recent(1, QStringLiteral("deposit"), d.id);
    QVERIFY(events && !events->isEmpty());
    QCOMPARE(events->first().action, QStringLiteral("deposit.refund"));
    QCOMPARE(events->first().detail, QStringLiteral("90.00"));
}

void TestDepositRefund::partialRefundLeavesTheRestHeld()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    const Deposit d = cashDeposit(f, 10000);
    RefundRepository refunds(f.store());
    QVERIFY(refunds.refundDeposit(f.actor, d.id, 2550, QStringLiteral("Booking fee kept")).isOk());
    Deposit after = DepositRepository(f.store()).find(d.id).valueOr({});
    QCOMPARE(after.status, DepositStatus::Held);
    QCOMPARE(after.amountMinor, qint64(7450));
    QCOMPARE(DepositRepository(f.store()).heldMinor(f.appointment.id, QStringLiteral("USD")).valueOr(-1), qint64(7450));
    // The rest later, to the cent.
    QVERIFY(refunds.refundDeposit(f.actor, d.id, 7450, QStringLiteral("Rest of it")).isOk());
    after = DepositRepository(f.store()).find(d.id).valueOr({});
    QCOMPARE(after.status, DepositStatus::Refunded);
    qint64 back = 0;
    for (const Refund &r : refunds.forAppointmentDeposits(f.appointment.id).valueOr({}))
        back += r.amountMinor;
    QCOMPARE(back, qint64(10000));
}

void TestDepositRefund::cardRefundWaitsForTheProcessor()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    const Deposit d = cardDeposit(f, 9000);
    QCOMPARE(d.kind, TenderKind::Card);
    RefundRepository refunds(f.store());
    auto r = refunds.refundDeposit(f.actor, d.id, 9000, QStringLiteral("Cancelled in time"));
    QVERIFY(r.isOk());
    QCOMPARE(r->status, PaymentStatus::Pending);
    QCOMPARE(r->providerRef, QStringLiteral("pi_deposit"));
    // Pending refunds of deposits are retried like an invoice's.
    QCOMPARE(refunds.pending()->size(), 1);
    QCOMPARE(refunds.pending()->first().id, r->id);
    // Not held while Stripe is asked: checkout cannot apply it meanwhile.
    QCOMPARE(DepositRepository(f.store()).find(d.id)->status, DepositStatus::Refunded);
    auto done = refunds.complete(f.actor, r->id, QStringLiteral("re_dep"));
    QVERIFY(done.isOk());
    QCOMPARE(done->status, PaymentStatus::Succeeded);
    QCOMPARE(done->providerRef, QStringLiteral("re_dep"));
    QVERIFY(refunds.pending()->isEmpty());
    QCOMPARE(DepositRepository(f.store()).find(d.id)->status, DepositStatus::Refunded);
}

void TestDepositRefund::refusedCardRefundHoldsTheMoneyAgain()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    const Deposit d = cardDeposit(f, 9000);
    RefundRepository refunds(f.store());
    auto part = refunds.refundDeposit(f.actor, d.id, 4000, QStringLiteral("Partly"));
    QVERIFY(part.isOk());
    QCOMPARE(DepositRepository(f.store()).find(d.id)->amountMinor, qint64(5000));
    QVERIFY(refunds.fail(f.actor, part->id, QStringLiteral("Card declined")).isOk());
    Deposit after = DepositRepository(f.store()).find(d.id).valueOr({});
    QCOMPARE(after.status, DepositStatus::Held);
    QCOMPARE(after.amountMinor, qint64(9000));
    // A repeated answer does not hold it twice.
    QVERIFY(refunds.fail(f.actor, part->id, QStringLiteral("Card declined")).isOk());
    QCOMPARE(DepositRepository(f.store()).find(d.id)->amountMinor, qint64(9000));

    auto whole = refunds.refundDeposit(f.actor, d.id, 9000, QStringLiteral("All of it"));
    QVERIFY(whole.isOk());
    QVERIFY(refunds.fail(f.actor, whole->id, QStringLiteral("Card declined")).isOk());
    after = DepositRepository(f.store()).find(d.id).valueOr({});
    QCOMPARE(after.status, DepositStatus::Held);
    QCOMPARE(after.amountMinor, qint64(9000));
}

void TestDepositRefund::refusals_data()
{
    QTest::addColumn<qint64>("amount");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<bool>("forfeitFirst");
    QTest::addColumn<QString>("message");
    QTest::newRow("no reason") << qint64(100) << QStringLiteral("  ") << false << QStringLiteral("Enter why");
    QTest::newRow("zero") << qint64(0) << QStringLiteral("x") << false << QStringLiteral("more than zero");
    QTest::newRow("more than held") << qint64(9001) << QStringLiteral("x") << false
                                    << QStringLiteral("Only $90.00 of this deposit is held");
    QTest::newRow("already kept") << qint64(100) << QStringLiteral("x") << true
                                  << QStringLiteral("Only a deposit still held");
}

void TestDepositRefund::refusals()
{
    QFETCH(qint64, amount);
    QFETCH(QString, reason);
    QFETCH(bool, forfeitFirst);
    QFETCH(QString, message);
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    const Deposit d = cashDeposit(f, 9000);
    if (forfeitFirst)
        QVERIFY(DepositRepository(f.store()).forfeit(f.actor, d.id, QStringLiteral("No-show")).isOk());
    const qsizetype queued = outbox(f).size();
    auto r = RefundRepository(f.store()).refundDeposit(f.actor, d.id, amount, reason);
    QVERIFY(!r.isOk());
    QVERIFY2(r.error().message.contains(message), qPrintable(r.error().message));
    QCOMPARE(outbox(f).size(), queued);
    QVERIFY(RefundRepository(f.store()).forAppointmentDeposits(f.appointment.id)->isEmpty());
    QCOMPARE(DepositRepository(f.store()).find(d.id)->amountMinor, qint64(9000));
}

void TestDepositRefund::frontDeskCannotRefund()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    const Deposit d = cashDeposit(f, 9000);
    auto r = RefundRepository(f.store()).refundDeposit(test::actorWithRole(Role::FrontDesk), d.id, 9000,
                                                       QStringLiteral("Cancelled"));
    QCOMPARE(r.isOk(), roleAllows(Role::FrontDesk, Permission::Refund));
}

QTEST_GUILESS_MAIN(TestDepositRefund)
#include "tst_depositrefund.moc"
