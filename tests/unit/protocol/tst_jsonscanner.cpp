#include "protocol/jsonscanner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace msp::protocol::json;

// The pull page reader's scanner: RFC 8259 JSON, read in one pass.
class TestJsonScanner : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void skipsWhatQJsonDocumentReads_data();
    void skipsWhatQJsonDocumentReads();
    void refusesWhatRfc8259Refuses_data();
    void refusesWhatRfc8259Refuses();
    void refusesNumbersNoDoubleHolds_data();
    void refusesNumbersNoDoubleHolds();
    void readsMembersInOrder();
    void membersGiveValuesAsQJsonDocumentDoes();
    void membersHandOverPlainStringsAsTheyStand();
    void membersTellARepeatedName();
    void manyMembersTellARepeatedName();
    void escapedNamesAreDecoded();
    void deepNestingIsRefusedNotCrashed();
    void faultStopsAtItsOffset();
};

void TestJsonScanner::skipsWhatQJsonDocumentReads_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("spaces everywhere") << QByteArray(" \t\r\n{ \"a\" :\n[ 1 , 2 ]\t}\n ");
    QTest::newRow("numbers") << QByteArray("[0,-0,12,-3.25,1e5,1E+5,2.5e-3,123456789012345678901234567890]");
    QTest::newRow("literals") << QByteArray("[true,false,null]");
    QTest::newRow("escapes") << QByteArray(R"(["\"\\\/\b\f\n\r\t","\u00e9\u20AC","\ud83d\ude00"])");
    QTest::newRow("raw UTF-8") << QByteArray("[\"Ren\xc3\xa9"
                                             "e \xe2\x82\xac \xf0\x9f\x98\x80\"]");
    QTest::newRow("nested") << QByteArray(R"({"a":{"b":[{"c":[[],{}]}]},"d":""})");
}

void TestJsonScanner::skipsWhatQJsonDocumentReads()
{
    QFETCH(QByteArray, text);
    QJsonParseError error;
    QJsonDocument::fromJson(text, &error);
    QCOMPARE(error.error, QJsonParseError::NoError);
    Scanner s(text);
    QByteArrayView span;
    QVERIFY2(s.skipValue(&span), qPrintable(s.errorMessage()));
    QVERIFY(s.atEnd());
    QCOMPARE(span, QByteArrayView(text).trimmed());
}

void TestJsonScanner::refusesWhatRfc8259Refuses_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::newRow("nothing") << QByteArray("");
    QTest::newRow("open object") << QByteArray("{\"a\":1");
    QTest::newRow("trailing comma in array") << QByteArray("[1,]");
    QTest::newRow("trailing comma in object") << QByteArray("{\"a\":1,}");
    QTest::newRow("missing colon") << QByteArray("{\"a\" 1}");
    QTest::newRow("missing comma") << QByteArray("[1 2]");
    QTest::newRow("name not a string") << QByteArray("{a:1}");
    QTest::newRow("leading zero") << QByteArray("[01]");
    QTest::newRow("bare point") << QByteArray("[1.]");
    QTest::newRow("no integer part") << QByteArray("[.5]");
    QTest::newRow("lone minus") << QByteArray("[-]");
    QTest::newRow("empty exponent") << QByteArray("[1e]");
    QTest::newRow("plus sign") << QByteArray("[+1]");
    QTest::newRow("misspelt literal") << QByteArray("[tru]");
    QTest::newRow("unclosed string") << QByteArray("[\"abc]");
    QTest::newRow("raw tab in string") << QByteArray("[\"a\tb\"]");
    QTest::newRow("raw newline in string") << QByteArray("[\"a\nb\"]");
    QTest::newRow("unknown escape") << QByteArray(R"(["\x41"])");
    QTest::newRow("short unicode escape") << QByteArray(R"(["\u12"])");
    QTest::newRow("non-hex unicode escape") << QByteArray(R"(["\u12g4"])");
    QTest::newRow("overlong UTF-8") << QByteArray("[\"\xc0\xaf\"]");
    QTest::newRow("UTF-8 surrogate") << QByteArray("[\"\xed\xa0\x80\"]");
    QTest::newRow("past U+10FFFF") << QByteArray("[\"\xf4\x90\x80\x80\"]");
    QTest::newRow("cut UTF-8") << QByteArray("[\"\xe2\x82\"]");
    QTest::newRow("stray continuation") << QByteArray("[\"\x80\"]");
}

