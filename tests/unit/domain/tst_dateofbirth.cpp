#include "domain/dateofbirth.h"

#include <QTest>

using namespace msp;

namespace {
const QDate kToday(2025, 6, 15);
}

class TestDateOfBirth : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void parseOptional_data();
    void parseOptional();
    void fromDateInvalid();
    void ageOn_data();
    void ageOn();
};

void TestDateOfBirth::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QDate>("expected"); // null: refused
    QTest::addColumn<QString>("messageHint");

    QTest::newRow("ordinary") << QStringLiteral("1984-03-12") << QDate(1984, 3, 12) << QString();
    QTest::newRow("surrounding spaces") << QStringLiteral(" 1984-03-12 ") << QDate(1984, 3, 12) << QString();
    QTest::newRow("born today") << QStringLiteral("2025-06-15") << kToday << QString();
    QTest::newRow("leap day") << QStringLiteral("2000-02-29") << QDate(2000, 2, 29) << QString();
    QTest::newRow("exactly 130 years") << QStringLiteral("1895-06-15") << QDate(1895, 6, 15) << QString();

    QTest::newRow("tomorrow is future") << QStringLiteral("2025-06-16") << QDate() << QStringLiteral("future");
    QTest::newRow("next year is future") << QStringLiteral("2026-01-01") << QDate() << QStringLiteral("future");
    QTest::newRow("130 years and a day") << QStringLiteral("1895-06-14") << QDate() << QStringLiteral("130");
    QTest::newRow("year typo 1084") << QStringLiteral("1084-03-12") << QDate() << QStringLiteral("130");
    QTest::newRow("leap day in a common year")
        << QStringLiteral("2001-02-29") << QDate() << QStringLiteral("1984-03-12");
    QTest::newRow("US format") << QStringLiteral("03/12/1984") << QDate() << QStringLiteral("1984-03-12");
    QTest::newRow("month 13") << QStringLiteral("1984-13-01") << QDate() << QStringLiteral("1984-03-12");
    QTest::newRow("words") << QStringLiteral("yesterday") << QDate() << QStringLiteral("1984-03-12");
    QTest::newRow("empty") << QString() << QDate() << QStringLiteral("1984-03-12");
}

void TestDateOfBirth::parse()
{
    QFETCH(QString, input);
    QFETCH(QDate, expected);
    QFETCH(QString, messageHint);

    const auto r = DateOfBirth::parse(input, kToday);
    QCOMPARE(r.isOk(), expected.isValid());
    if (r) {
        QCOMPARE(r->date(), expected);
        QVERIFY(!r->isNull());
    } else {
        QCOMPARE(r.error().code, ErrorCode::Invalid);
        QCOMPARE(r.error().field, QStringLiteral("dateOfBirth"));
        QVERIFY2(r.error().message.contains(messageHint), qPrintable(r.error().message));
    }
}

void TestDateOfBirth::parseOptional_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("null");

    QTest::newRow("empty optional") << QString() << true << true;
    QTest::newRow("spaces optional") << QStringLiteral("  ") << true << true;
    QTest::newRow("date") << QStringLiteral("1990-01-31") << true << false;
    QTest::newRow("future still refused") << QStringLiteral("2030-01-01") << false << false;
    QTest::newRow("garbage still refused") << QStringLiteral("31.01.1990") << false << false;
}

void TestDateOfBirth::parseOptional()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(bool, null);

    const auto r = DateOfBirth::parseOptional(input, kToday);
    QCOMPARE(r.isOk(), valid);
    if (valid)
        QCOMPARE(r->isNull(), null);
}

void TestDateOfBirth::fromDateInvalid()
{
    const auto r = DateOfBirth::fromDate(QDate(), kToday);
    QVERIFY(!r);
    QCOMPARE(r.error().field, QStringLiteral("dateOfBirth"));
    QVERIFY(DateOfBirth().isNull());
}

void TestDateOfBirth::ageOn_data()
{
    QTest::addColumn<QDate>("born");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<int>("age");

    QTest::newRow("day before birthday") << QDate(1984, 3, 12) << QDate(2025, 3, 11) << 40;
    QTest::newRow("on birthday") << QDate(1984, 3, 12) << QDate(2025, 3, 12) << 41;
    QTest::newRow("month before birthday") << QDate(1984, 3, 12) << QDate(2025, 2, 28) << 40;
    QTest::newRow("leap-day born, Feb 28 of common year") << QDate(2000, 2, 29) << QDate(2025, 2, 28) << 24;
    QTest::newRow("leap-day born, Mar 1 of common year") << QDate(2000, 2, 29) << QDate(2025, 3, 1) << 25;
    QTest::newRow("leap-day born, leap day") << QDate(2000, 2, 29) << QDate(2024, 2, 29) << 24;
    QTest::newRow("newborn") << QDate(2025, 6, 15) << QDate(2025, 6, 15) << 0;
}

void TestDateOfBirth::ageOn()
{
    QFETCH(QDate, born);
    QFETCH(QDate, on);
    QFETCH(int, age);

    const auto dob = DateOfBirth::fromDate(born, kToday);
    QVERIFY(dob);
    QCOMPARE(dob->ageOn(on), age);
    QCOMPARE(DateOfBirth().ageOn(on), -1);
}

QTEST_GUILESS_MAIN(TestDateOfBirth)
#include "tst_dateofbirth.moc"
