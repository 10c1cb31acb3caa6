#include "reconcile/amountparser.h"
#include "reconcile/csvtable.h"
#include "reconcile/dateparser.h"
#include "reconcile/recordimport.h"

#include <QFile>
#include <QTest>

using namespace msp::reconcile;

class TestCsvImport : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void delimiter_data();
    void delimiter();
    void quotedNewlinesAndBom();
    void windows1252();
    void wrongFieldCountIsReportedNotFatal();
    void unclosedQuote();
    void emptyFileFails();
    void amounts_data();
    void amounts();
    void dates_data();
    void dates();
    void dateOrderDetection_data();
    void dateOrderDetection();
    void headerMapping();
    void badDatesAndAmountsReportedWithLine();
    void missingIdColumnFails();
};

namespace {

QByteArray fixture(const char *name)
{
    QFile f(QStringLiteral(MEDSPASYNC_TEST_FIXTURES "/reconcile/") + QString::fromLatin1(name));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("missing fixture");
    return f.readAll();
}

} // namespace

void TestCsvImport::delimiter_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<char>("expected");
    QTest::newRow("comma") << QByteArray("a,b,c\n1,2,3\n") << ',';
    QTest::newRow("semicolon with decimal commas") << QByteArray("a;b;c\n1,5;2,5;3\n") << ';';
    QTest::newRow("tab") << QByteArray("a\tb\n1\t2\n") << '\t';
    QTest::newRow("pipe") << QByteArray("a|b|c\n1|2|3\n") << '|';
    QTest::newRow("comma inside quotes ignored") << QByteArray("\"a,x\";b\n\"1,2\";3\n") << ';';
}

void TestCsvImport::delimiter()
{
    QFETCH(QByteArray, text);
    QFETCH(char, expected);
    const auto t = CsvTable::parse(text);
    QVERIFY(t.isOk());
    QCOMPARE(t->delimiter(), expected);
    QCOMPARE(t->rowCount(), 1);
}

void TestCsvImport::quotedNewlinesAndBom()
{
    const auto t = CsvTable::parse(fixture("bom_quoted_newline.csv"));
    QVERIFY(t.isOk());
    QCOMPARE(t->encoding(), TextEncoding::Utf8WithBom);
    QCOMPARE(t->header(0), std::string_view("ID")); // no BOM glued to the first header
    QCOMPARE(t->rowCount(), 2);
    QCOMPARE(t->cell(0, 3), std::string_view("line one\nline two"));
    QCOMPARE(t->lineOf(1), 4); // the quoted newline counts as a line
    QCOMPARE(t->cell(1, 2), std::string_view("1,000.50"));
    QCOMPARE(t->cell(1, 3), std::string_view("Caf\xc3\xa9"));
}

void TestCsvImport::windows1252()
{
    const auto t = CsvTable::parse(fixture("windows1252.csv"));
    QVERIFY(t.isOk());
    QCOMPARE(t->encoding(), TextEncoding::Windows1252);
    QCOMPARE(QString::fromUtf8(t->cell(0, 3).data(), qsizetype(t->cell(0, 3).size())),
             QStringLiteral(u"Caf\u00e9 \u20ac Ren\u00e9e"));
}

void TestCsvImport::wrongFieldCountIsReportedNotFatal()
{
    const auto t = CsvTable::parse("a,b\n1,2\n3\n4,5,6\n7,8\n");
    QVERIFY(t.isOk());
    QCOMPARE(t->rowCount(), 2);
    QCOMPARE(t->issues().size(), size_t(2));
    QCOMPARE(t->issues()[0].line, 3);
    QCOMPARE(t->issues()[1].line, 4);
}

void TestCsvImport::unclosedQuote()
{
    const auto t = CsvTable::parse("a,b\n1,2\n3,\"open\n4,5\n");
    QVERIFY(t.isOk());
    QCOMPARE(t->rowCount(), 1);
    QCOMPARE(t->issues().size(), size_t(1));
    QCOMPARE(t->issues()[0].line, 3);
}

