#include "storetesthelpers.h"
#include "support/tempstore.h"

#include <QTest>

using namespace msp;
using namespace msp::test;

// Every change writes its row, its audit event and its outbox mutation in one
// transaction. These tests make the audit or the outbox insert fail and prove
// that the row went with it.
class TestWriteAtomicity : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void failureRollsBackEverything_data();
    void failureRollsBackEverything();
};

namespace {
enum Operation {
    SaveClinic,
    SaveRoom,
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

void TestWriteAtomicity::failureRollsBackEverything_data()
{
    QTest::addColumn<int>("operation");
    QTest::addColumn<QByteArray>("failingTable");
    QTest::addColumn<QByteArray>("rowCountSql");

    const struct {
        Operation op;
        const char *name;
        const char *countSql;
        bool queues;
    } ops[] = {
        {SaveClinic, "save clinic", "SELECT count(*) FROM clinic;", true},
        {SaveRoom, "save room", "SELECT count(*) FROM room;", true},
        {SaveService, "save service", "SELECT count(*) FROM service;", true},
        {SavePractitioner, "save practitioner", "SELECT count(*) FROM practitioner_service;", true},
        {CreateClient, "create client", "SELECT count(*) FROM client_search;", true},
        {UpdateClient, "update client", "SELECT count(*) FROM client WHERE notes = 'changed';", true},
        {OpenClient, "open client", "SELECT count(*) FROM client;", false},
        {Book, "book", "SELECT count(*) FROM appointment_history;", true},
        {SetStatus, "set status", "SELECT count(*) FROM appointment_history;", true},
        {Checkout, "checkout", "SELECT count(*) FROM invoice_line;", true},
        {SaveUser, "save user", "SELECT count(*) FROM app_user;", false},
    };
    for (const auto &o : ops) {
        QTest::addRow("%s, audit fails", o.name) << int(o.op) << QByteArray("audit_event") << QByteArray(o.countSql);
        if (o.queues)
            QTest::addRow("%s, outbox fails", o.name) << int(o.op) << QByteArray("outbox") << QByteArray(o.countSql);
    }
}

void TestWriteAtomicity::failureRollsBackEverything()
{
    QFETCH(int, operation);
    QFETCH(QByteArray, failingTable);
    QFETCH(QByteArray, rowCountSql);

    TempStore s;
    QVERIFY(s.isOpen());
    auto &store = *s.store;
    SeededClinic seed;
    QCOMPARE(seedClinic(store, seed), QString());
    const auto booked = store.appointments().create(adminActor(), [&] {
        Appointment a;
        a.clientId = seed.client.id;
        a.practitionerId = seed.alice.id;
        a.serviceId = seed.service.id;
        a.start = at(9);
        a.end = at(10);
        return a;
    }());
    QVERIFY(booked);

    const WriteCounts before = writeCounts(store);
    const qint64 rowsBefore = rawScalar(store, rowCountSql.constData());
    const QByteArray trigger = "CREATE TEMP TRIGGER inject_failure BEFORE INSERT ON main." + failingTable
        + " BEGIN SELECT RAISE(ABORT, 'injected failure'); END;";
    QVERIFY(store.database().exec(trigger.constData()));

    const Actor admin = adminActor();
    Result<void> r;
    switch (Operation(operation)) {
    case SaveClinic:
        r = store.clinic().saveClinic(admin, Clinic {EntityId::generate(), QStringLiteral("Second")});
        break;
    case SaveRoom:
        r = store.clinic().saveRoom(admin, Room {EntityId::generate(), seed.location.id, QStringLiteral("Room Z"), {}});
        break;
    case SaveService: {
        Service sv = seed.service;
        sv.id = EntityId::generate();
        r = store.services().save(admin, sv);
        break;
    }
    case SavePractitioner: {
        Practitioner p = seed.alice;
        p.id = EntityId::generate();
        r = store.practitioners().save(admin, p);
        break;
    }
    case CreateClient: {
        auto c = store.clients().create(
            admin, makeClient(QStringLiteral("Ivy"), QStringLiteral("Chen"), QStringLiteral("555-234-1111"), {}));
        r = c ? ok() : Result<void>(c.error());
        break;
    }
    case UpdateClient: {
        Client c = seed.client;
        c.notes = QStringLiteral("changed");
        auto u = store.clients().update(admin, c);
        r = u ? ok() : Result<void>(u.error());
        break;
    }
    case OpenClient: {
        auto c = store.clients().open(admin, seed.client.id);
        r = c ? ok() : Result<void>(c.error());
        break;
    }
    case Book: {
        Appointment a = *booked;
        a.id = {};
        a.start = at(11);
        a.end = at(12);
        auto b = store.appointments().create(admin, a);
        r = b ? ok() : Result<void>(b.error());
        break;
    }
    case SetStatus: r = store.appointments().setStatus(admin, booked->id, AppointmentStatus::Arrived); break;
    case Checkout: {
        Invoice inv;
        inv.clientId = seed.client.id;
        InvoiceLine l;
        l.description = QStringLiteral("Service");
        l.unitPriceMinor = 1000;
        inv.lines << l;
        auto i = store.invoices().create(admin, inv);
        r = i ? ok() : Result<void>(i.error());
        break;
    }
    case SaveUser: {
        User u;
        u.id = EntityId::generate();
        u.username = QStringLiteral("zed");
        u.passwordHash = QStringLiteral("$argon2id$v=19$m=1024,t=1,p=1$c2FsdHNhbHQ$aGFzaA");
        r = store.users().save(admin, u);
        break;
    }
    }
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(u"injected failure"), qPrintable(r.error().message));
    QVERIFY(store.database().exec("DROP TRIGGER temp.inject_failure;"));

    QCOMPARE(writeCounts(store), before);
    QCOMPARE(rawScalar(store, rowCountSql.constData()), rowsBefore);
    QCOMPARE(store.appointments().find(booked->id)->status, AppointmentStatus::Booked);
    QCOMPARE(store.clients().count().valueOr(-1), qint64(1));
    QVERIFY(store.audit().verifyChain());
    // The store is still usable after the failed write.
    QVERIFY(store.clinic().saveRoom(admin, Room {EntityId::generate(), seed.location.id, QStringLiteral("After"), {}}));
}

QTEST_GUILESS_MAIN(TestWriteAtomicity)
#include "tst_writeatomicity.moc"
