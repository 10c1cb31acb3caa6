#include "store/permissions.h"
#include "storetesthelpers.h"
#include "support/tempstore.h"

#include <QTest>

using namespace msp;
using namespace msp::test;

Q_DECLARE_METATYPE(msp::Role)

// Each repository write checks the actor's role before touching the store; a
// refusal says so and writes nothing, not even an audit event.
class TestPermissions : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void requirePermissionMessage();
    void writes_data();
    void writes();

private:
    std::unique_ptr<TempStore> m_s;
    SeededClinic m_seed;
    int m_slot = 0;
};

namespace {
enum Operation {
    SaveClinic,
    SaveLocation,
    SaveRoom,
    SaveDevice,
    SaveService,
    SavePractitioner,
    CreateClient,
    UpdateClient,
    OpenClient,
    Book,
    SetStatus,
    Checkout,
    SaveUser
};
}

void TestPermissions::initTestCase()
{
    m_s = std::make_unique<TempStore>();
    QVERIFY(m_s->isOpen());
    QCOMPARE(seedClinic(*m_s->store, m_seed), QString());
}

void TestPermissions::cleanupTestCase()
{
    m_s.reset();
}

void TestPermissions::requirePermissionMessage()
{
    const auto r = store::requirePermission(actorWithRole(Role::FrontDesk), Permission::ManageClinic);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::NotPermitted);
    QVERIFY(r.error().message.contains(roleDisplayName(Role::FrontDesk)));
    QVERIFY(store::requirePermission(actorWithRole(Role::Admin), Permission::ManageUsers));
}

void TestPermissions::writes_data()
{
    QTest::addColumn<int>("operation");
    QTest::addColumn<Role>("role");
    QTest::addColumn<bool>("allowed");

    const struct {
        Operation op;
        const char *name;
        bool admin, manager, frontDesk, practitioner;
    } table[] = {
        {SaveClinic, "saveClinic", true, true, false, false},
        {SaveLocation, "saveLocation", true, true, false, false},
        {SaveRoom, "saveRoom", true, true, false, false},
        {SaveDevice, "saveDevice", true, true, false, false},
        {SaveService, "saveService", true, true, false, false},
        {SavePractitioner, "savePractitioner", true, true, false, false},
        {CreateClient, "createClient", true, true, true, true},
        {UpdateClient, "updateClient", true, true, true, true},
        {OpenClient, "openClient", true, true, true, true},
        {Book, "book", true, true, true, true},
        {SetStatus, "setStatus", true, true, true, true},
        {Checkout, "checkout", true, true, true, false},
        {SaveUser, "saveUser", true, false, false, false},
    };
    const std::pair<Role, const char *> roles[] = {{Role::Admin, "admin"},
                                                   {Role::Manager, "manager"},
                                                   {Role::FrontDesk, "front desk"},
                                                   {Role::Practitioner, "practitioner"}};
    for (const auto &row : table) {
        const bool allowed[] = {row.admin, row.manager, row.frontDesk, row.practitioner};
        for (int i = 0; i < 4; ++i)
            QTest::addRow("%s %s", roles[i].second, row.name) << int(row.op) << roles[i].first << allowed[i];
    }
}

void TestPermissions::writes()
{
    QFETCH(int, operation);
    QFETCH(Role, role);
    QFETCH(bool, allowed);

    auto &store = *m_s->store;
    const Actor actor = actorWithRole(role);
    const WriteCounts before = writeCounts(store);
    const int slot = m_slot++; // a fresh half hour for every booking row
    const auto toVoid = [](const auto &r) { return r ? ok() : Result<void>(r.error()); };

    Result<void> r;
    switch (Operation(operation)) {
    case SaveClinic: r = store.clinic().saveClinic(actor, m_seed.clinic); break;
    case SaveLocation: r = store.clinic().saveLocation(actor, m_seed.location); break;
    case SaveRoom: r = store.clinic().saveRoom(actor, m_seed.roomA); break;
    case SaveDevice: r = store.clinic().saveDevice(actor, m_seed.laserA); break;
    case SaveService: r = store.services().save(actor, m_seed.service); break;
    case SavePractitioner: r = store.practitioners().save(actor, m_seed.bob); break;
    case CreateClient:
        r = toVoid(store.clients().create(
            actor, makeClient(QStringLiteral("New"), QStringLiteral("Client"), QStringLiteral("555-234-0001"), {})));
        break;
    case UpdateClient: {
        Client c = m_seed.client;
        c.notes = QStringLiteral("note %1").arg(slot);
        r = toVoid(store.clients().update(actor, c));
        break;
    }
    case OpenClient: r = toVoid(store.clients().open(actor, m_seed.client.id)); break;
    case Book:
    case SetStatus: {
        Appointment a;
        a.clientId = m_seed.client.id;
        a.practitionerId = m_seed.alice.id;
        a.serviceId = m_seed.service.id;
        a.start = at(0).addSecs(slot * 1800);
        a.end = a.start.addSecs(1800);
        if (Operation(operation) == Book) {
            r = toVoid(store.appointments().create(actor, a));
            break;
        }
        const auto booked = store.appointments().create(adminActor(), a);
        QVERIFY(booked);
        const WriteCounts afterBooking = writeCounts(store);
        r = store.appointments().setStatus(actor, booked->id, AppointmentStatus::Arrived);
        if (!r) {
            QCOMPARE(writeCounts(store), afterBooking);
            QCOMPARE(store.appointments().find(booked->id)->status, AppointmentStatus::Booked);
        }
        break;
    }
    case Checkout: {
        Invoice inv;
        inv.clientId = m_seed.client.id;
        InvoiceLine l;
        l.description = QStringLiteral("Facial");
        l.unitPriceMinor = 12000;
        inv.lines << l;
        r = toVoid(store.invoices().create(actor, inv));
        break;
    }
    case SaveUser: {
        User u;
        u.id = EntityId::generate();
        u.username = QStringLiteral("user%1").arg(slot);
        u.passwordHash = QStringLiteral("$argon2id$v=19$m=1024,t=1,p=1$c2FsdHNhbHQ$aGFzaA");
        r = store.users().save(actor, u);
        break;
    }
    }

    QVERIFY2(r.isOk() == allowed, r ? "allowed" : qPrintable(r.error().message));
    if (allowed) {
        QVERIFY(writeCounts(store).audit > before.audit);
        return;
    }
    QCOMPARE(r.error().code, ErrorCode::NotPermitted);
    QVERIFY(r.error().message.contains(roleDisplayName(role)));
    if (Operation(operation) != SetStatus)
        QCOMPARE(writeCounts(store), before);
}

QTEST_GUILESS_MAIN(TestPermissions)
#include "tst_permissions.moc"
