#include "storetesthelpers.h"
#include "support/tempstore.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace msp;
using namespace msp::test;

class TestPractitionerRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void practitionerRoundTrip();
    void qualificationsReplaced();
    void inactiveHiddenByDefault();
    void refusesNameless();
    void serviceRoundTrip();
    void serviceValidation_data();
    void serviceValidation();
    void unknownIds();
};

void TestPractitionerRepository::practitionerRoundTrip()
{
    TempStore s;
    QVERIFY(s.isOpen());
    SeededClinic seed;
    QCOMPARE(seedClinic(*s.store, seed), QString());

    Practitioner p;
    p.id = EntityId::generate();
    p.displayName = QStringLiteral("Inès Moreau");
    p.title = QStringLiteral("NP");
    p.color = QStringLiteral("#7aa6c2");
    QVERIFY(p.workingHours.setSpans(1, {{540, 720}, {780, 1020}}));
    QVERIFY(p.workingHours.setSpans(6, {{600, 840}}));
    p.qualifiedServiceIds = {seed.service.id};
    const WriteCounts before = writeCounts(*s.store);
    QVERIFY(s.store->practitioners().save(adminActor(), p));
    QCOMPARE(writeCounts(*s.store), (WriteCounts {before.audit + 1, before.outbox + 1}));
    QCOMPARE(lastAuditAction(*s.store), QStringLiteral("practitioner.save"));
    QCOMPARE(lastAuditEntity(*s.store), p.id);
    const auto pending = s.store->outbox().pending(1000);
    QCOMPARE(pending->last().name, QStringLiteral("save_practitioner"));
    QCOMPARE(pending->last().payload.value(QStringLiteral("services")).toArray().size(), 1);

    QVERIFY(s.reopen());
    const auto back = s.store->practitioners().find(p.id);
    QVERIFY(back);
    QCOMPARE(back->displayName, p.displayName);
    QCOMPARE(back->title, p.title);
    QCOMPARE(back->color, p.color);
    QCOMPARE(back->workingHours, p.workingHours);
    QCOMPARE(back->qualifiedServiceIds, p.qualifiedServiceIds);
    QVERIFY(back->active);
    QCOMPARE(s.store->practitioners().all().valueOr({}).size(), 3); // with the seeded two
}

void TestPractitionerRepository::qualificationsReplaced()
{
    TempStore s;
    QVERIFY(s.isOpen());
    SeededClinic seed;
    QCOMPARE(seedClinic(*s.store, seed), QString());
    Service botox;
    botox.id = EntityId::generate();
    botox.name = QStringLiteral("Botox");
    botox.durationMinutes = 30;
    QVERIFY(s.store->services().save(adminActor(), botox));

    Practitioner p = seed.alice;
    p.qualifiedServiceIds = {botox.id, seed.service.id};
    QVERIFY(s.store->practitioners().save(adminActor(), p));
    QCOMPARE(s.store->practitioners().find(p.id)->qualifiedServiceIds.size(), 2);
    p.qualifiedServiceIds = {botox.id};
    QVERIFY(s.store->practitioners().save(adminActor(), p));
    QCOMPARE(s.store->practitioners().find(p.id)->qualifiedServiceIds, QList<EntityId> {botox.id});
    p.qualifiedServiceIds.clear();
    QVERIFY(s.store->practitioners().save(adminActor(), p));
    QVERIFY(s.store->practitioners().find(p.id)->qualifiedServiceIds.isEmpty());
    QCOMPARE(rawScalar(*s.store, "SELECT count(*) FROM practitioner WHERE display_name = 'Alice Nguyen';"), qint64(1));
}

void TestPractitionerRepository::inactiveHiddenByDefault()
{
    TempStore s;
    QVERIFY(s.isOpen());
    SeededClinic seed;
    QCOMPARE(seedClinic(*s.store, seed), QString());
    Practitioner gone = seed.bob;
    gone.active = false;
    QVERIFY(s.store->practitioners().save(adminActor(), gone));
    const auto active = s.store->practitioners().all();
    QVERIFY(active);
    QCOMPARE(active->size(), 1);
    QCOMPARE(active->first().id, seed.alice.id);
    QCOMPARE(s.store->practitioners().all(false).valueOr({}).size(), 2);
    const auto found = s.store->practitioners().find(gone.id);
    QVERIFY(found);
    QVERIFY(!found->active);
}

