#include "protocol/pull.h"

#include <QTest>

using namespace msp;
using namespace msp::protocol;

class TestPullCodec : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cursor_data();
    void cursor();
    void decodeResponse_data();
    void decodeResponse();
    void roundTrip();
};

static const QString kGen = QStringLiteral("0b5a3c1e-8f53-4f0e-9d2a-2f3f4b1f2a11");

void TestPullCodec::cursor_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty is the start") << QString() << true;
    QTest::newRow("valid") << QStringLiteral("1.%1.123.45").arg(kGen) << true;
    QTest::newRow("garbage") << QStringLiteral("hello") << false;
    QTest::newRow("wrong version") << QStringLiteral("3.%1.123.45").arg(kGen) << false;
    QTest::newRow("version 2 without snapshot") << QStringLiteral("2.%1.123.45").arg(kGen) << false;
    QTest::newRow("in a snapshot") << QStringLiteral("2.%1.00000006-00000013-1.123.45").arg(kGen) << true;
    QTest::newRow("snapshot at its start") << QStringLiteral("2.%1.0000000A-0000FF13-12.0.0").arg(kGen) << true;
    QTest::newRow("snapshot id lower case") << QStringLiteral("2.%1.0000000a-00000013-1.1.1").arg(kGen) << false;
    QTest::newRow("snapshot id with a quote") << QStringLiteral("2.%1.00000006-00000013-1'.1.1").arg(kGen) << false;
    QTest::newRow("snapshot id empty") << QStringLiteral("2.%1..1.1").arg(kGen) << false;
    QTest::newRow("snapshot negative seq") << QStringLiteral("2.%1.00000006-00000013-1.1.-1").arg(kGen) << false;
    QTest::newRow("generation not uuid") << QStringLiteral("1.abc.123.45") << false;
    QTest::newRow("txid not number") << QStringLiteral("1.%1.x.45").arg(kGen) << false;
    QTest::newRow("negative seq") << QStringLiteral("1.%1.1.-4").arg(kGen) << false;
    QTest::newRow("too many parts") << QStringLiteral("1.%1.1.4.5").arg(kGen) << false;
}

void TestPullCodec::cursor()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    const auto c = PullCursor::fromString(text);
    QCOMPARE(c.isOk(), valid);
    if (valid)
        QCOMPARE(c->toString(), text);
    else
        QCOMPARE(c.error().field, QStringLiteral("cursor"));
}

void TestPullCodec::decodeResponse_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("valid");
    QTest::newRow("empty") << QByteArray() << false;
    QTest::newRow("garbage") << QByteArray("\x01\x02") << false;
    QTest::newRow("missing rows") << QByteArray(R"({"tombstones":[],"cursor":""})") << false;
    QTest::newRow("rows wrong type") << QByteArray(R"({"rows":{},"tombstones":[],"cursor":""})") << false;
    QTest::newRow("row missing data") << QByteArray(
        R"({"rows":[{"type":"client","id":"a"}],"tombstones":[],"cursor":""})")
                                      << false;
    QTest::newRow("has_more wrong type") << QByteArray(R"({"rows":[],"tombstones":[],"cursor":"","has_more":1})")
                                         << false;
    QTest::newRow("bad cursor") << QByteArray(R"({"rows":[],"tombstones":[],"cursor":"zzz"})") << false;
    QTest::newRow("minimal") << QByteArray(R"({"rows":[],"tombstones":[],"cursor":""})") << true;
    QTest::newRow("unknown fields ignored")
        << QByteArray(R"({"rows":[],"tombstones":[{"type":"client","id":"a"}],"cursor":"","extra":true})") << true;
}

void TestPullCodec::decodeResponse()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, valid);
    const auto r = decodePullResponse(json);
    QCOMPARE(r.isOk(), valid);
    if (!valid)
        QVERIFY(!r.error().message.isEmpty());
}

void TestPullCodec::roundTrip()
{
    PullResponse r;
    r.rows.append(PullRow {QStringLiteral("appointment"), QStringLiteral("id-1"),
                           QJsonObject {{QStringLiteral("status"), QStringLiteral("booked")}}});
    r.tombstones.append(Tombstone {QStringLiteral("client"), QStringLiteral("id-2")});
    r.cursor = PullCursor {kGen, 99, 3};
    r.hasMore = true;
    const auto back = decodePullResponse(encodePullResponse(r));
    QVERIFY(back.isOk());
    QCOMPARE(*back, r);
}

QTEST_GUILESS_MAIN(TestPullCodec)
#include "tst_pullcodec.moc"
