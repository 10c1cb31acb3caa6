#include "protocol/mutationargs.h"

#include <QJsonDocument>
#include <QTest>

using namespace msp;
using namespace msp::protocol;

class TestMutationArgs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void bookAppointment_data();
    void bookAppointment();
    void bookRoundTrip();
    void updateClientFields_data();
    void updateClientFields();
};

static QByteArray booking(const QByteArray &overrides)
{
    QJsonObject o {{QStringLiteral("id"), QStringLiteral("0190d0f0-0000-7000-8000-000000000001")},
                   {QStringLiteral("client_id"), QStringLiteral("0190d0f0-0000-7000-8000-000000000002")},
                   {QStringLiteral("practitioner_id"), QStringLiteral("0190d0f0-0000-7000-8000-000000000003")},
                   {QStringLiteral("service_id"), QStringLiteral("0190d0f0-0000-7000-8000-000000000004")},
                   {QStringLiteral("room_id"), QStringLiteral("0190d0f0-0000-7000-8000-000000000005")},
                   {QStringLiteral("start"), QStringLiteral("2025-03-01T09:00:00.000Z")},
                   {QStringLiteral("end"), QStringLiteral("2025-03-01T10:00:00.000Z")}};
    const auto extra = QJsonDocument::fromJson(overrides).object();
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (it.value().isNull())
            o.remove(it.key());
        else
            o.insert(it.key(), it.value());
    }
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

void TestMutationArgs::bookAppointment_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field"); // empty when valid
    QTest::newRow("valid") << booking("{}") << QString();
    QTest::newRow("with device") << booking(R"({"device_id":"0190d0f0-0000-7000-8000-000000000006"})") << QString();
    QTest::newRow("missing practitioner")
        << booking(R"({"practitioner_id":null})") << QStringLiteral("practitioner_id");
    QTest::newRow("room wrong type") << booking(R"({"room_id":12})") << QStringLiteral("room_id");
    QTest::newRow("id not uuid") << booking(R"({"id":"abc"})") << QStringLiteral("id");
    QTest::newRow("start garbage") << booking(R"({"start":"tomorrow"})") << QStringLiteral("start");
    QTest::newRow("start without zone") << booking(R"({"start":"2025-03-01T09:00:00"})") << QStringLiteral("start");
    QTest::newRow("end before start") << booking(R"({"end":"2025-03-01T08:00:00.000Z"})") << QStringLiteral("end");
    QTest::newRow("longer than 12 hours") << booking(R"({"end":"2025-03-02T09:00:00.000Z"})") << QStringLiteral("end");
    QTest::newRow("unknown status") << booking(R"({"status":"maybe"})") << QStringLiteral("status");
    QTest::newRow("overbook with reason") << booking(R"({"overbook_reason":"squeezed in"})") << QString();
    QTest::newRow("overbook reason wrong type")
        << booking(R"({"overbook_reason":true})") << QStringLiteral("overbook_reason");
    QTest::newRow("overbook reason too long")
        << booking("{\"overbook_reason\":\"" + QByteArray(501, 'x') + "\"}") << QStringLiteral("overbook_reason");
}

void TestMutationArgs::bookAppointment()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    const auto r = bookAppointmentFromJson(QJsonDocument::fromJson(json).object());
    QCOMPARE(r.isOk(), field.isEmpty());
    if (!r.isOk())
        QCOMPARE(r.error().field, field);
}

void TestMutationArgs::bookRoundTrip()
{
    const auto a = bookAppointmentFromJson(QJsonDocument::fromJson(booking("{}")).object());
    QVERIFY(a.isOk());
    QCOMPARE(a->status, QStringLiteral("booked"));
    const auto b = bookAppointmentFromJson(toJson(*a));
    QVERIFY(b.isOk());
    QCOMPARE(b->start, a->start);
    QCOMPARE(b->roomId, a->roomId);
    QVERIFY(b->overbookReason.isEmpty());
    QVERIFY(!toJson(*a).contains(u"overbook_reason")); // absent unless asked for

    auto overbooked = *a;
    overbooked.overbookReason = QStringLiteral("Client in pain");
    QCOMPARE(bookAppointmentFromJson(toJson(overbooked))->overbookReason, QStringLiteral("Client in pain"));
    const RescheduleAppointmentArgs move {a->id, a->start, a->end, QStringLiteral("double-handed")};
    QCOMPARE(rescheduleFromJson(toJson(move))->overbookReason, QStringLiteral("double-handed"));
    QCOMPARE(rescheduleFromJson(toJson(RescheduleAppointmentArgs {a->id, a->start, a->end, {}}))->overbookReason,
             QString());
}

void TestMutationArgs::updateClientFields_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::newRow("valid") << QByteArray(
        R"({"id":"0190d0f0-0000-7000-8000-000000000001","changes":{"phone":{"old":"1","new":"2"}}})")
                           << true;
    QTest::newRow("clearing a field") << QByteArray(
        R"({"id":"0190d0f0-0000-7000-8000-000000000001","changes":{"phone":{"old":"1","new":""}}})")
                                      << true;
    QTest::newRow("no changes") << QByteArray(R"({"id":"0190d0f0-0000-7000-8000-000000000001","changes":{}})") << false;
    QTest::newRow("change not object") << QByteArray(
        R"({"id":"0190d0f0-0000-7000-8000-000000000001","changes":{"phone":"2"}})")
                                       << false;
    QTest::newRow("missing old") << QByteArray(
        R"({"id":"0190d0f0-0000-7000-8000-000000000001","changes":{"phone":{"new":"2"}}})")
                                 << false;
}

void TestMutationArgs::updateClientFields()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    QCOMPARE(updateClientFieldsFromJson(QJsonDocument::fromJson(json).object()).isOk(), valid);
}

QTEST_GUILESS_MAIN(TestMutationArgs)
#include "tst_mutationargs.moc"
