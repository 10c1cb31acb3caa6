#include "reconcile/personcomparator.h"
#include "reconcile/similarity.h"
#include "reconcile/transactioncomparator.h"

#include <QTest>

using namespace msp::reconcile;

class TestComparators : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void jaroWinklerValues_data();
    void jaroWinklerValues();
    void oneEdit_data();
    void oneEdit();
    void personLevels_data();
    void personLevels();
    void amountLevels_data();
    void amountLevels();
    void lagLevels_data();
    void lagLevels();
    void transactionExplanationInWords();
};

void TestComparators::jaroWinklerValues_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<double>("expected");
    // Reference values from Winkler (1990) / the usual test tables.
    QTest::newRow("martha marhta") << QStringLiteral("martha") << QStringLiteral("marhta") << 0.9611;
    QTest::newRow("dwayne duane") << QStringLiteral("dwayne") << QStringLiteral("duane") << 0.84;
    QTest::newRow("dixon dicksonx") << QStringLiteral("dixon") << QStringLiteral("dicksonx") << 0.8133;
    QTest::newRow("same") << QStringLiteral("ann") << QStringLiteral("ann") << 1.0;
    QTest::newRow("nothing shared") << QStringLiteral("abc") << QStringLiteral("xyz") << 0.0;
    QTest::newRow("empty") << QString() << QStringLiteral("x") << 0.0;
}

void TestComparators::jaroWinklerValues()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(double, expected);
    const std::string sa = a.toStdString();
    const std::string sb = b.toStdString();
    QVERIFY(std::abs(jaroWinkler(sa, sb) - expected) < 0.001);
    QVERIFY(std::abs(jaroWinkler(sb, sa) - expected) < 0.001);
}

void TestComparators::oneEdit_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<bool>("one");
    QTest::newRow("substitution") << QStringLiteral("19840312") << QStringLiteral("19840313") << true;
    QTest::newRow("transposition") << QStringLiteral("19840312") << QStringLiteral("19843012") << true;
    QTest::newRow("insertion") << QStringLiteral("3030") << QStringLiteral("30301") << true;
    QTest::newRow("equal") << QStringLiteral("abc") << QStringLiteral("abc") << false;
    QTest::newRow("two substitutions") << QStringLiteral("19840312") << QStringLiteral("19850313") << false;
}

void TestComparators::oneEdit()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(bool, one);
    QCOMPARE(isOneEditApart(a.toStdString(), b.toStdString()), one);
}

void TestComparators::personLevels_data()
{
    QTest::addColumn<QStringList>("left"); // given, surname, dob
    QTest::addColumn<QStringList>("right");
    QTest::addColumn<int>("given");
    QTest::addColumn<int>("surname");
    QTest::addColumn<int>("dob");
    const auto row = [](const char *g, const char *s, const char *d) {
        return QStringList {QString::fromLatin1(g), QString::fromLatin1(s), QString::fromLatin1(d)};
    };
    QTest::newRow("exact") << row("ann", "lee", "19900101") << row("ann", "lee", "19900101") << 4 << 4 << 4;
    QTest::newRow("nickname") << row("bill", "thompson", "19840312") << row("william", "thomson", "19840312") << 3 << 3
                              << 4;
    QTest::newRow("day month swapped") << row("jose", "muller", "19751102") << row("jose", "muller", "19750211") << 4
                                       << 4 << 3;
    QTest::newRow("one digit off") << row("jose", "muller", "19751102") << row("jose", "muller", "19751103") << 4 << 4
                                   << 3;
    QTest::newRow("different dob") << row("ann", "lee", "19900101") << row("ann", "lee", "19551230") << 4 << 4 << 1;
    QTest::newRow("missing dob") << row("ann", "lee", "") << row("ann", "lee", "19551230") << 4 << 4 << 0;
    QTest::newRow("names swapped") << row("lee", "ann", "19900101") << row("ann", "lee", "19900101") << 3 << 3 << 4;
    QTest::newRow("different people") << row("sarah", "connor", "19650513") << row("kyle", "reese", "19680101") << 1
                                      << 1 << 1;
}

void TestComparators::personLevels()
{
    QFETCH(QStringList, left);
    QFETCH(QStringList, right);
    QFETCH(int, given);
    QFETCH(int, surname);
    QFETCH(int, dob);
    std::vector<PersonRecord> l(1);
    std::vector<PersonRecord> r(1);
    l[0].givenName = left[0].toStdString();
    l[0].surname = left[1].toStdString();
    l[0].dateOfBirth = left[2].toStdString();
    r[0].givenName = right[0].toStdString();
    r[0].surname = right[1].toStdString();
    r[0].dateOfBirth = right[2].toStdString();
    const PersonComparator cmp(l, r);
    const Pattern p = cmp.compare(0, 0);
    QCOMPARE(levelOf(p, PersonComparator::GivenName), given);
    QCOMPARE(levelOf(p, PersonComparator::Surname), surname);
    QCOMPARE(levelOf(p, PersonComparator::DateOfBirth), dob);
    QCOMPARE(levelOf(p, PersonComparator::Email), 0); // missing both sides
}

void TestComparators::amountLevels_data()
{
    QTest::addColumn<qint64>("a");
    QTest::addColumn<qint64>("b");
    QTest::addColumn<int>("level");
    QTest::newRow("exact") << qint64(6000) << qint64(6000) << 5;
    QTest::newRow("within 1 %") << qint64(10000) << qint64(9950) << 3;
    QTest::newRow("stripe fee") << qint64(125000) << qint64(121345) << 4;
    QTest::newRow("stripe fee reversed sides") << qint64(121345) << qint64(125000) << 4;
    QTest::newRow("within 3 %") << qint64(10000) << qint64(9780) << 2;
    QTest::newRow("different") << qint64(40000) << qint64(34000) << 1;
}

void TestComparators::amountLevels()
{
    QFETCH(qint64, a);
    QFETCH(qint64, b);
    QFETCH(int, level);
    QCOMPARE(TransactionComparator::amountLevel(a, b, defaultFees()), level);
}

void TestComparators::lagLevels_data()
{
    QTest::addColumn<int>("days");
    QTest::addColumn<int>("level");
    QTest::newRow("same day") << 0 << 5;
    QTest::newRow("one day later") << 1 << 4;
    QTest::newRow("one day earlier") << -1 << 4;
    QTest::newRow("three days") << 3 << 3;
    QTest::newRow("a week") << 7 << 2;
    QTest::newRow("a month") << 30 << 1;
}

void TestComparators::lagLevels()
{
    QFETCH(int, days);
    QFETCH(int, level);
    QCOMPARE(TransactionComparator::lagLevel(days), level);
}

void TestComparators::transactionExplanationInWords()
{
    std::vector<TransactionRecord> l(1);
    std::vector<TransactionRecord> r(1);
    l[0] = {"a", 1, 100, 10000, "jane doe", "botox", "", 0};
    r[0] = {"b", 1, 101, 9790, "jane dae", "botox", "", 0};
    const TransactionComparator cmp(l, r);
    const FellegiSunter model(TransactionComparator::specs());
    const QString words = summarise(cmp.explain(0, 0, model));
    QVERIFY2(words.contains(QStringLiteral(u"amount \u22122.1 %")), qPrintable(words));
    QVERIFY2(words.contains(QStringLiteral("one day later")), qPrintable(words));
    QVERIFY2(words.contains(QStringLiteral("name 0.9")), qPrintable(words));
}

QTEST_GUILESS_MAIN(TestComparators)
#include "tst_comparators.moc"
