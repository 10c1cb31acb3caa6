#include "protocol/mergeclientsargs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace msp;
using namespace msp::protocol;

// merge_clients / unmerge_clients arguments: what both ends read.
class TestMergeClientsArgs : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void decode_data();
    void decode();
    void roundTrip();
};

namespace {
const QString kKept = QStringLiteral("0190d0f0-0000-7000-8000-00000000000a");
const QString kMerged = QStringLiteral("0190d0f0-0000-7000-8000-00000000000b");
const QString kVisit = QStringLiteral("0190d0f0-0000-7000-8000-00000000000c");

QJsonObject args(const QByteArray &overrides)
{
    QJsonObject o {{QStringLiteral("id"), kKept},
                   {QStringLiteral("merged_id"), kMerged},
                   {QStringLiteral("changes"), QJsonObject {}},
                   {QStringLiteral("appointment_ids"), QJsonArray {kVisit}}};
    const auto extra = QJsonDocument::fromJson(overrides).object();
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        if (it.value().isNull())
            o.remove(it.key());
        else
            o.insert(it.key(), it.value());
    }
    return o;
}
} // namespace

void TestMergeClientsArgs::decode_data()
{
    QTest::addColumn<QByteArray>("overrides");
    QTest::addColumn<QString>("errorField"); // empty: valid
    QTest::newRow("valid, no field changes") << QByteArray("{}") << QString();
    QTest::newRow("valid, a field change")
        << QByteArray(R"({"changes": {"phone": {"old": "", "new": "+15552014477"}}})") << QString();
    QTest::newRow("no appointments") << QByteArray(R"({"appointment_ids": []})") << QString();
    QTest::newRow("merged id missing") << QByteArray(R"({"merged_id": null})") << QStringLiteral("merged_id");
    QTest::newRow("merged id not a uuid") << QByteArray(R"({"merged_id": "liz"})") << QStringLiteral("merged_id");
    QTest::newRow("merged into itself") << QByteArray(R"({"merged_id": "0190d0f0-0000-7000-8000-00000000000a"})")
                                        << QStringLiteral("merged_id");
    QTest::newRow("change without old") << QByteArray(R"({"changes": {"phone": {"new": "x"}}})")
                                        << QStringLiteral("old");
    QTest::newRow("appointment id not a uuid")
        << QByteArray(R"({"appointment_ids": ["x"]})") << QStringLiteral("appointment_ids");
    QTest::newRow("appointment ids missing")
        << QByteArray(R"({"appointment_ids": null})") << QStringLiteral("appointment_ids");
}

void TestMergeClientsArgs::decode()
{
    QFETCH(QByteArray, overrides);
    QFETCH(QString, errorField);
    auto a = mergeClientsFromJson(args(overrides));
    if (errorField.isEmpty()) {
        QVERIFY2(a.isOk(), qPrintable(a.isOk() ? QString() : a.error().message));
        QCOMPARE(a->id, kKept);
        QCOMPARE(a->mergedId, kMerged);
    } else {
        QVERIFY(!a.isOk());
        QCOMPARE(a.error().field, errorField);
        QVERIFY(!a.error().message.isEmpty());
    }
}

void TestMergeClientsArgs::roundTrip()
{
    MergeClientsArgs a;
    a.id = kKept;
    a.mergedId = kMerged;
    a.changes.insert(QStringLiteral("givenName"), FieldChange {QStringLiteral("Elizabeth"), QStringLiteral("Liz")});
    a.appointmentIds = {kVisit};
    auto back = mergeClientsFromJson(toJson(a));
    QVERIFY(back.isOk());
    QCOMPARE(back->id, a.id);
    QCOMPARE(back->mergedId, a.mergedId);
    QCOMPARE(back->appointmentIds, a.appointmentIds);
    QCOMPARE(back->changes.value(QStringLiteral("givenName")).newValue, QStringLiteral("Liz"));
}

QTEST_GUILESS_MAIN(TestMergeClientsArgs)
#include "tst_mergeclientsargs.moc"
