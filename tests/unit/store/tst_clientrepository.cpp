#include "storetesthelpers.h"
#include "support/tempstore.h"

#include <QJsonObject>
#include <QTest>

using namespace msp;
using namespace msp::test;

namespace {
Client fullClient()
{
    ClientInput in;
    in.givenName = QStringLiteral("José");
    in.familyName = QStringLiteral("Núñez");
    in.preferredName = QStringLiteral("Pepe");
    in.dateOfBirth = QStringLiteral("1984-03-12");
    in.phone = QStringLiteral("(555) 201-4477");
    in.email = QStringLiteral("jose.nunez@example.com");
    in.address = QStringLiteral("12 Calle Mayor");
    in.allergies = QStringLiteral("lidocaine");
    in.alerts = QStringLiteral("faints at needles");
    in.notes = QStringLiteral("Prefers afternoons.");
    in.marketingConsent = true;
    return *validateClient(in, QDate(2025, 6, 15)).client;
}

QStringList sameFields(const Client &a, const Client &b)
{
    return changedClientFields(a, b);
}
} // namespace

class TestClientRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createRoundTrip();
    void createKeepsGivenId();
    void openIsAudited();
    void openMissing();
    void updateChangedFields();
    void updateUnchangedWritesNothing();
    void updateMissing();
    void updateKeepsCreatedAt();
    void countAndList();

private:
    std::unique_ptr<TempStore> m_s;
};

void TestClientRepository::init()
{
    m_s = std::make_unique<TempStore>();
    QVERIFY(m_s->isOpen());
}

void TestClientRepository::cleanup()
{
    m_s.reset();
}

void TestClientRepository::createRoundTrip()
{
    auto &store = *m_s->store;
    const Client input = fullClient();
    QVERIFY(input.id.isNull());
    const auto created = store.clients().create(adminActor(), input);
    QVERIFY(created);
    QVERIFY(!created->id.isNull());
    QCOMPARE(created->id.version(), 7);
    QVERIFY(created->createdAt.isValid());
    QCOMPARE(created->createdAt, created->updatedAt);

    // One audit event and one outbox mutation, for this client.
    QCOMPARE(writeCounts(store), (WriteCounts {1, 1}));
    QCOMPARE(lastAuditAction(store), QStringLiteral("client.create"));
    QCOMPARE(lastAuditEntity(store), created->id);
    const auto events = store.audit().recent(1);
    QVERIFY(events);
    QCOMPARE(events->first().detail, QString()); // never values
    QCOMPARE(events->first().userId, adminActor().userId);
    QCOMPARE(events->first().deviceId, QStringLiteral("test-device"));
    const auto pending = store.outbox().pending(10);
    QVERIFY(pending);
    QCOMPARE(pending->first().name, QStringLiteral("create_client"));
    QCOMPARE(pending->first().entityId, created->id);
    const QJsonObject fields = pending->first().payload.value(QStringLiteral("fields")).toObject();
    QCOMPARE(fields.value(QStringLiteral("givenName")).toString(), QStringLiteral("José"));
    QCOMPARE(fields.value(QStringLiteral("phone")).toString(), QStringLiteral("+15552014477"));
    QCOMPARE(fields.value(QStringLiteral("dateOfBirth")).toString(), QStringLiteral("1984-03-12"));

    // Read back after reopening: every field survives.
    QVERIFY(m_s->reopen());
    const auto back = m_s->store->clients().open(adminActor(), created->id);
    QVERIFY(back);
    QCOMPARE(sameFields(*created, *back), QStringList());
    QCOMPARE(back->dateOfBirth.date(), QDate(1984, 3, 12));
    QCOMPARE(back->name.preferred(), QStringLiteral("Pepe"));
    QCOMPARE(back->alerts, QStringLiteral("faints at needles"));
    QVERIFY(back->marketingConsent);
    QCOMPARE(back->createdAt, created->createdAt);
}

void TestClientRepository::createKeepsGivenId()
{
    Client c = fullClient();
    c.id = EntityId::generate();
    const auto created = m_s->store->clients().create(adminActor(), c);
    QVERIFY(created);
    QCOMPARE(created->id, c.id);
    // The same id twice is refused and leaves nothing behind.
    const WriteCounts before = writeCounts(*m_s->store);
    const auto again = m_s->store->clients().create(adminActor(), c);
    QVERIFY(!again);
    QCOMPARE(writeCounts(*m_s->store), before);
    QCOMPARE(m_s->store->clients().count().valueOr(-1), qint64(1));
}

void TestClientRepository::openIsAudited()
{
    auto &store = *m_s->store;
    const auto created = store.clients().create(adminActor(), fullClient());
    QVERIFY(created);
    const WriteCounts before = writeCounts(store);
    const Actor frontDesk = actorWithRole(Role::FrontDesk);
    for (int i = 1; i <= 3; ++i) {
        QVERIFY(store.clients().open(frontDesk, created->id));
        // Each opening is an access to PHI: one audit event, nothing to sync.
        QCOMPARE(writeCounts(store), (WriteCounts {before.audit + i, before.outbox}));
        QCOMPARE(lastAuditAction(store), QStringLiteral("client.view"));
        QCOMPARE(lastAuditEntity(store), created->id);
    }
    const auto forClient = store.audit().recent(10, QStringLiteral("client"), created->id);
    QVERIFY(forClient);
    QCOMPARE(forClient->size(), 4); // create + 3 views, newest first
    QCOMPARE(forClient->last().action, QStringLiteral("client.create"));
}

