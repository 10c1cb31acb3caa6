#include "security/auditchain.h"

#include <QTest>

using namespace msp;
using namespace msp::security;

namespace {
AuditEvent baseEvent()
{
    AuditEvent e;
    e.sequence = 42;
    e.id = EntityId::fromString(u"01890a5d-ac96-774b-bcce-b302099a8057");
    e.at = QDateTime(QDate(2025, 6, 15), QTime(10, 30, 0, 123), Qt::UTC);
    e.userId = EntityId::fromString(u"01890a5d-ac96-774b-bcce-b302099a8058");
    e.deviceId = QStringLiteral("front-desk-1");
    e.action = QStringLiteral("client.update");
    e.entityType = QStringLiteral("client");
    e.entityId = EntityId::fromString(u"01890a5d-ac96-774b-bcce-b302099a8059");
    e.detail = QStringLiteral("fields: phone,email");
    e.previousHash = auditGenesisHash();
    return e;
}
} // namespace

class TestAuditChain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void genesis();
    void deterministic();
    void changesWithEveryField_data();
    void changesWithEveryField();
    void ownHashIsNotInput();
    void fieldBoundaries();
};

void TestAuditChain::genesis()
{
    QCOMPARE(auditGenesisHash(), QByteArray(64, '0'));
}

void TestAuditChain::deterministic()
{
    const QByteArray h = auditEventHash(baseEvent());
    QCOMPARE(h.size(), 64);
    QCOMPARE(h, h.toLower());
    QVERIFY(!QByteArray::fromHex(h).isEmpty());
    QCOMPARE(auditEventHash(baseEvent()), h);
}

void TestAuditChain::changesWithEveryField_data()
{
    QTest::addColumn<int>("field");

    QTest::newRow("sequence") << 0;
    QTest::newRow("id") << 1;
    QTest::newRow("at (one millisecond)") << 2;
    QTest::newRow("userId") << 3;
    QTest::newRow("userId cleared") << 4;
    QTest::newRow("deviceId") << 5;
    QTest::newRow("action") << 6;
    QTest::newRow("entityType") << 7;
    QTest::newRow("entityId") << 8;
    QTest::newRow("detail") << 9;
    QTest::newRow("detail emptied") << 10;
    QTest::newRow("previousHash") << 11;
}

void TestAuditChain::changesWithEveryField()
{
    QFETCH(int, field);

    AuditEvent e = baseEvent();
    switch (field) {
    case 0: e.sequence = 43; break;
    case 1: e.id = EntityId::generate(); break;
    case 2: e.at = e.at.addMSecs(1); break;
    case 3: e.userId = EntityId::generate(); break;
    case 4: e.userId = {}; break;
    case 5: e.deviceId = QStringLiteral("front-desk-2"); break;
    case 6: e.action = QStringLiteral("client.view"); break;
    case 7: e.entityType = QStringLiteral("invoice"); break;
    case 8: e.entityId = EntityId::generate(); break;
    case 9: e.detail = QStringLiteral("fields: phone"); break;
    case 10: e.detail.clear(); break;
    case 11: e.previousHash = auditEventHash(baseEvent()); break;
    }
    QVERIFY(auditEventHash(e) != auditEventHash(baseEvent()));
}

void TestAuditChain::ownHashIsNotInput()
{
    AuditEvent e = baseEvent();
    const QByteArray h = auditEventHash(e);
    e.hash = h;
    QCOMPARE(auditEventHash(e), h);
}

// Fields are length-prefixed, so moving characters from one field to the
// next never gives the same hash.
void TestAuditChain::fieldBoundaries()
{
    AuditEvent a = baseEvent();
    AuditEvent b = baseEvent();
    a.action = QStringLiteral("client.vie");
    a.entityType = QStringLiteral("wclient");
    b.action = QStringLiteral("client.view");
    b.entityType = QStringLiteral("client");
    QVERIFY(auditEventHash(a) != auditEventHash(b));

    AuditEvent c = baseEvent();
    AuditEvent d = baseEvent();
    c.deviceId = QString();
    c.action = QStringLiteral("x");
    d.deviceId = QStringLiteral("x");
    d.action = QString();
    QVERIFY(auditEventHash(c) != auditEventHash(d));
}

QTEST_GUILESS_MAIN(TestAuditChain)
#include "tst_auditchain.moc"
