#include "checkout/invoicebuilder.h"

#include <QTest>

using namespace msp;
using namespace msp::checkout;

Q_DECLARE_METATYPE(msp::checkout::DiscountScope)

class TestInvoiceBuilder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void totals_data();
    void totals();
    void tipGoesToPractitionerUntaxed();
    void discountLinesCarryTheirRate();
    void refusals_data();
    void refusals();
    void tipFromPercent_data();
    void tipFromPercent();
    void fees_data();
    void fees();
    void lateCancellation_data();
    void lateCancellation();
    void deposit();
};

namespace {
Appointment appointmentAt(const QDateTime &start)
{
    Appointment a;
    a.id = EntityId::generate();
    a.clientId = EntityId::generate();
    a.practitionerId = EntityId::generate();
    a.serviceId = EntityId::generate();
    a.start = start;
    a.end = start.addSecs(3600);
    return a;
}

Service serviceAt(qint64 priceMinor)
{
    Service s;
    if (priceMinor > 0)
        s.id = EntityId::generate();
    s.name = QStringLiteral("Botox, 20 units");
    s.price = Money(priceMinor, QStringLiteral("USD"));
    return s;
}

InvoiceDraft draft(qint64 servicePrice)
{
    InvoiceDraft d;
    d.appointment = appointmentAt(QDateTime(QDate(2025, 3, 14), QTime(15, 0), Qt::UTC));
    d.service = serviceAt(servicePrice);
    return d;
}
} // namespace

void TestInvoiceBuilder::totals_data()
{
    QTest::addColumn<qint64>("servicePrice");
    QTest::addColumn<qint64>("serviceTax");
    QTest::addColumn<qint64>("retailTax");
    QTest::addColumn<qint64>("productQty");
    QTest::addColumn<qint64>("productPrice");
    QTest::addColumn<DiscountScope>("scope");
    QTest::addColumn<qint64>("discountBp");
    QTest::addColumn<qint64>("discountAmount");
    QTest::addColumn<qint64>("tip");
    QTest::addColumn<qint64>("subtotal");
    QTest::addColumn<qint64>("tax");
    QTest::addColumn<qint64>("total");

    const auto all = DiscountScope::Everything;
    QTest::newRow("service only, untaxed")
        << qint64(45000) << qint64(0) << qint64(825) << qint64(0) << qint64(0) << all << qint64(0) << qint64(0)
        << qint64(0) << qint64(45000) << qint64(0) << qint64(45000);
    QTest::newRow("service and taxed retail")
        << qint64(45000) << qint64(0) << qint64(825) << qint64(2) << qint64(3200) << all << qint64(0) << qint64(0)
        << qint64(0) << qint64(51400) << qint64(528) << qint64(51928);
    QTest::newRow("10% off everything over two rates")
        << qint64(45000) << qint64(0) << qint64(825) << qint64(2) << qint64(3200) << all << qint64(1000) << qint64(0)
        << qint64(0) << qint64(46260) << qint64(475) << qint64(46735);
    QTest::newRow("$25 off services leaves retail tax alone")
        << qint64(45000) << qint64(0) << qint64(825) << qint64(2) << qint64(3200) << DiscountScope::Services
        << qint64(0) << qint64(2500) << qint64(0) << qint64(48900) << qint64(528) << qint64(49428);
    QTest::newRow("taxed service, tip untaxed")
        << qint64(30000) << qint64(600) << qint64(0) << qint64(0) << qint64(0) << all << qint64(0) << qint64(0)
        << qint64(6000) << qint64(36000) << qint64(1800) << qint64(37800);
    QTest::newRow("15% off retail rounds tax per line")
        << qint64(0) << qint64(0) << qint64(825) << qint64(1) << qint64(999) << DiscountScope::Products << qint64(1500)
        << qint64(0) << qint64(0) << qint64(849) << qint64(70) << qint64(919);
    QTest::newRow("100% off everything") << qint64(45000) << qint64(0) << qint64(825) << qint64(0) << qint64(0) << all
                                         << qint64(10000) << qint64(0) << qint64(0) << qint64(0) << qint64(0)
                                         << qint64(0);
    QTest::newRow("tip on top of discount and tax")
        << qint64(45000) << qint64(0) << qint64(825) << qint64(2) << qint64(3200) << all << qint64(1000) << qint64(0)
        << qint64(8100) << qint64(54360) << qint64(475) << qint64(54835);
}

