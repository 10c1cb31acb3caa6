#include "appointmentjson.h"
#include "protocol/wiretime.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace msp::server;

// An appointment's pull JSON written from PostgreSQL's column text, without a
// database: the text the feed built in SQL (to_char's wire time, to_json's
// escaping, null for NULL), member for member. tst_serverpull checks the
// same against PostgreSQL itself.
class TestAppointmentJson : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void wireTime_data();
    void wireTime();
    void unsendableTimeIsRefused_data();
    void unsendableTimeIsRefused();
    void jsonString_data();
    void jsonString();
    void wholeObject();
    void nullColumnsAreNull();
    void unsendableTimeLeavesOutAsItWas();
};

void TestAppointmentJson::wireTime_data()
{
    QTest::addColumn<QByteArray>("timestamp");
    QTest::addColumn<QByteArray>("wire");
    QTest::addRow("whole second") << QByteArray("2035-03-01 08:15:30") << QByteArray("2035-03-01T08:15:30.000Z");
    QTest::addRow("tenths") << QByteArray("2035-03-01 08:15:30.5") << QByteArray("2035-03-01T08:15:30.500Z");
    QTest::addRow("hundredths") << QByteArray("2035-03-01 08:15:30.25") << QByteArray("2035-03-01T08:15:30.250Z");
    QTest::addRow("milliseconds") << QByteArray("2035-03-01 08:15:30.123") << QByteArray("2035-03-01T08:15:30.123Z");
    QTest::addRow("sub-millisecond truncated, not rounded")
        << QByteArray("2027-01-04 14:00:00.123999") << QByteArray("2027-01-04T14:00:00.123Z");
    QTest::addRow("one microsecond") << QByteArray("2027-01-04 14:00:00.000001")
                                     << QByteArray("2027-01-04T14:00:00.000Z");
    QTest::addRow("last microsecond of a day")
        << QByteArray("2027-12-31 23:59:59.999999") << QByteArray("2027-12-31T23:59:59.999Z");
    QTest::addRow("year 1") << QByteArray("0001-01-01 00:00:00") << QByteArray("0001-01-01T00:00:00.000Z");
    QTest::addRow("year 9999") << QByteArray("9999-12-31 23:59:59.5") << QByteArray("9999-12-31T23:59:59.500Z");
}

void TestAppointmentJson::wireTime()
{
    QFETCH(QByteArray, timestamp);
    QFETCH(QByteArray, wire);
    std::string out = "x";
    QVERIFY(appendWireTime(out, timestamp.toStdString()));
    QCOMPARE(QByteArray::fromStdString(out), "x" + wire);
    // What the app's decoder reads back, to the millisecond.
    const auto decoded = msp::protocol::decodeTime(QString::fromLatin1(wire), u"start");
    QVERIFY(decoded.isOk());
    QCOMPARE(msp::protocol::encodeTime(*decoded), QString::fromLatin1(wire));
}

void TestAppointmentJson::unsendableTimeIsRefused_data()
{
    QTest::addColumn<QByteArray>("timestamp");
    QTest::addRow("infinity") << QByteArray("infinity");
    QTest::addRow("minus infinity") << QByteArray("-infinity");
    QTest::addRow("BC") << QByteArray("0044-03-15 12:00:00 BC");
    QTest::addRow("BC with a fraction") << QByteArray("0044-03-15 12:00:00.5 BC");
    QTest::addRow("year 10000") << QByteArray("10000-01-01 00:00:00");
    QTest::addRow("DateStyle Postgres") << QByteArray("Thu Mar 01 08:15:30 2035");
    QTest::addRow("DateStyle SQL") << QByteArray("03/01/2035 08:15:30");
    QTest::addRow("DateStyle German") << QByteArray("01.03.2035 08:15:30");
    QTest::addRow("timestamptz, with its offset") << QByteArray("2035-03-01 08:15:30+00");
    QTest::addRow("already wire time") << QByteArray("2035-03-01T08:15:30.000Z");
    QTest::addRow("a dot without digits") << QByteArray("2035-03-01 08:15:30.");
    QTest::addRow("seven fraction digits") << QByteArray("2035-03-01 08:15:30.1234567");
    QTest::addRow("a letter in a digit's place") << QByteArray("2035-0a-01 08:15:30");
    QTest::addRow("short") << QByteArray("2035-03-01 08:15");
    QTest::addRow("empty") << QByteArray();
}

void TestAppointmentJson::unsendableTimeIsRefused()
{
    QFETCH(QByteArray, timestamp);
    std::string out = "kept";
    QVERIFY(!appendWireTime(out, timestamp.toStdString()));
    QCOMPARE(out, std::string("kept"));
}

