#include "domain/entityid.h"

#include <QSet>
#include <QTest>

using namespace msp;

class TestEntityId : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void versionAndVariant();
    void embedsTime_data();
    void embedsTime();
    void sortsByTime();
    void mintedInOrderWithinOneMillisecond();
    void unique();
    void fromString_data();
    void fromString();
    void roundTrip();
    void nullId();
};

void TestEntityId::versionAndVariant()
{
    for (int i = 0; i < 200; ++i) {
        const EntityId id = EntityId::generate();
        QVERIFY(!id.isNull());
        QCOMPARE(id.version(), 7);
        const QUuid uuid = QUuid::fromString(id.toString());
        QCOMPARE(uuid.variant(), QUuid::DCE);
        const QByteArray raw = uuid.toRfc4122();
        QCOMPARE(quint8(raw.at(6)) >> 4, 7);
        QCOMPARE(quint8(raw.at(8)) & 0xC0, 0x80);
        // The text form shows the version digit in its usual place.
        QCOMPARE(id.toString().at(14), u'7');
    }
}

void TestEntityId::embedsTime_data()
{
    QTest::addColumn<qint64>("millis");

    QTest::newRow("epoch") << qint64(0);
    QTest::newRow("2025-06-15") << QDateTime(QDate(2025, 6, 15), QTime(12, 0), Qt::UTC).toMSecsSinceEpoch();
    QTest::newRow("largest 48-bit") << qint64((quint64(1) << 48) - 1);
}

void TestEntityId::embedsTime()
{
    QFETCH(qint64, millis);

    const EntityId id = EntityId::generateAt(millis);
    QCOMPARE(id.unixMillis(), millis);
    QCOMPARE(id.version(), 7);
}

void TestEntityId::sortsByTime()
{
    const qint64 base = QDateTime(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC).toMSecsSinceEpoch();
    QList<EntityId> ids;
    for (qint64 i = 0; i < 100; ++i)
        ids << EntityId::generateAt(base + i * 7);
    for (qsizetype i = 1; i < ids.size(); ++i) {
        QVERIFY(ids.at(i - 1) < ids.at(i));
        QVERIFY(ids.at(i - 1).toString() < ids.at(i).toString());
    }
    const EntityId before = EntityId::generate();
    QTest::qWait(2);
    const EntityId after = EntityId::generate();
    QVERIFY(before < after);
    QVERIFY(after.unixMillis() - QDateTime::currentMSecsSinceEpoch() <= 0);
}

void TestEntityId::mintedInOrderWithinOneMillisecond()
{
    // Rows written back to back are listed by (created_at, id): ids minted in
    // the same millisecond must still sort in the order they were made.
    QList<EntityId> ids;
    for (int i = 0; i < 20000; ++i)
        ids << EntityId::generate();
    int sameMillisecond = 0;
    for (qsizetype i = 1; i < ids.size(); ++i) {
        QVERIFY2(ids.at(i - 1) < ids.at(i), qPrintable(ids.at(i - 1).toString() + u" >= " + ids.at(i).toString()));
        QCOMPARE(ids.at(i).version(), 7);
        if (ids.at(i).unixMillis() == ids.at(i - 1).unixMillis())
            ++sameMillisecond;
    }
    QVERIFY2(sameMillisecond > 0, "the loop never minted two ids in one millisecond");
}

void TestEntityId::unique()
{
    QSet<EntityId> seen;
    const qint64 sameMillisecond = 1'700'000'000'000;
    for (int i = 0; i < 1000; ++i)
        seen.insert(EntityId::generateAt(sameMillisecond));
    QCOMPARE(seen.size(), 1000);
}

void TestEntityId::fromString_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("canonical"); // empty: null id

    const QString c = QStringLiteral("01890a5d-ac96-774b-bcce-b302099a8057");
    QTest::newRow("canonical") << c << c;
    QTest::newRow("upper-case") << c.toUpper() << c;
    QTest::newRow("braces") << QString(u'{' + c + u'}') << c;
    QTest::newRow("empty") << QString() << QString();
    QTest::newRow("garbage") << QStringLiteral("not-a-uuid") << QString();
    QTest::newRow("too short") << c.left(35) << QString();
    QTest::newRow("nil uuid") << QStringLiteral("00000000-0000-0000-0000-000000000000") << QString();
}

void TestEntityId::fromString()
{
    QFETCH(QString, text);
    QFETCH(QString, canonical);

    const EntityId id = EntityId::fromString(text);
    QCOMPARE(id.isNull(), canonical.isEmpty());
    QCOMPARE(id.toString(), canonical);
}

void TestEntityId::roundTrip()
{
    for (int i = 0; i < 50; ++i) {
        const EntityId id = EntityId::generate();
        const QString text = id.toString();
        QCOMPARE(text.size(), 36);
        QCOMPARE(text, text.toLower());
        QVERIFY(!text.contains(u'{'));
        const EntityId back = EntityId::fromString(text);
        QCOMPARE(back, id);
        QCOMPARE(qHash(back), qHash(id));
        QCOMPARE(back.unixMillis(), id.unixMillis());
        char written[EntityId::kTextLength];
        id.writeText(written);
        QCOMPARE(QLatin1StringView(written, EntityId::kTextLength), text);
    }
    // Every nibble position, high and low digits alike.
    const EntityId fixed = EntityId::fromString(u"0123abcd-ef45-6789-a0b1-c2d3e4f5a6b7");
    char written[EntityId::kTextLength];
    fixed.writeText(written);
    QCOMPARE(QLatin1StringView(written, EntityId::kTextLength), QStringLiteral("0123abcd-ef45-6789-a0b1-c2d3e4f5a6b7"));
}

void TestEntityId::nullId()
{
    const EntityId id;
    QVERIFY(id.isNull());
    QCOMPARE(id.toString(), QString());
    QCOMPARE(id, EntityId::fromString(u""));
    QVERIFY(id != EntityId::generate());
}

QTEST_GUILESS_MAIN(TestEntityId)
#include "tst_entityid.moc"
