#include "domain/money.h"

#include <QTest>

using namespace msp;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void parseIgnoresOnlyCurrencyText_data();
    void parseIgnoresOnlyCurrencyText();
    void arithmetic();
    void currencyMismatch_data();
    void currencyMismatch();
    void percentBasisPoints_data();
    void percentBasisPoints();
    void display_data();
    void display();
};

void TestMoney::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<qint64>("minor");

    QTest::newRow("dollar sign and grouping") << QStringLiteral("$1,234.56") << true << qint64(123456);
    QTest::newRow("plain integer") << QStringLiteral("60") << true << qint64(6000);
    QTest::newRow("one decimal") << QStringLiteral("-12.5") << true << qint64(-1250);
    QTest::newRow("accounting negative") << QStringLiteral("(60)") << true << qint64(-6000);
    QTest::newRow("accounting negative with cents") << QStringLiteral("($1,000.05)") << true << qint64(-100005);
    QTest::newRow("unicode minus") << QStringLiteral("\u221212.00") << true << qint64(-1200);
    QTest::newRow("minus after dollar") << QStringLiteral("$-5") << true << qint64(-500);
    QTest::newRow("leading point") << QStringLiteral(".5") << true << qint64(50);
    QTest::newRow("trailing point") << QStringLiteral("5.") << true << qint64(500);
    QTest::newRow("zero") << QStringLiteral("0.00") << true << qint64(0);
    QTest::newRow("negative zero is zero") << QStringLiteral("-0") << true << qint64(0);
    QTest::newRow("surrounding spaces") << QStringLiteral("  42.10 ") << true << qint64(4210);
    QTest::newRow("currency code before") << QStringLiteral("USD 12.00") << true << qint64(1200);
    QTest::newRow("currency code after") << QStringLiteral("12.00 USD") << true << qint64(1200);
    QTest::newRow("euro sign") << QStringLiteral("\u20AC5") << true << qint64(500);
    QTest::newRow("pound sign") << QStringLiteral("\u00A37.25") << true << qint64(725);
    QTest::newRow("largest accepted") << QStringLiteral("90000000000000.99") << true << qint64(9000000000000099);

    QTest::newRow("three decimals") << QStringLiteral("1.234") << false << qint64(0);
    QTest::newRow("three decimals with grouping") << QStringLiteral("1,234.567") << false << qint64(0);
    QTest::newRow("two points") << QStringLiteral("1.2.3") << false << qint64(0);
    QTest::newRow("empty") << QString() << false << qint64(0);
    QTest::newRow("only a point") << QStringLiteral(".") << false << qint64(0);
    QTest::newRow("only a sign") << QStringLiteral("$") << false << qint64(0);
    QTest::newRow("only letters") << QStringLiteral("abc") << false << qint64(0);
    QTest::newRow("percent sign") << QStringLiteral("10%") << false << qint64(0);
    QTest::newRow("plus sign") << QStringLiteral("+5") << false << qint64(0);
    QTest::newRow("too large") << QStringLiteral("90000000000001") << false << qint64(0);
    QTest::newRow("overflow") << QStringLiteral("99999999999999999999999") << false << qint64(0);
}

void TestMoney::parse()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(qint64, minor);

    const auto r = Money::parse(input, QStringLiteral("USD"));
    QCOMPARE(r.isOk(), valid);
    if (r) {
        QCOMPARE(r->minorUnits(), minor);
        QCOMPARE(r->currency(), QStringLiteral("USD"));
    } else {
        QCOMPARE(r.error().code, ErrorCode::Invalid);
        QCOMPARE(r.error().field, QStringLiteral("amount"));
        QVERIFY(!r.error().message.isEmpty());
    }
}

// Letters are skipped so "USD 12" reads, but letters inside the digits are a
// typo (a letter O for a zero) and must not be read as a smaller amount.
void TestMoney::parseIgnoresOnlyCurrencyText_data()
{
    QTest::addColumn<QString>("input");

    QTest::newRow("letter O for zero") << QStringLiteral("1O0");
    QTest::newRow("exponent") << QStringLiteral("1e5");
    QTest::newRow("letters between digits") << QStringLiteral("12abc34");
}

void TestMoney::parseIgnoresOnlyCurrencyText()
{
    QFETCH(QString, input);

    const auto r = Money::parse(input, QStringLiteral("USD"));
    QVERIFY2(!r.isOk(), qPrintable(r ? r->toPlainString() : QString()));
}

void TestMoney::arithmetic()
{
    const Money a(1050, QStringLiteral("USD"));
    const Money b(-300, QStringLiteral("USD"));
    const auto sum = a.plus(b);
    QVERIFY(sum);
    QCOMPARE(*sum, Money(750, QStringLiteral("USD")));
    const auto diff = a.minus(b);
    QVERIFY(diff);
    QCOMPARE(diff->minorUnits(), qint64(1350));
    QCOMPARE(a.times(3), Money(3150, QStringLiteral("USD")));
    QVERIFY(Money::zero(QStringLiteral("EUR")).isZero());
    QCOMPARE(Money::zero(QStringLiteral("EUR")).currency(), QStringLiteral("EUR"));
    QVERIFY(b.isNegative());
    QVERIFY(!a.isNegative());
    QCOMPARE(Money().currency(), QStringLiteral("USD"));
    QVERIFY(Money(1, QStringLiteral("USD")) != Money(1, QStringLiteral("CAD")));
}