void TestJsonScanner::refusesWhatRfc8259Refuses()
{
    QFETCH(QByteArray, text);
    Scanner s(text);
    QVERIFY(!s.skipValue());
    QVERIFY(s.failed());
    QVERIFY(!s.errorMessage().isEmpty());
    QVERIFY(s.errorOffset() >= 0 && s.errorOffset() <= text.size());
}

void TestJsonScanner::refusesNumbersNoDoubleHolds_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("inRange");
    QTest::newRow("1e308") << QByteArray("[1e308]") << true;
    QTest::newRow("30 digits") << QByteArray("[123456789012345678901234567890]") << true;
    QTest::newRow("1e400") << QByteArray("[1e400]") << false;
    QTest::newRow("-1e400") << QByteArray("[-1e400]") << false;
    QTest::newRow("400 digits") << "[" + QByteArray(400, '9') + "]" << false;
    QTest::newRow("1e-400") << QByteArray("[1e-400]") << false;
}

void TestJsonScanner::refusesNumbersNoDoubleHolds()
{
    // Grammatical, but QJsonDocument refuses a number it cannot hold; the
    // scanner must never take what QJsonDocument refuses.
    QFETCH(QByteArray, text);
    QFETCH(bool, inRange);
    QJsonParseError error;
    QJsonDocument::fromJson(text, &error);
    Scanner s(text);
    const bool taken = s.skipValue() && s.atEnd();
    if (taken)
        QCOMPARE(error.error, QJsonParseError::NoError);
    if (inRange)
        QVERIFY2(taken, qPrintable(s.errorMessage()));
    else
        QVERIFY(!taken);
}

void TestJsonScanner::readsMembersInOrder()
{
    const QByteArray text = R"({"rows":[{"n":1},{"n":2}],"more":true,"name":"A\u00e9"})";
    Scanner s(text);
    QVERIFY(s.beginObject());
    QByteArrayView key;
    QVERIFY(s.nextMember(key));
    QCOMPARE(key, "rows");
    QVERIFY(s.beginArray());
    int elements = 0;
    while (s.nextElement()) {
        QByteArrayView span;
        QVERIFY(s.skipValue(&span));
        ++elements;
    }
    QCOMPARE(elements, 2);
    QVERIFY(s.nextMember(key));
    QCOMPARE(key, "more");
    bool more = false;
    QVERIFY(s.readBool(more));
    QVERIFY(more);
    QVERIFY(s.nextMember(key));
    QCOMPARE(key, "name");
    QString name;
    QVERIFY(s.readString(name));
    QCOMPARE(name, QStringLiteral("A\u00e9"));
    QVERIFY(!s.nextMember(key));
    QVERIFY(!s.failed());
    QVERIFY(s.atEnd());
}

void TestJsonScanner::membersGiveValuesAsQJsonDocumentDoes()
{
    const QByteArray text = R"({"s":"x\"y\n\ud83d\ude00","i":42,"big":12345678901234567890,"d":-1.5e3,)"
                            R"("t":true,"f":false,"z":null,"o":{"k":[1,"2"]},"a":[{"b":null}],"e":"",)"
                            "\"raw\":\"Ren\xc3\xa9"
                            "e\"}";
    const QJsonObject expected = QJsonDocument::fromJson(text).object();
    QVERIFY(!expected.isEmpty());
    Scanner s(text);
    Members m;
    QVERIFY2(m.read(s), qPrintable(s.errorMessage()));
    QVERIFY(s.atEnd());
    QVERIFY(!m.hasRepeatedNames());
    for (const QString &key : expected.keys()) {
        const QByteArray latin = key.toLatin1();
        QCOMPARE(m.value(QLatin1StringView(latin)), expected.value(key));
    }
    QVERIFY(m.value(QLatin1StringView("missing")).isUndefined());
}

