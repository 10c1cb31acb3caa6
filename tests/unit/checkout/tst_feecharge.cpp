#include "checkout/depositrepository.h"
#include "checkout/feecharge.h"
#include "checkout/paymentrepository.h"
#include "checkoutfixture.h"
#include "store/appointmentrepository.h"
#include "store/clinicstore.h"
#include "store/invoicerepository.h"

#include <QTest>

using namespace msp;
using namespace msp::checkout;

// No-show and late-cancel fees from the clinic's policy, paid from the
// deposit held for the appointment, the rest of the deposit kept: one
// transaction, or nothing at all.
class TestFeeCharge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fee_data();
    void fee();
    void nothingToChargeChangesNothing();
    void notPermittedChangesNothing();
    void noShowFeeMarksTheAppointmentNoShow();
    void noShowFeeOnANoShowKeepsItsHistory();
    void lateCancelFeeLeavesItCancelled();
    void noShowFeeOnACancelledAppointmentChangesNothing();
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

QStringList historyOf(test::CheckoutFixture &f)
{
    QStringList lines;
    for (const store::AppointmentHistoryEntry &e : f.store().appointments().history(f.appointment.id).valueOr({}))
        lines.append(e.fromStatus + u'>' + e.toStatus);
    return lines;
}

void setPolicy(test::CheckoutFixture &f, qint64 noShowMinor, qint64 lateCancelMinor)
{
    CheckoutPolicy policy;
    policy.noShowFeeMinor = noShowMinor;
    policy.lateCancelFeeMinor = lateCancelMinor;
    QVERIFY(PaymentRepository(f.store()).savePolicy(f.actor, policy).isOk());
}

int invoiceCount(test::CheckoutFixture &f)
{
    return int(f.store().invoices().forClient(f.client.id).valueOr({}).size());
}
} // namespace

void TestFeeCharge::fee_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<qint64>("feeMinor");
    QTest::addColumn<qint64>("feeBasisPoints");
    QTest::addColumn<qint64>("depositMinor");
    QTest::addColumn<qint64>("expectedFee");
    QTest::addColumn<qint64>("expectedApplied");
    QTest::addColumn<qint64>("expectedForfeited");
    QTest::addColumn<qint64>("expectedBalance");
    // $450 service.
    QTest::newRow("no-show fee smaller than deposit")
        << int(FeeKind::NoShow) << qint64(5000) << qint64(0) << qint64(10000) << qint64(5000) << qint64(5000)
        << qint64(5000) << qint64(0);
    QTest::newRow("no-show fee larger than deposit")
        << int(FeeKind::NoShow) << qint64(15000) << qint64(0) << qint64(10000) << qint64(15000) << qint64(10000)
        << qint64(0) << qint64(5000);
    QTest::newRow("late cancel, half the price, no deposit")
        << int(FeeKind::LateCancel) << qint64(0) << qint64(5000) << qint64(0) << qint64(22500) << qint64(0) << qint64(0)
        << qint64(22500);
    QTest::newRow("no fee in policy: deposit kept") << int(FeeKind::NoShow) << qint64(0) << qint64(0) << qint64(9000)
                                                    << qint64(0) << qint64(0) << qint64(9000) << qint64(-1);
}

void TestFeeCharge::fee()
{
    QFETCH(int, kind);
    QFETCH(qint64, feeMinor);
    QFETCH(qint64, feeBasisPoints);
    QFETCH(qint64, depositMinor);
    QFETCH(qint64, expectedFee);
    QFETCH(qint64, expectedApplied);
    QFETCH(qint64, expectedForfeited);
    QFETCH(qint64, expectedBalance);
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    CheckoutPolicy policy;
    policy.noShowFeeMinor = kind == int(FeeKind::NoShow) ? feeMinor : 0;
    policy.lateCancelFeeMinor = kind == int(FeeKind::LateCancel) ? feeMinor : 0;
    policy.lateCancelFeeBasisPoints = kind == int(FeeKind::LateCancel) ? feeBasisPoints : 0;
    QVERIFY(PaymentRepository(f.store()).savePolicy(f.actor, policy).isOk());
    if (depositMinor > 0)
        QVERIFY(!cashDeposit(f, depositMinor).id.isNull());

    auto preview = previewFee(f.store(), FeeKind(kind), f.appointment.id);
    QVERIFY(preview.isOk());
    QCOMPARE(preview->feeMinor, expectedFee);
    QCOMPARE(preview->heldMinor, depositMinor);

    auto charged = chargeFee(f.store(), f.actor, FeeKind(kind), f.appointment.id);
    QVERIFY2(charged.isOk(), qPrintable(charged.isOk() ? QString() : charged.error().message));
    QCOMPARE(charged->feeMinor, expectedFee);
    QCOMPARE(charged->depositAppliedMinor, expectedApplied);
    QCOMPARE(charged->depositForfeitedMinor, expectedForfeited);
    QCOMPARE(charged->invoice.has_value(), expectedBalance >= 0);
    if (charged->invoice) {
        auto saved = f.store().invoices().find(charged->invoice->id);
        QCOMPARE(saved->totalMinor(), expectedFee);
        QCOMPARE(saved->balanceMinor(), expectedBalance);
        QCOMPARE(saved->status, expectedBalance == 0 ? InvoiceStatus::Paid : InvoiceStatus::Open);
        QCOMPARE(saved->lines.first().kind, LineKind::Fee);
    }
    for (const Deposit &d : DepositRepository(f.store()).forAppointment(f.appointment.id).valueOr({}))
        QVERIFY(d.status != DepositStatus::Held); // nothing is left held after a fee
}

