#include "security/auditchain.h"
#include "storetesthelpers.h"
#include "support/tempstore.h"

#include <QTest>

using namespace msp;
using namespace msp::test;

class TestAuditLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void emptyChainVerifies();
    void chainVerifiesAfterManyWrites();
    void eventsAreLinked();
    void recentFilters();
    void updateAndDeleteRefusedByTrigger_data();
    void updateAndDeleteRefusedByTrigger();
    void tamperingIsDetected_data();
    void tamperingIsDetected();
    void rehashedEditBreaksNextLink();

private:
    void writeSome(int clients);
    std::unique_ptr<TempStore> m_s;
    QList<EntityId> m_clients;
};

void TestAuditLog::init()
{
    m_s = std::make_unique<TempStore>();
    QVERIFY(m_s->isOpen());
    m_clients.clear();
}

void TestAuditLog::cleanup()
{
    m_s.reset();
}

void TestAuditLog::writeSome(int clients)
{
    auto &store = *m_s->store;
    for (int i = 0; i < clients; ++i) {
        auto c = store.clients().create(
            adminActor(),
            makeClient(QStringLiteral("Client"), QStringLiteral("N%1").arg(i), QStringLiteral("555-234-5678"), {}));
        QVERIFY(c);
        m_clients << c->id;
        QVERIFY(store.clients().open(actorWithRole(Role::FrontDesk), c->id));
        Client changed = *c;
        changed.notes = QStringLiteral("seen");
        QVERIFY(store.clients().update(actorWithRole(Role::Practitioner), changed));
    }
}

void TestAuditLog::emptyChainVerifies()
{
    const auto r = m_s->store->audit().verifyChain();
    QVERIFY(r);
    QCOMPARE(*r, qint64(0));
}

void TestAuditLog::chainVerifiesAfterManyWrites()
{
    writeSome(20);
    QVERIFY(m_s->reopen());
    const auto r = m_s->store->audit().verifyChain();
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    QCOMPARE(*r, qint64(60));
    QCOMPARE(m_s->store->audit().count().valueOr(-1), qint64(60));
}

void TestAuditLog::eventsAreLinked()
{
    writeSome(2);
    const auto events = m_s->store->audit().recent(100);
    QVERIFY(events);
    QCOMPARE(events->size(), 6);
    // Newest first; sequences count down without gaps.
    for (qsizetype i = 0; i < events->size(); ++i)
        QCOMPARE(events->at(i).sequence, qint64(events->size() - i));
    QCOMPARE(events->last().previousHash, security::auditGenesisHash());
    for (qsizetype i = 0; i + 1 < events->size(); ++i) {
        QCOMPARE(events->at(i).previousHash, events->at(i + 1).hash);
        QCOMPARE(security::auditEventHash(events->at(i)), events->at(i).hash);
        QVERIFY(events->at(i).at.isValid());
        QCOMPARE(events->at(i).at.timeSpec(), Qt::UTC);
    }
    QCOMPARE(events->at(0).action, QStringLiteral("client.update"));
    QCOMPARE(events->at(1).action, QStringLiteral("client.view"));
    QCOMPARE(events->at(2).action, QStringLiteral("client.create"));
}

void TestAuditLog::recentFilters()
{
    writeSome(3);
    auto &audit = m_s->store->audit();
    QCOMPARE(audit.recent(4).valueOr({}).size(), 4);
    const auto forOne = audit.recent(100, QStringLiteral("client"), m_clients.at(1));
    QVERIFY(forOne);
    QCOMPARE(forOne->size(), 3);
    for (const auto &e : *forOne)
        QCOMPARE(e.entityId, m_clients.at(1));
    QCOMPARE(audit.recent(100, QStringLiteral("client")).valueOr({}).size(), 9);
    QCOMPARE(audit.recent(100, QStringLiteral("invoice")).valueOr({AuditEvent {}}).size(), 0);
}