void TestJsonScanner::membersHandOverPlainStringsAsTheyStand()
{
    const QByteArray text = R"({"id":"0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b","esc":"a\"b","n":12,"z":null,)"
                            "\"e\":\"\",\"utf\":\"Ren\xc3\xa9"
                            "e\",\"id\":\"second\"}";
    Scanner s(text);
    Members m;
    QVERIFY2(m.read(s), qPrintable(s.errorMessage()));
    QByteArrayView inner;
    QVERIFY(m.rawString(QLatin1StringView("id"), inner)); // the last of a repeated name, as value() gives
    QCOMPARE(inner, QByteArrayView("second"));
    QVERIFY(m.rawString(QLatin1StringView("utf"), inner));
    QCOMPARE(QString::fromUtf8(inner), m.value(QLatin1StringView("utf")).toString());
    QVERIFY(m.rawString(QLatin1StringView("e"), inner));
    QVERIFY(inner.isEmpty());
    // Escaped text is not its value; other kinds and missing members are no strings.
    QVERIFY(!m.rawString(QLatin1StringView("esc"), inner));
    QVERIFY(!m.rawString(QLatin1StringView("n"), inner));
    QVERIFY(!m.rawString(QLatin1StringView("z"), inner));
    QVERIFY(!m.rawString(QLatin1StringView("missing"), inner));
}

void TestJsonScanner::membersTellARepeatedName()
{
    const QByteArray text = R"({"a":1,"b":2,"a":3})";
    Scanner s(text);
    Members m;
    QVERIFY(m.read(s));
    QVERIFY(m.hasRepeatedNames());
}

void TestJsonScanner::manyMembersTellARepeatedName()
{
    QByteArray text = "{";
    for (int i = 0; i < 2000; ++i)
        text += "\"k" + QByteArray::number(i) + "\":" + QByteArray::number(i) + ",";
    QByteArray unique = text;
    unique.chop(1);
    unique += "}";
    Scanner s(unique);
    Members m;
    QVERIFY(m.read(s));
    QVERIFY(!m.hasRepeatedNames());
    QCOMPARE(m.value(QLatin1StringView("k1999")).toInt(), 1999);
    const QByteArray repeated = text + "\"k7\":0}";
    Scanner t(repeated);
    QVERIFY(m.read(t));
    QVERIFY(m.hasRepeatedNames());
}

void TestJsonScanner::escapedNamesAreDecoded()
{
    // "n\u0061me" is "name"; with a plain "name" beside it, the name repeats.
    const QByteArray text = R"({"n\u0061me":"x","other":1})";
    Scanner s(text);
    Members m;
    QVERIFY(m.read(s));
    QCOMPARE(m.value(QLatin1StringView("name")).toString(), QStringLiteral("x"));
    const QByteArray twice = R"({"n\u0061me":"x","name":"y"})";
    Scanner t(twice);
    QVERIFY(m.read(t));
    QVERIFY(m.hasRepeatedNames());
}

void TestJsonScanner::deepNestingIsRefusedNotCrashed()
{
    const QByteArray deep = QByteArray(100000, '[') + QByteArray(100000, ']');
    Scanner s(deep);
    QVERIFY(!s.skipValue());
    QVERIFY(s.failed());
    const QByteArray fine = QByteArray(1000, '[') + QByteArray(1000, ']');
    Scanner t(fine);
    QVERIFY(t.skipValue());
    QVERIFY(t.atEnd());
}

void TestJsonScanner::faultStopsAtItsOffset()
{
    const QByteArray text = R"({"a":[1,2,x]})";
    Scanner s(text);
    QVERIFY(!s.skipValue());
    QCOMPARE(s.errorOffset(), text.indexOf('x'));
    // Once failed, nothing more is read.
    QByteArrayView key;
    QVERIFY(!s.nextMember(key));
    QVERIFY(!s.beginObject());
    QCOMPARE(s.errorOffset(), text.indexOf('x'));
}

QTEST_GUILESS_MAIN(TestJsonScanner)
#include "tst_jsonscanner.moc"
