#include "domain/phone.h"

#include <QRegularExpression>
#include <QTest>

using namespace msp;

class TestPhone : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void parseOptional_data();
    void parseOptional();
    void display_data();
    void display();
    void messageExamplesAreAccepted_data();
    void messageExamplesAreAccepted();
};

void TestPhone::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("expected"); // empty: refused

    const QString us = QStringLiteral("1");
    const QString nanp = QStringLiteral("+15552345678");
    QTest::newRow("NANP brackets") << QStringLiteral("(555) 234-5678") << us << nanp;
    QTest::newRow("NANP dashes") << QStringLiteral("555-234-5678") << us << nanp;
    QTest::newRow("NANP dots") << QStringLiteral("555.234.5678") << us << nanp;
    QTest::newRow("NANP spaces") << QStringLiteral("555 234 5678") << us << nanp;
    QTest::newRow("NANP slash") << QStringLiteral("555/234-5678") << us << nanp;
    QTest::newRow("NANP digits only") << QStringLiteral("5552345678") << us << nanp;
    QTest::newRow("NANP surrounding spaces") << QStringLiteral("  5552345678 ") << us << nanp;
    QTest::newRow("11 digits with 1") << QStringLiteral("15552345678") << us << nanp;
    QTest::newRow("1 then formatted") << QStringLiteral("1 (555) 234-5678") << us << nanp;
    QTest::newRow("+1 international") << QStringLiteral("+1 555 234 5678") << us << nanp;
    QTest::newRow("001 prefix") << QStringLiteral("001 555 234 5678") << us << nanp;
    QTest::newRow("+44 London") << QStringLiteral("+44 20 7946 0958") << us << QStringLiteral("+442079460958");
    QTest::newRow("00 prefix is international")
        << QStringLiteral("0044 20 7946 0958") << us << QStringLiteral("+442079460958");
    QTest::newRow("UK national in UK region")
        << QStringLiteral("020 7946 0958") << QStringLiteral("44") << QStringLiteral("+442079460958");
    QTest::newRow("+ with 8 digits") << QStringLiteral("+12345678") << us << QStringLiteral("+12345678");
    QTest::newRow("+ with 15 digits") << QStringLiteral("+123456789012345") << us << QStringLiteral("+123456789012345");

    QTest::newRow("empty") << QString() << us << QString();
    QTest::newRow("spaces only") << QStringLiteral("   ") << us << QString();
    QTest::newRow("too short (7)") << QStringLiteral("234-5678") << us << QString();
    QTest::newRow("too short (9)") << QStringLiteral("555234567") << us << QString();
    QTest::newRow("too long (12)") << QStringLiteral("555234567890") << us << QString();
    QTest::newRow("11 digits without 1") << QStringLiteral("25552345678") << us << QString();
    QTest::newRow("letters") << QStringLiteral("555-CALL-NOW") << us << QString();
    QTest::newRow("extension words") << QStringLiteral("555 234 5678 ext 9") << us << QString();
    QTest::newRow("area code starts with 0") << QStringLiteral("(055) 234-5678") << us << QString();
    QTest::newRow("area code starts with 1") << QStringLiteral("(155) 234-5678") << us << QString();
    QTest::newRow("exchange starts with 1") << QStringLiteral("(555) 134-5678") << us << QString();
    QTest::newRow("exchange starts with 0") << QStringLiteral("(555) 034-5678") << us << QString();
    QTest::newRow("plus alone") << QStringLiteral("+") << us << QString();
    QTest::newRow("two plus signs") << QStringLiteral("++15552345678") << us << QString();
    QTest::newRow("plus in the middle") << QStringLiteral("555+2345678") << us << QString();
    QTest::newRow("+ with 7 digits") << QStringLiteral("+1234567") << us << QString();
    QTest::newRow("+ with 16 digits") << QStringLiteral("+1234567890123456") << us << QString();
    QTest::newRow("00 with too few digits") << QStringLiteral("00 123") << us << QString();
}

void TestPhone::parse()
{
    QFETCH(QString, input);
    QFETCH(QString, region);
    QFETCH(QString, expected);

    const auto r = Phone::parse(input, region);
    QCOMPARE(r.isOk(), !expected.isEmpty());
    if (r) {
        QCOMPARE(r->e164(), expected);
        QCOMPARE(r->digits(), expected.mid(1));
        // Stored numbers are read back with no default region: E.164 must
        // parse to itself.
        const auto again = Phone::parse(r->e164(), u"");
        QVERIFY(again);
        QCOMPARE(*again, *r);
    } else {
        QCOMPARE(r.error().code, ErrorCode::Invalid);
        QCOMPARE(r.error().field, QStringLiteral("phone"));
        QVERIFY(!r.error().message.isEmpty());
    }
}

void TestPhone::parseOptional_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("empty");

    QTest::newRow("empty is allowed") << QString() << true << true;
    QTest::newRow("spaces are empty") << QStringLiteral(" \t ") << true << true;
    QTest::newRow("number") << QStringLiteral("555-234-5678") << true << false;
    QTest::newRow("invalid still refused") << QStringLiteral("12") << false << false;
}

void TestPhone::parseOptional()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(bool, empty);

    const auto r = Phone::parseOptional(input);
    QCOMPARE(r.isOk(), valid);
    if (valid)
        QCOMPARE(r->isEmpty(), empty);
}

void TestPhone::display_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("display");

    QTest::newRow("NANP") << QStringLiteral("+15552345678") << QStringLiteral("(555) 234-5678");
    QTest::newRow("UK stays E.164") << QStringLiteral("+442079460958") << QStringLiteral("+442079460958");
    QTest::newRow("short +1 number stays E.164") << QStringLiteral("+12345678") << QStringLiteral("+12345678");
}

void TestPhone::display()
{
    QFETCH(QString, input);
    QFETCH(QString, display);

    const auto r = Phone::parse(input);
    QVERIFY(r);
    QCOMPARE(r->toDisplayString(), display);
    QCOMPARE(Phone().toDisplayString(), QString());
}

// The examples the error messages give must themselves be accepted, or the
// person who follows the advice meets another error.
void TestPhone::messageExamplesAreAccepted_data()
{
    QTest::addColumn<QString>("input");

    QTest::newRow("empty") << QString();
    QTest::newRow("too short") << QStringLiteral("12345");
}

void TestPhone::messageExamplesAreAccepted()
{
    QFETCH(QString, input);

    const auto r = Phone::parse(input);
    QVERIFY(!r);
    static const QRegularExpression example(QStringLiteral("\\(\\d{3}\\) \\d{3}-\\d{4}"));
    const auto m = example.match(r.error().message);
    QVERIFY2(m.hasMatch(), qPrintable(r.error().message));
    QVERIFY2(Phone::parse(m.captured()).isOk(), qPrintable(m.captured()));
}

QTEST_GUILESS_MAIN(TestPhone)
#include "tst_phone.moc"