void TestFeeCharge::nothingToChargeChangesNothing()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    auto charged = chargeFee(f.store(), f.actor, FeeKind::NoShow, f.appointment.id);
    QVERIFY(!charged.isOk());
    QVERIFY(charged.error().message.contains(u"no no-show fee"));
    QCOMPARE(invoiceCount(f), 0);
}

void TestFeeCharge::notPermittedChangesNothing()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    CheckoutPolicy policy;
    policy.noShowFeeMinor = 5000;
    QVERIFY(PaymentRepository(f.store()).savePolicy(f.actor, policy).isOk());
    cashDeposit(f, 10000);
    auto charged = chargeFee(f.store(), test::actorWithRole(Role::Practitioner), FeeKind::NoShow, f.appointment.id);
    QVERIFY(!charged.isOk());
    QCOMPARE(charged.error().code, ErrorCode::NotPermitted);
    QCOMPARE(invoiceCount(f), 0);
    QCOMPARE(DepositRepository(f.store()).forAppointment(f.appointment.id)->first().status, DepositStatus::Held);
}

void TestFeeCharge::noShowFeeMarksTheAppointmentNoShow()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    setPolicy(f, 5000, 0);
    const QStringList before = historyOf(f);
    auto charged = chargeFee(f.store(), f.actor, FeeKind::NoShow, f.appointment.id);
    QVERIFY2(charged.isOk(), qPrintable(charged.isOk() ? QString() : charged.error().message));
    QCOMPARE(f.store().appointments().find(f.appointment.id)->status, AppointmentStatus::NoShow);
    const QStringList after = historyOf(f);
    QCOMPARE(after.size(), before.size() + 1);
    QCOMPARE(after.last(), QStringLiteral("booked>noshow"));
    QCOMPARE(f.store().appointments().history(f.appointment.id)->last().reason, QStringLiteral("No-show fee"));
}

void TestFeeCharge::noShowFeeOnANoShowKeepsItsHistory()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    setPolicy(f, 5000, 0);
    QVERIFY(f.store().appointments().setStatus(f.actor, f.appointment.id, AppointmentStatus::NoShow).isOk());
    const QStringList before = historyOf(f);
    QVERIFY(chargeFee(f.store(), f.actor, FeeKind::NoShow, f.appointment.id).isOk());
    QCOMPARE(f.store().appointments().find(f.appointment.id)->status, AppointmentStatus::NoShow);
    QCOMPARE(historyOf(f), before); // not marked a second time
    QCOMPARE(invoiceCount(f), 1);
}

void TestFeeCharge::lateCancelFeeLeavesItCancelled()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    setPolicy(f, 0, 7500);
    QVERIFY(f.store()
                .appointments()
                .setStatus(f.actor, f.appointment.id, AppointmentStatus::Cancelled, QStringLiteral("Client called"))
                .isOk());
    const QStringList before = historyOf(f);
    auto charged = chargeFee(f.store(), f.actor, FeeKind::LateCancel, f.appointment.id);
    QVERIFY(charged.isOk());
    QCOMPARE(charged->feeMinor, qint64(7500));
    QCOMPARE(f.store().appointments().find(f.appointment.id)->status, AppointmentStatus::Cancelled);
    QCOMPARE(historyOf(f), before);
}

void TestFeeCharge::noShowFeeOnACancelledAppointmentChangesNothing()
{
    test::CheckoutFixture f;
    QVERIFY(f.seeded);
    setPolicy(f, 5000, 0);
    cashDeposit(f, 10000);
    QVERIFY(f.store()
                .appointments()
                .setStatus(f.actor, f.appointment.id, AppointmentStatus::Cancelled, QStringLiteral("Client called"))
                .isOk());
    const QStringList before = historyOf(f);
    auto charged = chargeFee(f.store(), f.actor, FeeKind::NoShow, f.appointment.id);
    QVERIFY(!charged.isOk());
    QVERIFY2(charged.error().message.contains(u"cannot be marked"), qPrintable(charged.error().message));
    QCOMPARE(f.store().appointments().find(f.appointment.id)->status, AppointmentStatus::Cancelled);
    QCOMPARE(historyOf(f), before);
    QCOMPARE(invoiceCount(f), 0);
    QCOMPARE(DepositRepository(f.store()).forAppointment(f.appointment.id)->first().status, DepositStatus::Held);
}

QTEST_GUILESS_MAIN(TestFeeCharge)
#include "tst_feecharge.moc"
