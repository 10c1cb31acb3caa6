#include "dedupefixture.h"
#include "store/auditlog.h"
#include "store/clientrepository.h"
#include "store/clinicstore.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/recordrows.h"

#include <QJsonArray>
#include <QTest>

using namespace msp;
using namespace msp::test;
using dedupe::FieldSource;

namespace {
// The merge_clients mutation the last merge queued.
store::OutboxMutation mergeMutation(DedupeFixture &f)
{
    const auto pending = f.store().outbox().pending(100);
    for (auto it = pending->crbegin(); it != pending->crend(); ++it)
        if (it->name == u"merge_clients")
            return *it;
    return {};
}
} // namespace

// Merging two records of one client: chosen fields, every reference moved,
// one transaction, audited and queued for sync; refusals change nothing.
class TestClientMerge : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void mergeMovesEveryReference();
    void mergePicksEachField();
    void failureLeavesEverythingAsItWas();
    void staleScanIsRefused_data();
    void staleScanIsRefused();
    void refusals_data();
    void refusals();
    void auditViewFollowsTheMerge();

private:
    std::unique_ptr<DedupeFixture> m_f;
    Client m_kept;
    Client m_dup;
};

void TestClientMerge::init()
{
    m_f = std::make_unique<DedupeFixture>();
    QVERIFY(m_f->seeded);
    m_kept = m_f->addClient(QStringLiteral("Elizabeth"), QStringLiteral("Whitfield"), QStringLiteral("1984-03-12"), {},
                            QStringLiteral("liz@example.com"), QStringLiteral("12 Ocean Drive"));
    m_dup = m_f->addClient(QStringLiteral("Liz"), QStringLiteral("Whitfield"), QStringLiteral("1984-03-12"),
                           QStringLiteral("(555) 201-4477"), QStringLiteral("lizzy@example.com"));
    QVERIFY(!m_kept.id.isNull() && !m_dup.id.isNull());
}

void TestClientMerge::cleanup()
{
    m_f.reset();
}

void TestClientMerge::mergeMovesEveryReference()
{
    DedupeFixture &f = *m_f;
    const Appointment keptVisit = f.book(m_kept.id);
    const Appointment a1 = f.book(m_dup.id);
    const Appointment a2 = f.book(m_dup.id);
    const Invoice inv = f.invoice(m_dup.id, a1.id);
    const EntityId dep = f.deposit(m_dup.id, a2.id);
    const EntityId wait = f.waitlist(m_dup.id);
    QVERIFY(!a2.id.isNull() && !inv.id.isNull() && !dep.isNull() && !wait.isNull());
    auto counts = f.merger().references(m_dup.id);
    QVERIFY(counts.isOk());
    QCOMPARE(counts->appointments, 2);
    QCOMPARE(counts->invoices, 1);
    QCOMPARE(counts->total(), 5);
    const qint64 clients = f.store().clients().count().valueOr(-1);

    auto entry = f.merger().merge(f.actor, {m_kept, m_dup, {}});
    QVERIFY2(entry.isOk(), qPrintable(entry.isOk() ? QString() : entry.error().message));
    QCOMPARE(entry->moved.appointments, 2);
    QCOMPARE(entry->moved.total(), 5);
    for (const EntityId &id : {a1.id, a2.id, keptVisit.id})
        QCOMPARE(f.clientOf("appointment", id), m_kept.id);
    QCOMPARE(f.clientOf("invoice", inv.id), m_kept.id);
    QCOMPARE(f.clientOf("deposit", dep), m_kept.id);
    QCOMPARE(f.clientOf("waitlist_entry", wait), m_kept.id);
    QCOMPARE(f.merger().references(m_dup.id)->total(), 0);

    // The merged record stays, marked, out of search and the counts.
    QCOMPARE(f.mergedInto(m_dup.id), m_kept.id);
    QCOMPARE(f.store().clients().count().valueOr(-1), clients - 1);
    QVERIFY(f.store().clients().search(u"lizzy")->isEmpty());
    QCOMPARE(f.store().clients().search(u"whitfield")->size(), 1);

    // Audited on both records, queued for sync with the moved appointments.
    auto events = f.store().audit().recent(2);
    QCOMPARE(events->at(0).action, QStringLiteral("client.merged_into"));
    QCOMPARE(events->at(0).entityId, m_dup.id);
    QCOMPARE(events->at(1).action, QStringLiteral("client.merge"));
    QCOMPARE(events->at(1).entityId, m_kept.id);
    QVERIFY(!events->at(1).detail.contains(QStringLiteral("Whitfield"))); // ids, never names
    auto pending = f.store().outbox().pending(100);
    QVERIFY(pending.isOk() && pending->size() >= 2);
    // Last, the journal with the rows it moved that the server does not move itself.
    QCOMPARE(pending->last().name, QStringLiteral("save_client_merge"));
    QCOMPARE(pending->last().entityId, entry->id);
    auto rows = store::recordRowsFor(f.store().database(), pending->last().name, entry->id);
    QVERIFY(rows.isOk());
    QStringList kinds;
    for (const store::RecordRow &r : *rows) {
        kinds << r.kind;
        if (r.kind != u"client_merge")
            QCOMPARE(r.data.value(QStringLiteral("client_id")).toString(), m_kept.id.toString());
    }
    QCOMPARE(kinds,
             (QStringList {QStringLiteral("client_merge"), QStringLiteral("invoice"), QStringLiteral("deposit"),
                           QStringLiteral("waitlist_entry")}));
    const store::OutboxMutation &m = pending->at(pending->size() - 2);
    QCOMPARE(m.name, QStringLiteral("merge_clients"));
    QCOMPARE(m.entityId, m_kept.id);
    QCOMPARE(m.payload.value(QStringLiteral("merged_id")).toString(), m_dup.id.toString());
    QCOMPARE(m.payload.value(QStringLiteral("appointment_ids")).toArray().size(), 2);
    QVERIFY(f.store().audit().verifyChain().isOk());

    auto history = f.merger().history();
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().mergedName, QStringLiteral("Liz Whitfield"));
    QVERIFY(!history->first().isUndone());
}

