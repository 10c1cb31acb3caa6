#include "storetesthelpers.h"
#include "support/tempstore.h"

#include <QJsonObject>
#include <QTest>

using namespace msp;
using namespace msp::test;

Q_DECLARE_METATYPE(msp::Role)

class TestClinicRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void emptyStoreHasNoClinic();
    void clinicRoundTrip();
    void saveAgainUpdatesInPlace();
    void locationsRoomsDevices();
    void refusesNamelessClinic();
    void frontDeskCannotSaveClinic_data();
    void frontDeskCannotSaveClinic();
    void foreignKeysEnforced();
};

void TestClinicRepository::emptyStoreHasNoClinic()
{
    TempStore s;
    QVERIFY(s.isOpen());
    const auto c = s.store->clinic().clinic();
    QVERIFY(!c);
    QCOMPARE(c.error().code, ErrorCode::NotFound);
    QVERIFY(s.store->clinic().locations().valueOr({Location {}}).isEmpty());
}

void TestClinicRepository::clinicRoundTrip()
{
    TempStore s;
    QVERIFY(s.isOpen());
    const Clinic clinic {EntityId::generate(), QStringLiteral("Lumière Med Spa"), "Europe/Paris",
                         QStringLiteral("EUR")};
    const WriteCounts before = writeCounts(*s.store);
    QVERIFY(s.store->clinic().saveClinic(adminActor(), clinic));
    QCOMPARE(writeCounts(*s.store), (WriteCounts {before.audit + 1, before.outbox + 1}));
    QCOMPARE(lastAuditAction(*s.store), QStringLiteral("clinic.save"));
    QCOMPARE(lastAuditEntity(*s.store), clinic.id);
    const auto pending = s.store->outbox().pending(10);
    QVERIFY(pending);
    QCOMPARE(pending->last().name, QStringLiteral("save_clinic"));
    QCOMPARE(pending->last().entityId, clinic.id);
    QCOMPARE(pending->last().payload.value(QStringLiteral("time_zone")).toString(), QStringLiteral("Europe/Paris"));

    QVERIFY(s.reopen());
    const auto back = s.store->clinic().clinic();
    QVERIFY(back);
    QCOMPARE(back->id, clinic.id);
    QCOMPARE(back->name, clinic.name);
    QCOMPARE(back->timeZone, clinic.timeZone);
    QCOMPARE(back->currency, clinic.currency);
}

void TestClinicRepository::saveAgainUpdatesInPlace()
{
    TempStore s;
    QVERIFY(s.isOpen());
    SeededClinic seed;
    QCOMPARE(seedClinic(*s.store, seed), QString());
    Clinic renamed = seed.clinic;
    renamed.name = QStringLiteral("Lumière Med Spa & Laser");
    QVERIFY(s.store->clinic().saveClinic(adminActor(), renamed));
    QCOMPARE(s.store->clinic().clinic()->name, renamed.name);
    QCOMPARE(rawScalar(*s.store, "SELECT count(*) FROM clinic;"), qint64(1));
    // Updating the clinic row never cascades to its locations.
    QCOMPARE(s.store->clinic().locations().valueOr({}).size(), 1);
}

