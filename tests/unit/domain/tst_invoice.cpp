#include "domain/invoice.h"

#include <QTest>

using namespace msp;

Q_DECLARE_METATYPE(msp::TenderKind)
Q_DECLARE_METATYPE(msp::InvoiceLine)
Q_DECLARE_METATYPE(msp::TenderLine)

class TestInvoice : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void lineTax_data();
    void lineTax();
    void totals();
    void validate_data();
    void validate();
    void loyaltyTenderNeedsAuthorisation_data();
    void loyaltyTenderNeedsAuthorisation();
    void keysRoundTrip();
};

namespace {
InvoiceLine line(LineKind kind, qint64 qty, qint64 unit, qint64 bp, const QString &what = QStringLiteral("Item"))
{
    InvoiceLine l;
    l.kind = kind;
    l.quantity = qty;
    l.unitPriceMinor = unit;
    l.taxBasisPoints = bp;
    l.description = what;
    return l;
}

TenderLine tender(TenderKind kind, qint64 amount, const QString &auth = {})
{
    TenderLine t;
    t.kind = kind;
    t.amountMinor = amount;
    t.authorisationCode = auth;
    return t;
}
} // namespace

void TestInvoice::lineTax_data()
{
    QTest::addColumn<qint64>("quantity");
    QTest::addColumn<qint64>("unit");
    QTest::addColumn<qint64>("basisPoints");
    QTest::addColumn<qint64>("net");
    QTest::addColumn<qint64>("tax");

    QTest::newRow("untaxed") << qint64(1) << qint64(45000) << qint64(0) << qint64(45000) << qint64(0);
    QTest::newRow("8.25% exact") << qint64(1) << qint64(10000) << qint64(825) << qint64(10000) << qint64(825);
    QTest::newRow("8.25% rounds down") << qint64(1) << qint64(999) << qint64(825) << qint64(999) << qint64(82);
    QTest::newRow("8.25% rounds up") << qint64(2) << qint64(12345) << qint64(825) << qint64(24690) << qint64(2037);
    QTest::newRow("half cent rounds up") << qint64(1) << qint64(10) << qint64(500) << qint64(10) << qint64(1);
    QTest::newRow("discount half cent away from zero")
        << qint64(1) << qint64(-1000) << qint64(825) << qint64(-1000) << qint64(-83);
    QTest::newRow("quantity multiplies before rounding")
        << qint64(3) << qint64(333) << qint64(825) << qint64(999) << qint64(82);
}

void TestInvoice::lineTax()
{
    QFETCH(qint64, quantity);
    QFETCH(qint64, unit);
    QFETCH(qint64, basisPoints);
    QFETCH(qint64, net);
    QFETCH(qint64, tax);

    const InvoiceLine l = line(LineKind::Product, quantity, unit, basisPoints);
    QCOMPARE(l.netMinor(), net);
    QCOMPARE(l.taxMinor(), tax);
}

void TestInvoice::totals()
{
    Invoice inv;
    inv.lines << line(LineKind::Service, 2, 12345, 825, QStringLiteral("Botox 20 units")) // 24690, tax 2037
              << line(LineKind::Product, 1, 999, 825, QStringLiteral("Sunscreen")) // 999, tax 82
              << line(LineKind::Discount, 1, -1000, 825, QStringLiteral("Member discount")) // -1000, tax -83
              << line(LineKind::Tip, 1, 2000, 0, QStringLiteral("Tip")); // 2000, tax 0
    QCOMPARE(inv.subtotalMinor(), qint64(26689));
    // Per line: 2037 + 82 - 83 + 0. Rounding the whole (2036.8425) would give
    // 2037; the invoice must agree with its printed lines instead.
    QCOMPARE(inv.taxMinor(), qint64(2036));
    QCOMPARE(inv.totalMinor(), qint64(28725));
    QCOMPARE(inv.total(), Money(28725, QStringLiteral("USD")));
    QCOMPARE(inv.paidMinor(), qint64(0));
    QCOMPARE(inv.balanceMinor(), qint64(28725));

    inv.tenders << tender(TenderKind::Alle, 5000, QStringLiteral("ALLE-123")) << tender(TenderKind::Card, 20000);
    QCOMPARE(inv.paidMinor(), qint64(25000));
    QCOMPARE(inv.balanceMinor(), qint64(3725));
    inv.tenders << tender(TenderKind::Cash, 3725);
    QCOMPARE(inv.balanceMinor(), qint64(0));
    QVERIFY(inv.validate());

    Invoice empty;
    QCOMPARE(empty.totalMinor(), qint64(0));
    QVERIFY(empty.validate());
}