void TestClientMerge::mergePicksEachField()
{
    DedupeFixture &f = *m_f;
    m_kept.allergies = QStringLiteral("lidocaine");
    m_dup.allergies = QStringLiteral("latex");
    m_kept.notes = QStringLiteral("Prefers mornings.");
    QVERIFY(f.store().clients().update(f.actor, m_kept).isOk());
    QVERIFY(f.store().clients().update(f.actor, m_dup).isOk());
    m_kept = f.reload(m_kept.id);
    m_dup = f.reload(m_dup.id);

    dedupe::FieldChoices choices = dedupe::suggestedChoices(m_kept, m_dup);
    QCOMPARE(choices.value(QStringLiteral("phone")), FieldSource::Merged); // kept has none
    QCOMPARE(choices.value(QStringLiteral("allergies")), FieldSource::Both); // never lose an allergy
    QCOMPARE(choices.value(QStringLiteral("email")), FieldSource::Kept);
    choices.insert(QStringLiteral("givenName"), FieldSource::Merged);
    choices.insert(QStringLiteral("email"), FieldSource::Merged);
    QVERIFY(f.merger().merge(f.actor, {m_kept, m_dup, choices}).isOk());

    const Client now = f.reload(m_kept.id);
    QCOMPARE(now.name.given(), QStringLiteral("Liz"));
    QCOMPARE(now.email.value(), QStringLiteral("lizzy@example.com"));
    QCOMPARE(now.phone.e164(), m_dup.phone.e164());
    QCOMPARE(now.address, QStringLiteral("12 Ocean Drive"));
    QCOMPARE(now.allergies, QStringLiteral("lidocaine\nlatex"));
    QCOMPARE(now.notes, QStringLiteral("Prefers mornings."));
    QCOMPARE(now.createdAt, m_kept.createdAt);
    // Found by the phone it took from the merged record.
    QCOMPARE(f.store().clients().search(u"2014477")->size(), 1);
    // The outbox carries each changed field with the value the device saw.
    const QJsonObject changes = mergeMutation(f).payload.value(QStringLiteral("changes")).toObject();
    QCOMPARE(changes.value(QStringLiteral("givenName")).toObject().value(QStringLiteral("old")).toString(),
             QStringLiteral("Elizabeth"));
    QCOMPARE(changes.value(QStringLiteral("givenName")).toObject().value(QStringLiteral("new")).toString(),
             QStringLiteral("Liz"));
    QVERIFY(!changes.contains(QStringLiteral("familyName")));
}

void TestClientMerge::failureLeavesEverythingAsItWas()
{
    DedupeFixture &f = *m_f;
    f.book(m_dup.id);
    f.invoice(m_dup.id);
    f.waitlist(m_dup.id);
    // The journal write is the last step before the audit: make it fail.
    QVERIFY(f.store()
                .database()
                .exec("CREATE TEMP TRIGGER fail_merge BEFORE INSERT ON client_merge "
                      "BEGIN SELECT RAISE(ABORT, 'disk full'); END;")
                .isOk());
    const QString before = storeFingerprint(f.store());
    auto r = f.merger().merge(f.actor, {m_kept, m_dup, {{QStringLiteral("phone"), FieldSource::Merged}}});
    QVERIFY(!r.isOk());
    QCOMPARE(storeFingerprint(f.store()), before);
    QVERIFY(f.store().database().exec("DROP TRIGGER fail_merge;").isOk());
    QVERIFY(f.merger().merge(f.actor, {m_kept, m_dup, {}}).isOk());
}