void TestCsvImport::emptyFileFails()
{
    QVERIFY(!CsvTable::parse("").isOk());
    QVERIFY(!CsvTable::parse("\n\n").isOk());
}

void TestCsvImport::amounts_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<qint64>("cents"); // -1: not an amount
    QTest::newRow("plain") << QByteArray("60") << qint64(6000);
    QTest::newRow("dollar and thousands") << QByteArray("$1,234.56") << qint64(123456);
    QTest::newRow("negative sign before dollar") << QByteArray("-$12.00") << qint64(-1200);
    QTest::newRow("parentheses") << QByteArray("(12.50)") << qint64(-1250);
    QTest::newRow("european") << QByteArray("1.234,56 \xe2\x82\xac") << qint64(123456);
    QTest::newRow("currency code") << QByteArray("USD 60.5") << qint64(6050);
    QTest::newRow("thousands only") << QByteArray("1,000") << qint64(100000);
    QTest::newRow("unicode minus") << QByteArray("\xe2\x88\x92"
                                                 "5.00")
                                   << qint64(-500);
    QTest::newRow("words") << QByteArray("twelve") << qint64(-1);
    QTest::newRow("empty") << QByteArray("") << qint64(-1);
}

void TestCsvImport::amounts()
{
    QFETCH(QByteArray, text);
    QFETCH(qint64, cents);
    const auto v = parseAmount(std::string_view(text.constData(), size_t(text.size())));
    QCOMPARE(v.has_value(), cents != -1);
    if (v)
        QCOMPARE(qint64(*v), cents);
}

void TestCsvImport::dates_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<int>("order");
    QTest::addColumn<QString>("expected"); // empty: not a date
    const int ymd = int(DateOrder::YearMonthDay);
    const int dmy = int(DateOrder::DayMonthYear);
    const int mdy = int(DateOrder::MonthDayYear);
    QTest::newRow("iso") << QByteArray("2024-03-12") << ymd << QStringLiteral("2024-03-12");
    QTest::newRow("iso with time") << QByteArray("2024-03-12T23:10:00Z") << ymd << QStringLiteral("2024-03-12");
    QTest::newRow("compact") << QByteArray("19840312") << ymd << QStringLiteral("1984-03-12");
    QTest::newRow("us") << QByteArray("3/12/2024") << mdy << QStringLiteral("2024-03-12");
    QTest::newRow("au") << QByteArray("12/03/2024") << dmy << QStringLiteral("2024-03-12");
    QTest::newRow("two-digit year") << QByteArray("03/12/24") << mdy << QStringLiteral("2024-03-12");
    QTest::newRow("month name first") << QByteArray("Mar 12, 2024") << mdy << QStringLiteral("2024-03-12");
    QTest::newRow("month name second") << QByteArray("12 Mar 2024") << mdy << QStringLiteral("2024-03-12");
    QTest::newRow("unix seconds") << QByteArray("1710201600") << ymd << QStringLiteral("2024-03-12");
    QTest::newRow("february 30") << QByteArray("2024-02-30") << ymd << QString();
    QTest::newRow("month 13") << QByteArray("13/13/2024") << mdy << QString();
    QTest::newRow("words") << QByteArray("not a date") << ymd << QString();
}

void TestCsvImport::dates()
{
    QFETCH(QByteArray, text);
    QFETCH(int, order);
    QFETCH(QString, expected);
    const auto d = parseDate(std::string_view(text.constData(), size_t(text.size())), DateOrder(order));
    QCOMPARE(d.has_value(), !expected.isEmpty());
    if (d)
        QCOMPARE(
            QStringLiteral("%1-%2-%3").arg(d->year).arg(d->month, 2, 10, QChar(u'0')).arg(d->day, 2, 10, QChar(u'0')),
            expected);
}