void TestAppointmentJson::jsonString_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<QByteArray>("json");
    QTest::addRow("empty") << QByteArray() << QByteArray("\"\"");
    QTest::addRow("plain") << QByteArray("booked") << QByteArray("\"booked\"");
    QTest::addRow("quote and backslash") << QByteArray("say \"hi\" C:\\path")
                                         << QByteArray("\"say \\\"hi\\\" C:\\\\path\"");
    QTest::addRow("short escapes") << QByteArray("\b\f\n\r\t") << QByteArray("\"\\b\\f\\n\\r\\t\"");
    QTest::addRow("other control characters as \\u00xx, lower case")
        << QByteArray("a\x01z\x1b\x1f") << QByteArray("\"a\\u0001z\\u001b\\u001f\"");
    QTest::addRow("slash and DEL as they are") << QByteArray("</script>\x7f") << QByteArray("\"</script>\x7f\"");
    QTest::addRow("UTF-8 as it is") << QByteArray("caf\xc3\xa9 \xe2\x9c\x93 \xf0\x9f\x98\x80")
                                    << QByteArray("\"caf\xc3\xa9 \xe2\x9c\x93 \xf0\x9f\x98\x80\"");
    QTest::addRow("escapes at both ends") << QByteArray("\nmiddle\"") << QByteArray("\"\\nmiddle\\\"\"");
}

void TestAppointmentJson::jsonString()
{
    QFETCH(QByteArray, text);
    QFETCH(QByteArray, json);
    std::string out;
    appendJsonString(out, std::string_view(text.constData(), std::size_t(text.size())));
    QCOMPARE(QByteArray::fromStdString(out), json);
    // Valid JSON that decodes to the text.
    const auto doc = QJsonDocument::fromJson("[" + json + "]");
    QVERIFY(doc.isArray());
    QCOMPARE(doc.array().at(0).toString(), QString::fromUtf8(text));
}

void TestAppointmentJson::wholeObject()
{
    const AppointmentColumns columns {"018f0000-0000-7000-8000-000000000001",
                                      "018f0000-0000-7000-8000-000000000002",
                                      "018f0000-0000-7000-8000-000000000003",
                                      "018f0000-0000-7000-8000-000000000004",
                                      "018f0000-0000-7000-8000-000000000005",
                                      "2027-01-04 14:00:00.123999",
                                      "2027-01-04 14:45:00",
                                      "booked",
                                      "caf\xc3\xa9 \xe2\x9c\x93 \"1\"\n",
                                      "t"};
    std::string out;
    QVERIFY(appendAppointmentJson(out, columns));
    QCOMPARE(QByteArray::fromStdString(out),
             QByteArray("{\"client_id\":\"018f0000-0000-7000-8000-000000000001\","
                        "\"practitioner_id\":\"018f0000-0000-7000-8000-000000000002\","
                        "\"service_id\":\"018f0000-0000-7000-8000-000000000003\","
                        "\"room_id\":\"018f0000-0000-7000-8000-000000000004\","
                        "\"device_id\":\"018f0000-0000-7000-8000-000000000005\","
                        "\"start\":\"2027-01-04T14:00:00.123Z\",\"end\":\"2027-01-04T14:45:00.000Z\","
                        "\"status\":\"booked\",\"notes\":\"caf"
                        "\xc3\xa9 \xe2\x9c\x93"
                        " \\\"1\\\"\\n\",\"overbooked\":true}"));
    QVERIFY(QJsonDocument::fromJson(QByteArray::fromStdString(out)).isObject());
}

void TestAppointmentJson::nullColumnsAreNull()
{
    AppointmentColumns columns;
    columns.overbooked = "f";
    std::string out;
    QVERIFY(appendAppointmentJson(out, columns));
    QCOMPARE(QByteArray::fromStdString(out),
             QByteArray("{\"client_id\":null,\"practitioner_id\":null,\"service_id\":null,\"room_id\":null,"
                        "\"device_id\":null,\"start\":null,\"end\":null,\"status\":null,\"notes\":null,"
                        "\"overbooked\":false}"));
    columns.overbooked.reset();
    out.clear();
    QVERIFY(appendAppointmentJson(out, columns));
    QVERIFY(QByteArray::fromStdString(out).endsWith("\"overbooked\":null}"));
}

// The page writer then fails the page rather than send half an object.
void TestAppointmentJson::unsendableTimeLeavesOutAsItWas()
{
    AppointmentColumns columns;
    columns.start = "2027-01-04 14:00:00";
    for (const char *end : {"infinity", "10000-01-01 00:00:00"}) {
        columns.end = end;
        std::string out = "[";
        QVERIFY(!appendAppointmentJson(out, columns));
        QCOMPARE(out, std::string("["));
    }
    columns.start = "0001-01-01 00:00:00 BC";
    columns.end = "2027-01-04 14:00:00";
    std::string out = "[";
    QVERIFY(!appendAppointmentJson(out, columns));
    QCOMPARE(out, std::string("["));
}

QTEST_GUILESS_MAIN(TestAppointmentJson)
#include "tst_appointmentjson.moc"
