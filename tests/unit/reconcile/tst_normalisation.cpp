#include "reconcile/nicknames.h"
#include "reconcile/phonetic.h"
#include "reconcile/textfold.h"

#include <QTest>

using namespace msp::reconcile;

class TestNormalisation : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void fold_data();
    void fold();
    void nicknames_data();
    void nicknames();
    void phones_data();
    void phones();
    void emails_data();
    void emails();
    void nysiisCodes_data();
    void nysiisCodes();
};

void TestNormalisation::fold_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("name");
    QTest::newRow("ascii case and spaces")
        << QStringLiteral("  Jane   DOE ") << QStringLiteral("jane doe") << QStringLiteral("jane doe");
    QTest::newRow("accents") << QStringLiteral(u"José Müller") << QStringLiteral("jose muller")
                             << QStringLiteral("jose muller");
    QTest::newRow("apostrophe joins") << QStringLiteral("O'Brien") << QStringLiteral("o'brien")
                                      << QStringLiteral("obrien");
    QTest::newRow("curly apostrophe") << QStringLiteral(u"O\u2019Brien") << QStringLiteral("o'brien")
                                      << QStringLiteral("obrien");
    QTest::newRow("hyphen separates") << QStringLiteral("Smith-Jones") << QStringLiteral("smith-jones")
                                      << QStringLiteral("smith jones");
    QTest::newRow("sharp s") << QStringLiteral(u"Straße") << QStringLiteral("strasse") << QStringLiteral("strasse");
    QTest::newRow("ligature and slashed o")
        << QStringLiteral(u"Søren ﬁn") << QStringLiteral("soren fin") << QStringLiteral("soren fin");
    QTest::newRow("vietnamese") << QStringLiteral(u"Nguyễn") << QStringLiteral("nguyen") << QStringLiteral("nguyen");
    QTest::newRow("empty") << QString() << QString() << QString();
}

void TestNormalisation::fold()
{
    QFETCH(QString, input);
    QFETCH(QString, text);
    QFETCH(QString, name);
    const std::string in = input.toStdString();
    QCOMPARE(QString::fromStdString(foldText(in)), text);
    QCOMPARE(QString::fromStdString(foldName(in)), name);
}

void TestNormalisation::nicknames_data()
{
    QTest::addColumn<QString>("nick");
    QTest::addColumn<QString>("formal");
    QTest::newRow("bill") << QStringLiteral("bill") << QStringLiteral("william");
    QTest::newRow("liz") << QStringLiteral("liz") << QStringLiteral("elizabeth");
    QTest::newRow("bob") << QStringLiteral("bob") << QStringLiteral("robert");
    QTest::newRow("peggy") << QStringLiteral("peggy") << QStringLiteral("margaret");
    QTest::newRow("formal stays") << QStringLiteral("william") << QStringLiteral("william");
    QTest::newRow("unknown stays") << QStringLiteral("zebulon") << QStringLiteral("zebulon");
}

void TestNormalisation::nicknames()
{
    QFETCH(QString, nick);
    QFETCH(QString, formal);
    const std::string n = nick.toStdString();
    QCOMPARE(QString::fromUtf8(canonicalGivenName(n).data(), qsizetype(canonicalGivenName(n).size())), formal);
}

void TestNormalisation::phones_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("country");
    QTest::addColumn<QString>("digits");
    QTest::newRow("us punctuation") << QStringLiteral("(404) 555-0101") << QStringLiteral("1")
                                    << QStringLiteral("14045550101");
    QTest::newRow("us with 1") << QStringLiteral("1-404-555-0101") << QStringLiteral("1")
                               << QStringLiteral("14045550101");
    QTest::newRow("plus keeps country") << QStringLiteral("+61 412 345 678") << QStringLiteral("1")
                                        << QStringLiteral("61412345678");
    QTest::newRow("00 prefix") << QStringLiteral("0044 20 7946 0000") << QStringLiteral("1")
                               << QStringLiteral("442079460000");
    QTest::newRow("australian trunk 0") << QStringLiteral("0412 345 678") << QStringLiteral("61")
                                        << QStringLiteral("61412345678");
    QTest::newRow("too short") << QStringLiteral("555-01") << QStringLiteral("1") << QString();
}

void TestNormalisation::phones()
{
    QFETCH(QString, input);
    QFETCH(QString, country);
    QFETCH(QString, digits);
    QCOMPARE(QString::fromStdString(phoneDigits(input.toStdString(), country.toStdString())), digits);
}

void TestNormalisation::emails_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("email");
    QTest::newRow("case and spaces") << QStringLiteral(" Liz.Nguyen@Example.COM ")
                                     << QStringLiteral("liz.nguyen@example.com");
    QTest::newRow("no at") << QStringLiteral("liz.example.com") << QString();
    QTest::newRow("two ats") << QStringLiteral("a@b@c") << QString();
}

void TestNormalisation::emails()
{
    QFETCH(QString, input);
    QFETCH(QString, email);
    QCOMPARE(QString::fromStdString(normaliseEmail(input.toStdString())), email);
}

void TestNormalisation::nysiisCodes_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("same");
    QTest::newRow("smith smyth") << QStringLiteral("smith") << QStringLiteral("smyth") << true;
    QTest::newRow("thompson thomson") << QStringLiteral("thompson") << QStringLiteral("thomson") << true;
    QTest::newRow("mcdonald macdonald") << QStringLiteral("mcdonald") << QStringLiteral("macdonald") << true;
    QTest::newRow("knight night") << QStringLiteral("knight") << QStringLiteral("night") << true;
    QTest::newRow("smith jones differ") << QStringLiteral("smith") << QStringLiteral("jones") << false;
}

void TestNormalisation::nysiisCodes()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, same);
    const std::string ca = nysiis(a.toStdString());
    const std::string cb = nysiis(b.toStdString());
    QVERIFY(!ca.empty());
    QCOMPARE(ca == cb, same);
}

QTEST_GUILESS_MAIN(TestNormalisation)
#include "tst_normalisation.moc"