void TestClinicRepository::locationsRoomsDevices()
{
    TempStore s;
    QVERIFY(s.isOpen());
    SeededClinic seed;
    QCOMPARE(seedClinic(*s.store, seed), QString());

    const auto locations = s.store->clinic().locations();
    QVERIFY(locations);
    QCOMPARE(locations->size(), 1);
    QCOMPARE(locations->first().id, seed.location.id);
    QCOMPARE(locations->first().clinicId, seed.clinic.id);
    QCOMPARE(locations->first().address, QStringLiteral("1 Main St"));

    const auto rooms = s.store->clinic().rooms();
    QVERIFY(rooms);
    QCOMPARE(rooms->size(), 2);
    QCOMPARE(rooms->at(0).name, QStringLiteral("Room A")); // ordered by name
    QCOMPARE(rooms->at(0).id, seed.roomA.id);
    QCOMPARE(rooms->at(0).roomType, QStringLiteral("laser"));
    QCOMPARE(rooms->at(1).id, seed.roomB.id);

    const auto devices = s.store->clinic().devices();
    QVERIFY(devices);
    QCOMPARE(devices->size(), 2);
    QCOMPARE(devices->at(0).id, seed.laserA.id);
    QCOMPARE(devices->at(0).locationId, seed.location.id);
    QCOMPARE(devices->at(0).kind, QStringLiteral("laser"));

    // Each save audits once and queues once, named for what it saved.
    const WriteCounts before = writeCounts(*s.store);
    Room renamed = seed.roomB;
    renamed.name = QStringLiteral("Room C");
    QVERIFY(s.store->clinic().saveRoom(adminActor(), renamed));
    QCOMPARE(writeCounts(*s.store), (WriteCounts {before.audit + 1, before.outbox + 1}));
    QCOMPARE(lastAuditAction(*s.store), QStringLiteral("room.save"));
    QCOMPARE(lastOutboxName(*s.store), QStringLiteral("save_room"));
    QCOMPARE(s.store->clinic().rooms().valueOr({}).size(), 2);
    QCOMPARE(s.store->clinic().rooms()->at(1).name, QStringLiteral("Room C"));

    Device d = seed.laserA;
    d.name = QStringLiteral("Laser 1 (GentleMax)");
    QVERIFY(s.store->clinic().saveDevice(adminActor(), d));
    QCOMPARE(lastAuditAction(*s.store), QStringLiteral("device.save"));
    QCOMPARE(lastOutboxName(*s.store), QStringLiteral("save_device"));
    Location l = seed.location;
    l.address = QStringLiteral("2 Main St");
    QVERIFY(s.store->clinic().saveLocation(adminActor(), l));
    QCOMPARE(lastAuditAction(*s.store), QStringLiteral("location.save"));
    QCOMPARE(lastOutboxName(*s.store), QStringLiteral("save_location"));
    QCOMPARE(writeCounts(*s.store), (WriteCounts {before.audit + 3, before.outbox + 3}));
}

void TestClinicRepository::refusesNamelessClinic()
{
    TempStore s;
    QVERIFY(s.isOpen());
    const auto r = s.store->clinic().saveClinic(adminActor(), Clinic {EntityId::generate(), QStringLiteral("  ")});
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Invalid);
    QCOMPARE(r.error().field, QStringLiteral("name"));
    QCOMPARE(writeCounts(*s.store), (WriteCounts {0, 0}));
}

void TestClinicRepository::frontDeskCannotSaveClinic_data()
{
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("allowed");

    QTest::newRow("front desk") << Role::FrontDesk << false;
    QTest::newRow("practitioner") << Role::Practitioner << false;
    QTest::newRow("manager") << Role::Manager << true;
    QTest::newRow("admin") << Role::Admin << true;
}

void TestClinicRepository::frontDeskCannotSaveClinic()
{
    QFETCH(Role, role);
    QFETCH(bool, allowed);

    TempStore s;
    QVERIFY(s.isOpen());
    const Clinic clinic {EntityId::generate(), QStringLiteral("Spa")};
    const auto r = s.store->clinic().saveClinic(actorWithRole(role), clinic);
    QCOMPARE(r.isOk(), allowed);
    if (allowed) {
        QCOMPARE(writeCounts(*s.store), (WriteCounts {1, 1}));
        return;
    }
    QCOMPARE(r.error().code, ErrorCode::NotPermitted);
    QVERIFY(r.error().message.contains(roleDisplayName(role)));
    QCOMPARE(writeCounts(*s.store), (WriteCounts {0, 0}));
    QCOMPARE(s.store->clinic().clinic().error().code, ErrorCode::NotFound);
    const Location l {EntityId::generate(), clinic.id, QStringLiteral("Downtown")};
    QCOMPARE(s.store->clinic().saveLocation(actorWithRole(role), l).error().code, ErrorCode::NotPermitted);
    QCOMPARE(s.store->clinic().saveRoom(actorWithRole(role), Room {}).error().code, ErrorCode::NotPermitted);
    QCOMPARE(s.store->clinic().saveDevice(actorWithRole(role), Device {}).error().code, ErrorCode::NotPermitted);
    QCOMPARE(writeCounts(*s.store), (WriteCounts {0, 0}));
}

void TestClinicRepository::foreignKeysEnforced()
{
    TempStore s;
    QVERIFY(s.isOpen());
    // A room in a location that does not exist is refused, and the refusal
    // leaves no audit event or outbox mutation behind.
    const Room orphan {EntityId::generate(), EntityId::generate(), QStringLiteral("Nowhere"), {}};
    const auto r = s.store->clinic().saveRoom(adminActor(), orphan);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::StoreIo);
    QCOMPARE(writeCounts(*s.store), (WriteCounts {0, 0}));
    QVERIFY(s.store->clinic().rooms().valueOr({Room {}}).isEmpty());
}

QTEST_GUILESS_MAIN(TestClinicRepository)
#include "tst_clinicrepository.moc"