void TestInvoice::validate_data()
{
    QTest::addColumn<InvoiceLine>("badLine");
    QTest::addColumn<TenderLine>("badTender");
    QTest::addColumn<QString>("errorField"); // empty: valid

    const InvoiceLine okLine = line(LineKind::Service, 1, 5000, 0);
    const TenderLine okTender = tender(TenderKind::Cash, 100);
    QTest::newRow("valid") << okLine << okTender << QString();
    QTest::newRow("quantity zero") << line(LineKind::Service, 0, 5000, 0) << okTender << QStringLiteral("quantity");
    QTest::newRow("negative quantity") << line(LineKind::Product, -1, 5000, 0) << okTender
                                       << QStringLiteral("quantity");
    QTest::newRow("negative service price")
        << line(LineKind::Service, 1, -5000, 0) << okTender << QStringLiteral("price");
    QTest::newRow("negative tip") << line(LineKind::Tip, 1, -1, 0) << okTender << QStringLiteral("price");
    QTest::newRow("positive discount") << line(LineKind::Discount, 1, 500, 0) << okTender << QStringLiteral("price");
    QTest::newRow("negative discount is fine") << line(LineKind::Discount, 1, -500, 0) << okTender << QString();
    QTest::newRow("free service is fine") << line(LineKind::Service, 1, 0, 0) << okTender << QString();
    QTest::newRow("no description") << line(LineKind::Fee, 1, 100, 0, QStringLiteral("  ")) << okTender
                                    << QStringLiteral("description");
    QTest::newRow("zero tender") << okLine << tender(TenderKind::Card, 0) << QStringLiteral("amount");
    QTest::newRow("negative tender") << okLine << tender(TenderKind::Cash, -100) << QStringLiteral("amount");
}

void TestInvoice::validate()
{
    QFETCH(InvoiceLine, badLine);
    QFETCH(TenderLine, badTender);
    QFETCH(QString, errorField);

    Invoice inv;
    inv.lines << line(LineKind::Service, 1, 100, 0) << badLine;
    inv.tenders << badTender;
    const auto r = inv.validate();
    QCOMPARE(r.isOk(), errorField.isEmpty());
    if (!r) {
        QCOMPARE(r.error().code, ErrorCode::Invalid);
        QCOMPARE(r.error().field, errorField);
    }
}

void TestInvoice::loyaltyTenderNeedsAuthorisation_data()
{
    QTest::addColumn<TenderKind>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("valid");

    for (TenderKind k : {TenderKind::Alle, TenderKind::Aspire, TenderKind::Xperience, TenderKind::Evolus}) {
        QTest::addRow("%s without code", qPrintable(tenderKey(k))) << k << QString() << false;
        QTest::addRow("%s with blank code", qPrintable(tenderKey(k))) << k << QStringLiteral("  ") << false;
        QTest::addRow("%s with code", qPrintable(tenderKey(k))) << k << QStringLiteral("AUTH-77") << true;
    }
    for (TenderKind k : {TenderKind::Cash, TenderKind::Card, TenderKind::GiftCard})
        QTest::addRow("%s needs no code", qPrintable(tenderKey(k))) << k << QString() << true;
}

void TestInvoice::loyaltyTenderNeedsAuthorisation()
{
    QFETCH(TenderKind, kind);
    QFETCH(QString, code);
    QFETCH(bool, valid);

    Invoice inv;
    inv.lines << line(LineKind::Service, 1, 50000, 0);
    inv.tenders << tender(kind, 6000, code);
    const auto r = inv.validate();
    QCOMPARE(r.isOk(), valid);
    if (!r) {
        QCOMPARE(r.error().field, QStringLiteral("authorisationCode"));
        QVERIFY(r.error().message.contains(u"authorisation code"));
    }
    QCOMPARE(isLoyaltyTender(kind), !valid || !code.isEmpty());
}

void TestInvoice::keysRoundTrip()
{
    for (auto s : {InvoiceStatus::Open, InvoiceStatus::Paid, InvoiceStatus::Refunded, InvoiceStatus::Void}) {
        QVERIFY(!invoiceStatusKey(s).isEmpty());
        QCOMPARE(invoiceStatusFromKey(invoiceStatusKey(s)), std::optional(s));
    }
    for (auto k : {LineKind::Service, LineKind::Product, LineKind::Discount, LineKind::Fee, LineKind::Tip}) {
        QVERIFY(!lineKindKey(k).isEmpty());
        QCOMPARE(lineKindFromKey(lineKindKey(k)), std::optional(k));
    }
    for (auto k : {TenderKind::Cash, TenderKind::Card, TenderKind::GiftCard, TenderKind::Alle, TenderKind::Aspire,
                   TenderKind::Xperience, TenderKind::Evolus}) {
        QVERIFY(!tenderKey(k).isEmpty());
        QVERIFY(!tenderDisplayName(k).isEmpty());
        QCOMPARE(tenderFromKey(tenderKey(k)), std::optional(k));
    }
    QCOMPARE(tenderKey(TenderKind::GiftCard), QStringLiteral("gift_card"));
    QCOMPARE(tenderDisplayName(TenderKind::Alle), QStringLiteral("All\u0113"));
    QVERIFY(!invoiceStatusFromKey(u"Paid").has_value());
    QVERIFY(!lineKindFromKey(u"").has_value());
    QVERIFY(!tenderFromKey(u"giftcard").has_value());
}

QTEST_GUILESS_MAIN(TestInvoice)
#include "tst_invoice.moc"