void TestInvoiceBuilder::totals()
{
    QFETCH(qint64, servicePrice);
    QFETCH(qint64, serviceTax);
    QFETCH(qint64, retailTax);
    QFETCH(qint64, productQty);
    QFETCH(qint64, productPrice);
    QFETCH(DiscountScope, scope);
    QFETCH(qint64, discountBp);
    QFETCH(qint64, discountAmount);
    QFETCH(qint64, tip);
    QFETCH(qint64, subtotal);
    QFETCH(qint64, tax);
    QFETCH(qint64, total);

    CheckoutPolicy policy;
    policy.serviceTaxBasisPoints = serviceTax;
    policy.retailTaxBasisPoints = retailTax;
    InvoiceDraft d = draft(servicePrice);
    if (productQty > 0)
        d.products.append(ProductSale {QStringLiteral("SPF 50 tinted"), productQty, productPrice});
    if (discountBp > 0 || discountAmount > 0)
        d.discounts.append(DiscountRule {QStringLiteral("Spring offer"), scope, discountBp, discountAmount});
    d.tipMinor = tip;

    auto inv = buildInvoice(d, policy);
    QVERIFY2(inv.isOk(), qPrintable(inv.isOk() ? QString() : inv.error().message));
    QCOMPARE(inv->subtotalMinor(), subtotal);
    QCOMPARE(inv->taxMinor(), tax);
    QCOMPARE(inv->totalMinor(), total);
    QCOMPARE(inv->balanceMinor(), total);
    QCOMPARE(inv->clientId, d.appointment.clientId);
    QCOMPARE(inv->appointmentId, d.appointment.id);
}

void TestInvoiceBuilder::tipGoesToPractitionerUntaxed()
{
    CheckoutPolicy policy;
    policy.serviceTaxBasisPoints = 1000;
    InvoiceDraft d = draft(20000);
    d.tipMinor = 4000;
    auto inv = buildInvoice(d, policy);
    QVERIFY(inv.isOk());
    const InvoiceLine &tip = inv->lines.last();
    QCOMPARE(tip.kind, LineKind::Tip);
    QCOMPARE(tip.practitionerId, d.appointment.practitionerId);
    QCOMPARE(tip.taxMinor(), qint64(0));
    QCOMPARE(inv->lines.first().practitionerId, d.appointment.practitionerId);
    QCOMPARE(inv->lines.first().serviceId, d.service.id);
}

void TestInvoiceBuilder::discountLinesCarryTheirRate()
{
    CheckoutPolicy policy;
    policy.retailTaxBasisPoints = 825;
    InvoiceDraft d = draft(45000);
    d.products.append(ProductSale {QStringLiteral("Serum"), 1, 6400});
    d.discounts.append(DiscountRule {QString(), DiscountScope::Everything, 1000, 0});
    auto inv = buildInvoice(d, policy);
    QVERIFY(inv.isOk());
    QList<InvoiceLine> discounts;
    for (const InvoiceLine &l : inv->lines)
        if (l.kind == LineKind::Discount)
            discounts.append(l);
    QCOMPARE(discounts.size(), 2);
    QCOMPARE(discounts[0].taxBasisPoints, qint64(0));
    QCOMPARE(discounts[0].unitPriceMinor, qint64(-4500));
    QCOMPARE(discounts[1].taxBasisPoints, qint64(825));
    QCOMPARE(discounts[1].unitPriceMinor, qint64(-640));
    QCOMPARE(discounts[0].description, QStringLiteral("Discount"));
}

void TestInvoiceBuilder::refusals_data()
{
    QTest::addColumn<qint64>("productPrice");
    QTest::addColumn<qint64>("discountBp");
    QTest::addColumn<qint64>("discountAmount");
    QTest::addColumn<qint64>("tip");
    QTest::addColumn<QString>("field");

    QTest::newRow("discount more than retail") << qint64(1000) << qint64(0) << qint64(2000) << qint64(0) << "discount";
    QTest::newRow("discount over 100%") << qint64(1000) << qint64(10001) << qint64(0) << qint64(0) << "discount";
    QTest::newRow("negative product price") << qint64(-1) << qint64(0) << qint64(0) << qint64(0) << "product";
    QTest::newRow("negative tip") << qint64(1000) << qint64(0) << qint64(0) << qint64(-1) << "tip";
}

void TestInvoiceBuilder::refusals()
{
    QFETCH(qint64, productPrice);
    QFETCH(qint64, discountBp);
    QFETCH(qint64, discountAmount);
    QFETCH(qint64, tip);
    QFETCH(QString, field);
    InvoiceDraft d = draft(0);
    d.products.append(ProductSale {QStringLiteral("Serum"), 1, productPrice});
    d.discounts.append(DiscountRule {QString(), DiscountScope::Products, discountBp, discountAmount});
    d.tipMinor = tip;
    auto inv = buildInvoice(d, CheckoutPolicy {});
    QVERIFY(!inv.isOk());
    QCOMPARE(inv.error().field, field);
    QVERIFY(!inv.error().message.isEmpty());
}