void TestAuditLog::updateAndDeleteRefusedByTrigger_data()
{
    QTest::addColumn<QByteArray>("sql");

    QTest::newRow("update detail") << QByteArray("UPDATE audit_event SET detail = 'nothing' WHERE seq = 2;");
    QTest::newRow("update hash") << QByteArray("UPDATE audit_event SET hash = 'x';");
    QTest::newRow("delete one") << QByteArray("DELETE FROM audit_event WHERE seq = 3;");
    QTest::newRow("delete all") << QByteArray("DELETE FROM audit_event;");
    QTest::newRow("replace one") << QByteArray(
        "INSERT OR REPLACE INTO audit_event (seq, id, at_utc, user_id, device_id, action, entity_type, entity_id, "
        "detail, prev_hash, hash) SELECT seq, id, at_utc, user_id, device_id, action, entity_type, entity_id, "
        "'forged', prev_hash, hash FROM audit_event WHERE seq = 1;");
}

void TestAuditLog::updateAndDeleteRefusedByTrigger()
{
    QFETCH(QByteArray, sql);
    writeSome(2);
    const auto before = m_s->store->audit().recent(100);
    QVERIFY(before);
    const auto r = m_s->store->database().exec(sql.constData());
    if (QTest::currentDataTag() == QByteArrayView("replace one") && r) {
        // The edit got in; the chain still shows it.
        const auto chain = m_s->store->audit().verifyChain();
        QVERIFY(!chain);
        QVERIFY(chain.error().message.contains(u"event 1"));
    }
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(u"append-only"), qPrintable(r.error().message));
    const auto after = m_s->store->audit().recent(100);
    QVERIFY(after);
    QCOMPARE(after->size(), before->size());
    for (qsizetype i = 0; i < after->size(); ++i)
        QCOMPARE(after->at(i).hash, before->at(i).hash);
    QVERIFY(m_s->store->audit().verifyChain());
}

void TestAuditLog::tamperingIsDetected_data()
{
    QTest::addColumn<QByteArray>("sql");
    QTest::addColumn<qint64>("brokenAt");

    QTest::newRow("detail edited") << QByteArray("UPDATE audit_event SET detail = 'fields: none' WHERE seq = 3;")
                                   << qint64(3);
    QTest::newRow("action edited") << QByteArray("UPDATE audit_event SET action = 'client.create' WHERE seq = 5;")
                                   << qint64(5);
    QTest::newRow("user erased") << QByteArray("UPDATE audit_event SET user_id = NULL WHERE seq = 1;") << qint64(1);
    QTest::newRow("time moved") << QByteArray("UPDATE audit_event SET at_utc = at_utc + 1 WHERE seq = 6;") << qint64(6);
    QTest::newRow("event deleted") << QByteArray("DELETE FROM audit_event WHERE seq = 4;") << qint64(4);
    QTest::newRow("first event deleted") << QByteArray("DELETE FROM audit_event WHERE seq = 1;") << qint64(1);
}

void TestAuditLog::tamperingIsDetected()
{
    QFETCH(QByteArray, sql);
    QFETCH(qint64, brokenAt);

    writeSome(3); // 9 events
    auto &db = m_s->store->database();
    // Someone with the key drops the protection and edits the log directly.
    QVERIFY(db.exec("DROP TRIGGER audit_event_no_update; DROP TRIGGER audit_event_no_delete;"));
    QVERIFY(db.exec(sql.constData()));
    QVERIFY(m_s->reopen());
    const auto r = m_s->store->audit().verifyChain();
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Conflict);
    const QString expected = QStringLiteral("event %1").arg(brokenAt);
    QVERIFY2(r.error().message.contains(expected), qPrintable(r.error().message));
}

void TestAuditLog::rehashedEditBreaksNextLink()
{
    writeSome(2); // 6 events
    auto &store = *m_s->store;
    auto events = store.audit().recent(100);
    QVERIFY(events);
    AuditEvent third = events->at(events->size() - 3);
    QCOMPARE(third.sequence, qint64(3));
    third.detail = QStringLiteral("forged");
    third.hash = security::auditEventHash(third); // a careful forger recomputes the hash
    QVERIFY(store.database().exec("DROP TRIGGER audit_event_no_update;"));
    auto q = store.database().prepare("UPDATE audit_event SET detail = ?1, hash = ?2 WHERE seq = 3;");
    QVERIFY(q);
    QVERIFY(q->bind(1, third.detail).bind(2, QString::fromLatin1(third.hash)).run());
    const auto r = store.audit().verifyChain();
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(u"event 4"), qPrintable(r.error().message));
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_auditlog.moc"
