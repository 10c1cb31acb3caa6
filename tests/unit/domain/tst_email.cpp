#include "domain/email.h"

#include <QTest>

using namespace msp;

class TestEmail : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parse_data();
    void parse();
    void parseOptional_data();
    void parseOptional();
};

void TestEmail::parse_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("expected");

    QTest::newRow("empty") << QString() << false << QString();
    QTest::newRow("only spaces") << QStringLiteral("   ") << false << QString();
    QTest::newRow("no @") << QStringLiteral("jane.example.com") << false << QString();
    QTest::newRow("two @") << QStringLiteral("jane@doe@example.com") << false << QString();
    QTest::newRow("nothing before @") << QStringLiteral("@example.com") << false << QString();
    QTest::newRow("no domain") << QStringLiteral("jane@") << false << QString();
    QTest::newRow("domain without dot") << QStringLiteral("jane@localhost") << false << QString();
    QTest::newRow("domain leading dot") << QStringLiteral("jane@.example.com") << false << QString();
    QTest::newRow("domain trailing dot") << QStringLiteral("jane@example.com.") << false << QString();
    QTest::newRow("domain double dot") << QStringLiteral("jane@example..com") << false << QString();
    QTest::newRow("domain leading hyphen") << QStringLiteral("jane@-example.com") << false << QString();
    QTest::newRow("domain underscore") << QStringLiteral("jane@ex_ample.com") << false << QString();
    QTest::newRow("leading dot") << QStringLiteral(".jane@example.com") << false << QString();
    QTest::newRow("dot before @") << QStringLiteral("jane.@example.com") << false << QString();
    QTest::newRow("double dot in local part") << QStringLiteral("ja..ne@example.com") << false << QString();
    QTest::newRow("space in local part") << QStringLiteral("jane doe@example.com") << false << QString();
    QTest::newRow("comma in local part") << QStringLiteral("jane,doe@example.com") << false << QString();
    QTest::newRow("too long (255)") << QString(QString(243, u'a') + QStringLiteral("@example.com")) << false
                                    << QString();

    QTest::newRow("ok plain") << QStringLiteral("jane@example.com") << true << QStringLiteral("jane@example.com");
    QTest::newRow("ok upper-case is lower-cased")
        << QStringLiteral("Jane.Doe@Example.COM") << true << QStringLiteral("jane.doe@example.com");
    QTest::newRow("ok surrounding spaces trimmed")
        << QStringLiteral("  jane@example.com \t") << true << QStringLiteral("jane@example.com");
    QTest::newRow("ok plus tag") << QStringLiteral("jane+spa@example.com") << true
                                 << QStringLiteral("jane+spa@example.com");
    QTest::newRow("ok subdomain") << QStringLiteral("j@mail.example.co.uk") << true
                                  << QStringLiteral("j@mail.example.co.uk");
    QTest::newRow("ok hyphen in domain") << QStringLiteral("j@my-spa.com") << true << QStringLiteral("j@my-spa.com");
    QTest::newRow("ok longest (254)") << QString(QString(242, u'a') + QStringLiteral("@example.com")) << true
                                      << QString(QString(242, u'a') + QStringLiteral("@example.com"));
}

void TestEmail::parse()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(QString, expected);

    const auto r = Email::parse(input);
    QCOMPARE(r.isOk(), valid);
    if (valid) {
        QCOMPARE(r->value(), expected);
        QVERIFY(!r->isEmpty());
    } else {
        QCOMPARE(r.error().code, ErrorCode::Invalid);
        QCOMPARE(r.error().field, QStringLiteral("email"));
        QVERIFY(!r.error().message.isEmpty());
    }
}

void TestEmail::parseOptional_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<bool>("empty");

    QTest::newRow("empty is allowed") << QString() << true << true;
    QTest::newRow("spaces are empty") << QStringLiteral("  ") << true << true;
    QTest::newRow("address") << QStringLiteral("a@b.co") << true << false;
    QTest::newRow("invalid still refused") << QStringLiteral("a@b") << false << false;
}

void TestEmail::parseOptional()
{
    QFETCH(QString, input);
    QFETCH(bool, valid);
    QFETCH(bool, empty);

    const auto r = Email::parseOptional(input);
    QCOMPARE(r.isOk(), valid);
    if (valid)
        QCOMPARE(r->isEmpty(), empty);
    else
        QCOMPARE(r.error().field, QStringLiteral("email"));
}

QTEST_GUILESS_MAIN(TestEmail)
#include "tst_email.moc"