void TestCsvImport::dateOrderDetection_data()
{
    QTest::addColumn<QStringList>("samples");
    QTest::addColumn<int>("order");
    QTest::newRow("year first") << QStringList {QStringLiteral("2024-01-02")} << int(DateOrder::YearMonthDay);
    QTest::newRow("day above twelve first")
        << QStringList {QStringLiteral("01/02/2024"), QStringLiteral("25/02/2024")} << int(DateOrder::DayMonthYear);
    QTest::newRow("day above twelve second")
        << QStringList {QStringLiteral("01/02/2024"), QStringLiteral("02/25/2024")} << int(DateOrder::MonthDayYear);
    QTest::newRow("ambiguous reads US") << QStringList {QStringLiteral("01/02/2024")} << int(DateOrder::MonthDayYear);
}

void TestCsvImport::dateOrderDetection()
{
    QFETCH(QStringList, samples);
    QFETCH(int, order);
    std::vector<std::string> storage;
    for (const auto &s : samples)
        storage.push_back(s.toStdString());
    std::vector<std::string_view> views(storage.begin(), storage.end());
    QCOMPARE(int(detectDateOrder(views)), order);
}

void TestCsvImport::headerMapping()
{
    const auto t = CsvTable::parse("Rec_ID, First Name ,SURNAME,dob,Street Address,City,ZIP,Mobile,E-mail,Notes\n"
                                   "1,Ann,Lee,1990-01-01,1 A St,Town,12345,555 0100 222,a@b.co,x\n");
    QVERIFY(t.isOk());
    const auto people = importPeople(*t);
    QVERIFY(people.isOk());
    const auto &m = people->summary.mapping;
    QCOMPARE(m.column(Field::Id), 0);
    QCOMPARE(m.column(Field::GivenName), 1);
    QCOMPARE(m.column(Field::Surname), 2);
    QCOMPARE(m.column(Field::DateOfBirth), 3);
    QCOMPARE(m.column(Field::Address), 4);
    QCOMPARE(m.column(Field::Suburb), 5);
    QCOMPARE(m.column(Field::Postcode), 6);
    QCOMPARE(m.column(Field::Phone), 7);
    QCOMPARE(m.column(Field::Email), 8);
    QCOMPARE(people->records.front().dateOfBirth, std::string("19900101"));
    QCOMPARE(people->records.front().givenName, std::string("ann"));
}

void TestCsvImport::badDatesAndAmountsReportedWithLine()
{
    const auto pos = CsvTable::parse(fixture("pos.csv"));
    QVERIFY(pos.isOk());
    QCOMPARE(pos->delimiter(), ';');
    const auto imported = importTransactions(*pos, {"ID"});
    QVERIFY(imported.isOk());
    QCOMPARE(imported->records.size(), size_t(5));
    QCOMPARE(imported->summary.issues.size(), size_t(1));
    QCOMPARE(imported->summary.issues.front().line, 6);
    QVERIFY(imported->summary.issues.front().reason.contains(QStringLiteral("not a date")));
    QCOMPARE(imported->records.front().amount, 125000);
    QCOMPARE(imported->records[1].name, std::string("john smith"));

    const auto payouts = CsvTable::parse(fixture("payouts.csv"));
    const auto p = importTransactions(*payouts, {"ID"});
    QVERIFY(p.isOk());
    QCOMPARE(p->summary.issues.size(), size_t(1));
    QCOMPARE(p->summary.issues.front().line, 6);
    QCOMPARE(p->records.front().reference, std::string("a1"));
}

void TestCsvImport::missingIdColumnFails()
{
    const auto t = CsvTable::parse("id,surname\n1,lee\n");
    QVERIFY(!importPeople(*t, {"rec_id"}).isOk());
    QVERIFY(importPeople(*t, {"id"}).isOk());
    const auto noName = CsvTable::parse("id,colour\n1,red\n");
    QVERIFY(!importPeople(*noName).isOk());
}

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