void TestPractitionerRepository::refusesNameless()
{
    TempStore s;
    QVERIFY(s.isOpen());
    Practitioner p;
    p.id = EntityId::generate();
    p.displayName = QStringLiteral("   ");
    const auto r = s.store->practitioners().save(adminActor(), p);
    QVERIFY(!r);
    QCOMPARE(r.error().field, QStringLiteral("displayName"));
    QCOMPARE(writeCounts(*s.store), (WriteCounts {0, 0}));
    // Qualifying for a service that does not exist is refused as a whole.
    p.displayName = QStringLiteral("Ghost");
    p.qualifiedServiceIds = {EntityId::generate()};
    QVERIFY(!s.store->practitioners().save(adminActor(), p));
    QCOMPARE(writeCounts(*s.store), (WriteCounts {0, 0}));
    QVERIFY(s.store->practitioners().all(false).valueOr({Practitioner {}}).isEmpty());
}

void TestPractitionerRepository::serviceRoundTrip()
{
    TempStore s;
    QVERIFY(s.isOpen());
    Service sv;
    sv.id = EntityId::generate();
    sv.name = QStringLiteral("HydraFacial Deluxe");
    sv.durationMinutes = 75;
    sv.bufferBeforeMinutes = 5;
    sv.bufferAfterMinutes = 10;
    sv.price = Money(27550, QStringLiteral("CAD"));
    sv.roomType = QStringLiteral("facial");
    sv.deviceKind = QStringLiteral("hydrafacial");
    sv.color = QStringLiteral("#ffcc00");
    QVERIFY(s.store->services().save(adminActor(), sv));
    QCOMPARE(writeCounts(*s.store), (WriteCounts {1, 1}));
    QCOMPARE(lastAuditAction(*s.store), QStringLiteral("service.save"));
    QCOMPARE(lastOutboxName(*s.store), QStringLiteral("save_service"));
    QVERIFY(s.reopen());
    const auto back = s.store->services().find(sv.id);
    QVERIFY(back);
    QCOMPARE(back->name, sv.name);
    QCOMPARE(back->durationMinutes, 75);
    QCOMPARE(back->bufferBeforeMinutes, 5);
    QCOMPARE(back->bufferAfterMinutes, 10);
    QCOMPARE(back->price, sv.price);
    QCOMPARE(back->roomType, sv.roomType);
    QCOMPARE(back->deviceKind, sv.deviceKind);
    QCOMPARE(back->color, sv.color);
    sv.price = Money(29900, QStringLiteral("CAD"));
    QVERIFY(s.store->services().save(adminActor(), sv));
    QCOMPARE(s.store->services().all().valueOr({}).size(), 1);
    QCOMPARE(s.store->services().find(sv.id)->price.minorUnits(), qint64(29900));
}

void TestPractitionerRepository::serviceValidation_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("duration");
    QTest::addColumn<int>("before");
    QTest::addColumn<int>("after");
    QTest::addColumn<QString>("errorField");

    QTest::newRow("no name") << QStringLiteral(" ") << 30 << 0 << 0 << QStringLiteral("name");
    QTest::newRow("zero duration") << QStringLiteral("Peel") << 0 << 0 << 0 << QStringLiteral("duration");
    QTest::newRow("negative buffer before") << QStringLiteral("Peel") << 30 << -5 << 0 << QStringLiteral("duration");
    QTest::newRow("negative buffer after") << QStringLiteral("Peel") << 30 << 0 << -5 << QStringLiteral("duration");
}

void TestPractitionerRepository::serviceValidation()
{
    QFETCH(QString, name);
    QFETCH(int, duration);
    QFETCH(int, before);
    QFETCH(int, after);
    QFETCH(QString, errorField);

    TempStore s;
    QVERIFY(s.isOpen());
    Service sv;
    sv.id = EntityId::generate();
    sv.name = name;
    sv.durationMinutes = duration;
    sv.bufferBeforeMinutes = before;
    sv.bufferAfterMinutes = after;
    const auto r = s.store->services().save(adminActor(), sv);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Invalid);
    QCOMPARE(r.error().field, errorField);
    QCOMPARE(writeCounts(*s.store), (WriteCounts {0, 0}));
}

void TestPractitionerRepository::unknownIds()
{
    TempStore s;
    QVERIFY(s.isOpen());
    QCOMPARE(s.store->practitioners().find(EntityId::generate()).error().code, ErrorCode::NotFound);
    QCOMPARE(s.store->services().find(EntityId::generate()).error().code, ErrorCode::NotFound);
}

QTEST_GUILESS_MAIN(TestPractitionerRepository)
#include "tst_practitionerrepository.moc"
