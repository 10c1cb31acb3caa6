#include "protocol/mutation.h"

#include <QJsonArray>
#include <QTest>

using namespace msp;
using namespace msp::protocol;

class TestPushCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decodeRequest_data();
    void decodeRequest();
    void roundTripRequest();
    void roundTripResponse();
    void decodeResponse_rejectedWithoutReason();
};

void TestPushCodec::decodeRequest_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("field"); // the field the error names
    QTest::addColumn<int>("count");

    QTest::newRow("empty") << QByteArray() << false << QString() << 0;
    QTest::newRow("whitespace") << QByteArray("  \n") << false << QString() << 0;
    QTest::newRow("garbage") << QByteArray("{not json") << false << QString() << 0;
    QTest::newRow("array root") << QByteArray("[]") << false << QString() << 0;
    QTest::newRow("no mutations") << QByteArray("{}") << false << QStringLiteral("mutations") << 0;
    QTest::newRow("mutations not array") << QByteArray(R"({"mutations":{}})") << false << QStringLiteral("mutations")
                                         << 0;
    QTest::newRow("empty batch") << QByteArray(R"({"mutations":[]})") << true << QString() << 0;
    QTest::newRow("one") << QByteArray(R"({"mutations":[{"id":1,"name":"cancel_appointment","args":{"id":"x"}}]})")
                         << true << QString() << 1;
    QTest::newRow("consecutive") << QByteArray(
        R"({"mutations":[{"id":7,"name":"delete_client","args":{}},{"id":8,"name":"delete_client","args":{}}]})")
                                 << true << QString() << 2;
    QTest::newRow("item not object") << QByteArray(R"({"mutations":[3]})") << false << QStringLiteral("mutations[0]")
                                     << 0;
    QTest::newRow("id wrong type") << QByteArray(R"({"mutations":[{"id":"1","name":"delete_client","args":{}}]})")
                                   << false << QStringLiteral("mutations[0].id") << 0;
    QTest::newRow("id fractional") << QByteArray(R"({"mutations":[{"id":1.5,"name":"delete_client","args":{}}]})")
                                   << false << QStringLiteral("mutations[0].id") << 0;
    QTest::newRow("id zero") << QByteArray(R"({"mutations":[{"id":0,"name":"delete_client","args":{}}]})") << false
                             << QStringLiteral("mutations[0].id") << 0;
    QTest::newRow("ids not consecutive") << QByteArray(
        R"({"mutations":[{"id":1,"name":"delete_client","args":{}},{"id":3,"name":"delete_client","args":{}}]})")
                                         << false << QStringLiteral("mutations[1].id") << 0;
    QTest::newRow("unknown mutation") << QByteArray(R"({"mutations":[{"id":1,"name":"drop_tables","args":{}}]})")
                                      << false << QStringLiteral("mutations[0].name") << 0;
    QTest::newRow("name wrong type") << QByteArray(R"({"mutations":[{"id":1,"name":5,"args":{}}]})") << false
                                     << QStringLiteral("mutations[0].name") << 0;
    QTest::newRow("args missing") << QByteArray(R"({"mutations":[{"id":1,"name":"delete_client"}]})") << false
                                  << QStringLiteral("mutations[0].args") << 0;
    QTest::newRow("args wrong type") << QByteArray(R"({"mutations":[{"id":1,"name":"delete_client","args":[]}]})")
                                     << false << QStringLiteral("mutations[0].args") << 0;
}

void TestPushCodec::decodeRequest()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QFETCH(QString, field);
    QFETCH(int, count);
    const auto r = decodePushRequest(json);
    QCOMPARE(r.isOk(), valid);
    if (valid) {
        QCOMPARE(r->mutations.size(), count);
    } else {
        QCOMPARE(r.error().field, field);
        QVERIFY(!r.error().message.isEmpty());
    }
}

void TestPushCodec::roundTripRequest()
{
    PushRequest r;
    r.mutations.append(Mutation {41, QStringLiteral("book_appointment"), QJsonObject {{QStringLiteral("a"), 1}}});
    r.mutations.append(Mutation {42, QStringLiteral("cancel_appointment"), QJsonObject {}});
    const auto back = decodePushRequest(encodePushRequest(r));
    QVERIFY(back.isOk());
    QCOMPARE(*back, r);
}

void TestPushCodec::roundTripResponse()
{
    PushResponse r;
    r.lastMutationId = 9;
    r.results.append(MutationResult {8, MutationOutcome::Applied, {}, {}, {}, {}});
    MutationResult rejected;
    rejected.id = 9;
    rejected.outcome = MutationOutcome::Rejected;
    rejected.reason = QString::fromUtf16(reason::kSlotTaken);
    rejected.message = QStringLiteral("The practitioner is booked then.");
    rejected.conflictingBooking = QJsonObject {{QStringLiteral("id"), QStringLiteral("abc")}};
    rejected.nextFreeSlots
        = {FreeSlot {QStringLiteral("2025-01-01T10:00:00.000Z"), QStringLiteral("2025-01-01T11:00:00.000Z")}};
    r.results.append(rejected);
    const auto back = decodePushResponse(encodePushResponse(r));
    QVERIFY(back.isOk());
    QCOMPARE(*back, r);
}

void TestPushCodec::decodeResponse_rejectedWithoutReason()
{
    const auto r = decodePushResponse(R"({"results":[{"id":1,"outcome":"rejected"}],"last_mutation_id":1})");
    QVERIFY(!r.isOk());
    QCOMPARE(r.error().field, QStringLiteral("reason"));
}

QTEST_GUILESS_MAIN(TestPushCodec)
#include "tst_pushcodec.moc"
