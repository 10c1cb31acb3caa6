#include "domain/personname.h"

#include <QTest>

using namespace msp;

class TestPersonName : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void create_data();
    void create();
    void displayName_data();
    void displayName();
};

void TestPersonName::create_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("family");
    QTest::addColumn<QString>("preferred");
    QTest::addColumn<QString>("errorField"); // empty: accepted
    QTest::addColumn<QString>("expectedGiven");
    QTest::addColumn<QString>("expectedFamily");
    QTest::addColumn<QString>("expectedPreferred");

    const QString none;
    QTest::newRow("ordinary") << QStringLiteral("Jane") << QStringLiteral("Doe") << none << none
                              << QStringLiteral("Jane") << QStringLiteral("Doe") << none;
    QTest::newRow("accents kept") << QStringLiteral("José") << QStringLiteral("Núñez") << QStringLiteral("Pepe") << none
                                  << QStringLiteral("José") << QStringLiteral("Núñez") << QStringLiteral("Pepe");
    QTest::newRow("whitespace simplified")
        << QStringLiteral("  Mary   Ann ") << QStringLiteral("\tvan  der\nBerg ") << QStringLiteral("  Mo  ") << none
        << QStringLiteral("Mary Ann") << QStringLiteral("van der Berg") << QStringLiteral("Mo");
    QTest::newRow("hyphen and apostrophe") << QStringLiteral("Anne-Marie") << QStringLiteral("O'Neil") << none << none
                                           << QStringLiteral("Anne-Marie") << QStringLiteral("O'Neil") << none;
    QTest::newRow("100 characters") << QString(100, u'a') << QStringLiteral("Doe") << none << none << QString(100, u'a')
                                    << QStringLiteral("Doe") << none;
    QTest::newRow("100 after simplifying")
        << QString(QStringLiteral("  ") + QString(100, u'b') + u' ') << QStringLiteral("Doe") << none << none
        << QString(100, u'b') << QStringLiteral("Doe") << none;

    QTest::newRow("empty given") << none << QStringLiteral("Doe") << none << QStringLiteral("givenName") << none << none
                                 << none;
    QTest::newRow("blank given") << QStringLiteral("   ") << QStringLiteral("Doe") << none
                                 << QStringLiteral("givenName") << none << none << none;
    QTest::newRow("empty family") << QStringLiteral("Jane") << none << none << QStringLiteral("familyName") << none
                                  << none << none;
    QTest::newRow("blank family") << QStringLiteral("Jane") << QStringLiteral(" \t") << none
                                  << QStringLiteral("familyName") << none << none << none;
    QTest::newRow("given too long") << QString(101, u'a') << QStringLiteral("Doe") << none
                                    << QStringLiteral("givenName") << none << none << none;
    QTest::newRow("family too long") << QStringLiteral("Jane") << QString(101, u'a') << none
                                     << QStringLiteral("familyName") << none << none << none;
    QTest::newRow("preferred too long") << QStringLiteral("Jane") << QStringLiteral("Doe") << QString(101, u'a')
                                        << QStringLiteral("preferredName") << none << none << none;
    QTest::newRow("bell in given") << QStringLiteral("Ja\u0007ne") << QStringLiteral("Doe") << none
                                   << QStringLiteral("givenName") << none << none << none;
    QTest::newRow("NUL in family") << QStringLiteral("Jane") << QString(QStringLiteral("Do") + QChar(0) + u'e') << none
                                   << QStringLiteral("familyName") << none << none << none;
    QTest::newRow("escape in preferred") << QStringLiteral("Jane") << QStringLiteral("Doe")
                                         << QStringLiteral("\u001b[31mJ") << QStringLiteral("preferredName") << none
                                         << none << none;
    QTest::newRow("DEL in given") << QStringLiteral("Jane\u007f") << QStringLiteral("Doe") << none
                                  << QStringLiteral("givenName") << none << none << none;
}

void TestPersonName::create()
{
    QFETCH(QString, given);
    QFETCH(QString, family);
    QFETCH(QString, preferred);
    QFETCH(QString, errorField);
    QFETCH(QString, expectedGiven);
    QFETCH(QString, expectedFamily);
    QFETCH(QString, expectedPreferred);

    const auto r = PersonName::create(given, family, preferred);
    QCOMPARE(r.isOk(), errorField.isEmpty());
    if (r) {
        QCOMPARE(r->given(), expectedGiven);
        QCOMPARE(r->family(), expectedFamily);
        QCOMPARE(r->preferred(), expectedPreferred);
        QCOMPARE(r->legalFullName(), QString(expectedGiven + u' ' + expectedFamily));
    } else {
        QCOMPARE(r.error().code, ErrorCode::Invalid);
        QCOMPARE(r.error().field, errorField);
        QVERIFY(!r.error().message.isEmpty());
    }
}

void TestPersonName::displayName_data()
{
    QTest::addColumn<QString>("preferred");
    QTest::addColumn<QString>("display");

    QTest::newRow("no preferred name") << QString() << QStringLiteral("Elizabeth Taylor");
    QTest::newRow("preferred name") << QStringLiteral("Liz") << QStringLiteral("Liz Taylor");
}

void TestPersonName::displayName()
{
    QFETCH(QString, preferred);
    QFETCH(QString, display);

    const auto r = PersonName::create(u"Elizabeth", u"Taylor", preferred);
    QVERIFY(r);
    QCOMPARE(r->displayName(), display);
    QCOMPARE(r->legalFullName(), QStringLiteral("Elizabeth Taylor"));
}

QTEST_GUILESS_MAIN(TestPersonName)
#include "tst_personname.moc"
