#include "dedupefixture.h"
#include "store/auditlog.h"
#include "store/clientrepository.h"
#include "store/clinicstore.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/query.h"

#include <QJsonArray>
#include <QTest>

using namespace msp;
using namespace msp::test;
using dedupe::FieldSource;

// Undoing a merge: both records, their fields and every moved reference come
// back exactly; an undo that would lose a later edit is refused.
class TestClientUnmerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void undoRestoresExactly();
    void refusals_data();
    void refusals();

private:
    std::unique_ptr<DedupeFixture> m_f;
    Client m_kept;
    Client m_dup;
    QString m_beforeMerge;
    EntityId m_mergeId;
};

void TestClientUnmerge::init()
{
    m_f = std::make_unique<DedupeFixture>();
    DedupeFixture &f = *m_f;
    QVERIFY(f.seeded);
    m_kept = f.addClient(QStringLiteral("Jonathan"), QStringLiteral("Abernathy"), QStringLiteral("1979-04-07"), {},
                         QStringLiteral("jon@example.com"));
    m_dup = f.addClient(QStringLiteral("Jon"), QStringLiteral("Abernathy"), QStringLiteral("1979-04-07"),
                        QStringLiteral("555-201-9000"), {});
    f.book(m_kept.id);
    const Appointment a = f.book(m_dup.id);
    f.book(m_dup.id);
    f.invoice(m_dup.id, a.id);
    f.deposit(m_dup.id, a.id);
    f.waitlist(m_dup.id);
    m_beforeMerge = clientData(f.store());
    auto entry = f.merger().merge(
        f.actor,
        {m_kept,
         m_dup,
         {{QStringLiteral("phone"), FieldSource::Merged}, {QStringLiteral("givenName"), FieldSource::Merged}}});
    QVERIFY(entry.isOk());
    m_mergeId = entry->id;
    QVERIFY(clientData(f.store()) != m_beforeMerge);
}

void TestClientUnmerge::cleanup()
{
    m_f.reset();
}

void TestClientUnmerge::undoRestoresExactly()
{
    DedupeFixture &f = *m_f;
    const qint64 events = f.store().audit().count().valueOr(-1);
    auto r = f.merger().undo(f.actor, m_mergeId);
    QVERIFY2(r.isOk(), qPrintable(r.isOk() ? QString() : r.error().message));
    QCOMPARE(clientData(f.store()), m_beforeMerge);
    QCOMPARE(f.store().clients().search(u"Jon Abernathy")->size(), 2);
    QCOMPARE(f.store().clients().search(u"2019000")->size(), 1);
    QCOMPARE(f.store().clients().search(u"2019000")->first().id, m_dup.id);
    QCOMPARE(f.store().audit().count().valueOr(-1), events + 2);
    QCOMPARE(f.store().audit().recent(1)->first().action, QStringLiteral("client.merge_undone"));
    QVERIFY(f.store().audit().verifyChain().isOk());

    const auto pending = f.store().outbox().pending(100);
    QVERIFY(pending.isOk() && pending->size() >= 2);
    QCOMPARE(pending->last().name, QStringLiteral("save_client_merge")); // the journal, now marked undone
    QCOMPARE(pending->last().entityId, m_mergeId);
    const store::OutboxMutation m = pending->at(pending->size() - 2);
    QCOMPARE(m.name, QStringLiteral("unmerge_clients"));
    QCOMPARE(m.entityId, m_kept.id);
    QCOMPARE(m.payload.value(QStringLiteral("appointment_ids")).toArray().size(), 2);
    const QJsonObject given
        = m.payload.value(QStringLiteral("changes")).toObject().value(QStringLiteral("givenName")).toObject();
    QCOMPARE(given.value(QStringLiteral("old")).toString(), QStringLiteral("Jon"));
    QCOMPARE(given.value(QStringLiteral("new")).toString(), QStringLiteral("Jonathan"));

    auto history = f.merger().history();
    QCOMPARE(history->size(), 1);
    QVERIFY(history->first().isUndone());
}

void TestClientUnmerge::refusals_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<QString>("says");
    QTest::newRow("kept record edited after the merge") << QStringLiteral("edited") << QStringLiteral("lose");
    QTest::newRow("undone twice") << QStringLiteral("twice") << QStringLiteral("already");
    QTest::newRow("kept record merged again later") << QStringLiteral("chained") << QStringLiteral("later merge");
    QTest::newRow("a moved appointment now someone else's") << QStringLiteral("moved") << QStringLiteral("another");
    QTest::newRow("front desk may not undo") << QStringLiteral("frontdesk") << QStringLiteral("role");
    QTest::newRow("unknown merge") << QStringLiteral("unknown") << QStringLiteral("history");
}

void TestClientUnmerge::refusals()
{
    QFETCH(QString, which);
    QFETCH(QString, says);
    DedupeFixture &f = *m_f;
    Actor actor = f.actor;
    EntityId mergeId = m_mergeId;
    if (which == u"edited") {
        Client k = f.reload(m_kept.id);
        k.alerts = QStringLiteral("Bruises easily");
        QVERIFY(f.store().clients().update(f.actor, k).isOk());
    } else if (which == u"twice") {
        QVERIFY(f.merger().undo(f.actor, m_mergeId).isOk());
    } else if (which == u"chained") {
        const Client other
            = f.addClient(QStringLiteral("J"), QStringLiteral("Abernathy"), {}, {}, QStringLiteral("j@example.com"));
        QVERIFY(f.merger().merge(f.actor, {other, f.reload(m_kept.id), {}}).isOk());
    } else if (which == u"moved") {
        const Client other
            = f.addClient(QStringLiteral("Someone"), QStringLiteral("Else"), {}, {}, QStringLiteral("s@example.com"));
        QString moved;
        auto pending = f.store().outbox().pending(100);
        QVERIFY(pending.isOk());
        for (const store::OutboxMutation &m : *pending)
            if (m.name == u"merge_clients")
                moved = m.payload.value(QStringLiteral("appointment_ids")).toArray().first().toString();
        auto q = f.store().database().prepare("UPDATE appointment SET client_id = ?1 WHERE id = ?2;");
        QVERIFY(q && q->bind(1, other.id).bind(2, moved).run());
    } else if (which == u"frontdesk") {
        actor = actorWithRole(Role::FrontDesk);
    } else if (which == u"unknown") {
        mergeId = EntityId::generate();
    }
    const QString before = storeFingerprint(f.store());
    auto r = f.merger().undo(actor, mergeId);
    QVERIFY(!r.isOk());
    QVERIFY2(r.error().message.contains(says), qPrintable(r.error().message));
    QCOMPARE(storeFingerprint(f.store()), before);
}

QTEST_GUILESS_MAIN(TestClientUnmerge)
#include "tst_clientunmerge.moc"