void TestInvoiceBuilder::tipFromPercent_data()
{
    QTest::addColumn<qint64>("discountBp");
    QTest::addColumn<qint64>("tipBp");
    QTest::addColumn<qint64>("tip");
    QTest::newRow("20% of services") << qint64(0) << qint64(2000) << qint64(9000);
    QTest::newRow("20% after a 10% discount") << qint64(1000) << qint64(2000) << qint64(8100);
    QTest::newRow("18% rounds half up") << qint64(0) << qint64(1833) << qint64(8249);
}

void TestInvoiceBuilder::tipFromPercent()
{
    QFETCH(qint64, discountBp);
    QFETCH(qint64, tipBp);
    QFETCH(qint64, tip);
    InvoiceDraft d = draft(45000);
    d.products.append(ProductSale {QStringLiteral("Serum"), 1, 6400}); // never part of the tip base
    if (discountBp)
        d.discounts.append(DiscountRule {QString(), DiscountScope::Everything, discountBp, 0});
    auto result = tipFromBasisPoints(d, CheckoutPolicy {}, tipBp);
    QVERIFY(result.isOk());
    QCOMPARE(*result, tip);
}

void TestInvoiceBuilder::fees_data()
{
    QTest::addColumn<bool>("noShow");
    QTest::addColumn<qint64>("fixed");
    QTest::addColumn<qint64>("bp");
    QTest::addColumn<qint64>("fee");
    QTest::newRow("no-show fixed") << true << qint64(5000) << qint64(0) << qint64(5000);
    QTest::newRow("no-show half the price") << true << qint64(0) << qint64(5000) << qint64(22500);
    QTest::newRow("fixed wins over share") << true << qint64(7500) << qint64(5000) << qint64(7500);
    QTest::newRow("late cancel 25%") << false << qint64(0) << qint64(2500) << qint64(11250);
    QTest::newRow("no fee set") << false << qint64(0) << qint64(0) << qint64(0);
}

void TestInvoiceBuilder::fees()
{
    QFETCH(bool, noShow);
    QFETCH(qint64, fixed);
    QFETCH(qint64, bp);
    QFETCH(qint64, fee);
    CheckoutPolicy policy;
    (noShow ? policy.noShowFeeMinor : policy.lateCancelFeeMinor) = fixed;
    (noShow ? policy.noShowFeeBasisPoints : policy.lateCancelFeeBasisPoints) = bp;
    const FeeKind kind = noShow ? FeeKind::NoShow : FeeKind::LateCancel;
    const InvoiceDraft d = draft(45000);
    QCOMPARE(feeAmount(kind, d.service, policy), fee);
    auto inv = buildFeeInvoice(kind, d.appointment, d.service, policy, QStringLiteral("USD"));
    QCOMPARE(inv.isOk(), fee > 0);
    if (fee > 0) {
        QCOMPARE(inv->totalMinor(), fee);
        QCOMPARE(inv->lines.size(), 1);
        QCOMPARE(inv->lines.first().kind, LineKind::Fee);
        QCOMPARE(inv->appointmentId, d.appointment.id);
    }
}

void TestInvoiceBuilder::lateCancellation_data()
{
    QTest::addColumn<qint64>("secondsBefore");
    QTest::addColumn<bool>("late");
    QTest::newRow("a day and a minute before") << qint64(86400 + 60) << false;
    QTest::newRow("exactly the window") << qint64(86400) << false;
    QTest::newRow("a second inside the window") << qint64(86399) << true;
    QTest::newRow("after the start") << qint64(-600) << true;
}

void TestInvoiceBuilder::lateCancellation()
{
    QFETCH(qint64, secondsBefore);
    QFETCH(bool, late);
    const InvoiceDraft d = draft(45000);
    QCOMPARE(isLateCancellation(d.appointment, d.appointment.start.addSecs(-secondsBefore), CheckoutPolicy {}), late);
}

void TestInvoiceBuilder::deposit()
{
    CheckoutPolicy policy;
    policy.depositBasisPoints = 2000;
    QCOMPARE(depositAmount(serviceAt(45000), policy), qint64(9000));
    QCOMPARE(depositAmount(serviceAt(12345), policy), qint64(2469));
}

QTEST_GUILESS_MAIN(TestInvoiceBuilder)
#include "tst_invoicebuilder.moc"