void TestClientMerge::staleScanIsRefused_data()
{
    QTest::addColumn<bool>("editKept");
    QTest::newRow("kept record edited since the scan") << true;
    QTest::newRow("merged record edited since the scan") << false;
}

void TestClientMerge::staleScanIsRefused()
{
    QFETCH(bool, editKept);
    DedupeFixture &f = *m_f;
    Client edited = editKept ? m_kept : m_dup;
    edited.phone = Phone::parse(u"(555) 999-0000").value();
    QVERIFY(f.store().clients().update(f.actor, edited).isOk());
    const QString before = storeFingerprint(f.store());
    auto r = f.merger().merge(f.actor, {m_kept, m_dup, {}});
    QVERIFY(!r.isOk());
    QCOMPARE(r.error().code, ErrorCode::Conflict);
    QVERIFY2(r.error().message.contains(QStringLiteral("scan")), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(QStringLiteral("Phone")), qPrintable(r.error().message));
    QCOMPARE(storeFingerprint(f.store()), before);
}

void TestClientMerge::refusals_data()
{
    QTest::addColumn<QString>("which");
    QTest::addColumn<int>("code");
    QTest::newRow("front desk may not merge") << QStringLiteral("frontdesk") << int(ErrorCode::NotPermitted);
    QTest::newRow("a record with itself") << QStringLiteral("self") << int(ErrorCode::Invalid);
    QTest::newRow("a record merged already") << QStringLiteral("again") << int(ErrorCode::Conflict);
    QTest::newRow("a record that does not exist") << QStringLiteral("missing") << int(ErrorCode::NotFound);
}

void TestClientMerge::refusals()
{
    QFETCH(QString, which);
    QFETCH(int, code);
    DedupeFixture &f = *m_f;
    Actor actor = f.actor;
    dedupe::MergeRequest request {m_kept, m_dup, {}};
    if (which == u"frontdesk") {
        actor = actorWithRole(Role::FrontDesk);
    } else if (which == u"self") {
        request.merged = m_kept;
    } else if (which == u"again") {
        const Client third = f.addClient(QStringLiteral("Beth"), QStringLiteral("Whitfield"), {}, {},
                                         QStringLiteral("beth@example.com"));
        QVERIFY(f.merger().merge(f.actor, {third, m_dup, {}}).isOk());
    } else if (which == u"missing") {
        request.merged.id = EntityId::generate();
    }
    const QString before = storeFingerprint(f.store());
    auto r = f.merger().merge(actor, request);
    QVERIFY(!r.isOk());
    QCOMPARE(int(r.error().code), code);
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE(storeFingerprint(f.store()), before);
}

void TestClientMerge::auditViewFollowsTheMerge()
{
    DedupeFixture &f = *m_f;
    QVERIFY(f.store().clients().open(f.actor, m_dup.id).isOk());
    auto own = f.store().audit().forClient(m_kept.id, 100);
    QVERIFY(own.isOk());
    for (const AuditEvent &e : *own)
        QCOMPARE(e.entityId, m_kept.id);
    auto entry = f.merger().merge(f.actor, {m_kept, m_dup, {}});
    QVERIFY(entry.isOk());
    auto followed = f.store().audit().forClient(m_kept.id, 100);
    QStringList actions;
    for (const AuditEvent &e : *followed)
        if (e.entityId == m_dup.id)
            actions << e.action;
    // The merged record's own history (created, viewed) shows under the kept one.
    QVERIFY2(actions.contains(QStringLiteral("client.create")), qPrintable(actions.join(u',')));
    QVERIFY(actions.contains(QStringLiteral("client.view")));
    QVERIFY(actions.contains(QStringLiteral("client.merged_into")));
    QVERIFY(f.merger().undo(f.actor, entry->id).isOk());
    auto afterUndo = f.store().audit().forClient(m_kept.id, 100);
    QVERIFY(afterUndo.isOk());
    for (const AuditEvent &e : *afterUndo)
        QCOMPARE(e.entityId, m_kept.id);
}

QTEST_GUILESS_MAIN(TestClientMerge)
#include "tst_clientmerge.moc"