void TestMoney::currencyMismatch_data()
{
    QTest::addColumn<bool>("subtract");

    QTest::newRow("plus") << false;
    QTest::newRow("minus") << true;
}

void TestMoney::currencyMismatch()
{
    QFETCH(bool, subtract);

    const Money usd(100, QStringLiteral("USD"));
    const Money eur(100, QStringLiteral("EUR"));
    const auto r = subtract ? usd.minus(eur) : usd.plus(eur);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Invalid);
    QVERIFY(r.error().message.contains(u"USD"));
    QVERIFY(r.error().message.contains(u"EUR"));
}

void TestMoney::percentBasisPoints_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<qint64>("basisPoints");
    QTest::addColumn<qint64>("expected");

    QTest::newRow("8.25% of 100.00 exact") << qint64(10000) << qint64(825) << qint64(825);
    QTest::newRow("8.25% of 10.00 is 82.5, rounds up") << qint64(1000) << qint64(825) << qint64(83);
    QTest::newRow("8.25% of -10.00 is -82.5, rounds down") << qint64(-1000) << qint64(825) << qint64(-83);
    QTest::newRow("half a cent rounds up") << qint64(1) << qint64(5000) << qint64(1);
    QTest::newRow("minus half a cent rounds down") << qint64(-1) << qint64(5000) << qint64(-1);
    QTest::newRow("1.5 rounds to 2") << qint64(3) << qint64(5000) << qint64(2);
    QTest::newRow("-1.5 rounds to -2") << qint64(-3) << qint64(5000) << qint64(-2);
    QTest::newRow("4.5 rounds to 5") << qint64(10) << qint64(4500) << qint64(5);
    QTest::newRow("-4.5 rounds to -5") << qint64(-10) << qint64(4500) << qint64(-5);
    QTest::newRow("just under half") << qint64(1) << qint64(4999) << qint64(0);
    QTest::newRow("just under minus half") << qint64(-1) << qint64(4999) << qint64(0);
    QTest::newRow("8.25% of 123.45") << qint64(12345) << qint64(825) << qint64(1018);
    QTest::newRow("8.25% of 1.99") << qint64(199) << qint64(825) << qint64(16);
    QTest::newRow("negative rate") << qint64(1000) << qint64(-1000) << qint64(-100);
    QTest::newRow("negative rate, half") << qint64(5) << qint64(-1000) << qint64(-1);
    QTest::newRow("zero rate") << qint64(99999) << qint64(0) << qint64(0);
    QTest::newRow("100%") << qint64(4321) << qint64(10000) << qint64(4321);
}

void TestMoney::percentBasisPoints()
{
    QFETCH(qint64, minor);
    QFETCH(qint64, basisPoints);
    QFETCH(qint64, expected);

    const Money m(minor, QStringLiteral("CAD"));
    const Money r = m.percentBasisPoints(basisPoints);
    QCOMPARE(r.minorUnits(), expected);
    QCOMPARE(r.currency(), QStringLiteral("CAD"));
}

void TestMoney::display_data()
{
    QTest::addColumn<qint64>("minor");
    QTest::addColumn<QString>("currency");
    QTest::addColumn<QString>("display");
    QTest::addColumn<QString>("plain");

    QTest::newRow("USD grouped") << qint64(123456) << QStringLiteral("USD") << QStringLiteral("$1,234.56")
                                 << QStringLiteral("1234.56");
    QTest::newRow("USD million") << qint64(100000000) << QStringLiteral("USD") << QStringLiteral("$1,000,000.00")
                                 << QStringLiteral("1000000.00");
    QTest::newRow("USD cents only") << qint64(5) << QStringLiteral("USD") << QStringLiteral("$0.05")
                                    << QStringLiteral("0.05");
    QTest::newRow("USD zero") << qint64(0) << QStringLiteral("USD") << QStringLiteral("$0.00")
                              << QStringLiteral("0.00");
    QTest::newRow("USD negative") << qint64(-1250) << QStringLiteral("USD") << QStringLiteral("-$12.50")
                                  << QStringLiteral("-12.50");
    QTest::newRow("USD negative cents") << qint64(-7) << QStringLiteral("USD") << QStringLiteral("-$0.07")
                                        << QStringLiteral("-0.07");
    QTest::newRow("CAD") << qint64(999) << QStringLiteral("CAD") << QStringLiteral("$9.99") << QStringLiteral("9.99");
    QTest::newRow("EUR") << qint64(123456) << QStringLiteral("EUR") << QStringLiteral("\u20AC1,234.56")
                         << QStringLiteral("1234.56");
    QTest::newRow("GBP") << qint64(-100) << QStringLiteral("GBP") << QStringLiteral("-\u00A31.00")
                         << QStringLiteral("-1.00");
    QTest::newRow("other currency shows its code")
        << qint64(150050) << QStringLiteral("MXN") << QStringLiteral("1,500.50 MXN") << QStringLiteral("1500.50");
}

void TestMoney::display()
{
    QFETCH(qint64, minor);
    QFETCH(QString, currency);
    QFETCH(QString, display);
    QFETCH(QString, plain);

    const Money m(minor, currency);
    QCOMPARE(m.toDisplayString(), display);
    QCOMPARE(m.toPlainString(), plain);
    // The plain form is what files and the wire carry: it parses back.
    const auto back = Money::parse(m.toPlainString(), currency);
    QVERIFY(back);
    QCOMPARE(*back, m);
}

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