void TestClientRepository::openMissing()
{
    const auto r = m_s->store->clients().open(adminActor(), EntityId::generate());
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::NotFound);
    QCOMPARE(writeCounts(*m_s->store), (WriteCounts {0, 0}));
}

void TestClientRepository::updateChangedFields()
{
    auto &store = *m_s->store;
    const auto created = store.clients().create(adminActor(), fullClient());
    QVERIFY(created);
    const WriteCounts before = writeCounts(store);

    Client changed = *created;
    changed.phone = *Phone::parse(u"555-201-9999");
    changed.email = *Email::parse(u"pepe@example.com");
    const auto fields = store.clients().update(adminActor(), changed);
    QVERIFY(fields);
    QCOMPARE(*fields, (QStringList {QStringLiteral("phone"), QStringLiteral("email")}));
    QCOMPARE(writeCounts(store), (WriteCounts {before.audit + 1, before.outbox + 1}));

    const auto events = store.audit().recent(1);
    QVERIFY(events);
    QCOMPARE(events->first().action, QStringLiteral("client.update"));
    QCOMPARE(events->first().detail, QStringLiteral("fields: phone,email"));
    QVERIFY(!events->first().detail.contains(u"pepe")); // names fields, never values
    QVERIFY(!events->first().detail.contains(u"555"));

    const auto pending = store.outbox().pending(10);
    QVERIFY(pending);
    const store::OutboxMutation &m = pending->last();
    QCOMPARE(m.name, QStringLiteral("update_client_fields"));
    QCOMPARE(m.entityId, created->id);
    const QJsonObject changes = m.payload.value(QStringLiteral("changes")).toObject();
    QCOMPARE(changes.keys(), (QStringList {QStringLiteral("email"), QStringLiteral("phone")}));
    const QJsonObject phone = changes.value(QStringLiteral("phone")).toObject();
    QCOMPARE(phone.value(QStringLiteral("old")).toString(), QStringLiteral("+15552014477"));
    QCOMPARE(phone.value(QStringLiteral("new")).toString(), QStringLiteral("+15552019999"));

    const auto back = store.clients().open(adminActor(), created->id);
    QVERIFY(back);
    QCOMPARE(back->phone.e164(), QStringLiteral("+15552019999"));
    QCOMPARE(back->email.value(), QStringLiteral("pepe@example.com"));
    QCOMPARE(back->dateOfBirth.date(), QDate(1984, 3, 12)); // untouched fields stay
    QVERIFY(back->updatedAt >= created->updatedAt);
}

void TestClientRepository::updateUnchangedWritesNothing()
{
    auto &store = *m_s->store;
    const auto created = store.clients().create(adminActor(), fullClient());
    QVERIFY(created);
    const auto loaded = store.clients().open(adminActor(), created->id);
    QVERIFY(loaded);
    const WriteCounts before = writeCounts(store);
    const auto fields = store.clients().update(adminActor(), *loaded);
    QVERIFY(fields);
    QVERIFY(fields->isEmpty());
    QCOMPARE(writeCounts(store), before);
    const auto after = store.clients().open(adminActor(), created->id);
    QVERIFY(after);
    QCOMPARE(after->updatedAt, loaded->updatedAt);
}

void TestClientRepository::updateMissing()
{
    Client ghost = fullClient();
    ghost.id = EntityId::generate();
    const auto r = m_s->store->clients().update(adminActor(), ghost);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::NotFound);
    QCOMPARE(writeCounts(*m_s->store), (WriteCounts {0, 0}));
    QCOMPARE(m_s->store->clients().count().valueOr(-1), qint64(0));
}

void TestClientRepository::updateKeepsCreatedAt()
{
    auto &store = *m_s->store;
    const auto created = store.clients().create(adminActor(), fullClient());
    QVERIFY(created);
    Client changed = *created;
    changed.notes = QStringLiteral("Moved to mornings.");
    changed.createdAt = QDateTime::fromMSecsSinceEpoch(0, Qt::UTC); // a caller cannot rewrite history
    QVERIFY(store.clients().update(adminActor(), changed));
    const auto back = store.clients().open(adminActor(), created->id);
    QVERIFY(back);
    QCOMPARE(back->createdAt, created->createdAt);
    QCOMPARE(back->notes, QStringLiteral("Moved to mornings."));
}

void TestClientRepository::countAndList()
{
    auto &store = *m_s->store;
    QCOMPARE(store.clients().count().valueOr(-1), qint64(0));
    for (const auto &[given, family] :
         {std::pair {u"Cara", u"Zamora"}, std::pair {u"Ana", u"berg"}, std::pair {u"Bea", u"Adams"}}) {
        QVERIFY(store.clients().create(
            adminActor(),
            makeClient(QString::fromUtf16(given), QString::fromUtf16(family), {}, QStringLiteral("x@example.com"))));
    }
    QCOMPARE(store.clients().count().valueOr(-1), qint64(3));
    const auto all = store.clients().search(u"");
    QVERIFY(all);
    QCOMPARE(all->size(), 3);
    // Alphabetical by family name, ignoring case.
    QCOMPARE(all->at(0).legalName, QStringLiteral("Bea Adams"));
    QCOMPARE(all->at(1).legalName, QStringLiteral("Ana berg"));
    QCOMPARE(all->at(2).legalName, QStringLiteral("Cara Zamora"));
    QCOMPARE(store.clients().search(u"", 2).valueOr({}).size(), 2);
    // Listing and searching read no PHI record in full: nothing is audited.
    QCOMPARE(writeCounts(store), (WriteCounts {3, 3}));
}

QTEST_GUILESS_MAIN(TestClientRepository)
#include "tst_clientrepository.moc"
