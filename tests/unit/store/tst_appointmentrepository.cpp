#include "storetesthelpers.h"
#include "support/tempstore.h"

#include <QJsonObject>
#include <QTest>

using namespace msp;
using namespace msp::test;

Q_DECLARE_METATYPE(msp::AppointmentStatus)

class TestAppointmentRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void createFindRoundTrip();
    void overlap_data();
    void overlap();
    void freedSlotCanBeRebooked_data();
    void freedSlotCanBeRebooked();
    void statusFlowAndHistory();
    void refusedTransitionWritesNothing();
    void cancelNeedsReason();
    void between();
    void invalidAppointmentWritesNothing();
    void unknownIds();

private:
    Appointment booking(const Practitioner &p, const Room &r, const Device &d, QDateTime start, QDateTime end) const;
    std::unique_ptr<TempStore> m_s;
    SeededClinic m_seed;
};

void TestAppointmentRepository::init()
{
    m_s = std::make_unique<TempStore>();
    QVERIFY(m_s->isOpen());
    QCOMPARE(seedClinic(*m_s->store, m_seed), QString());
}

void TestAppointmentRepository::cleanup()
{
    m_s.reset();
}

Appointment TestAppointmentRepository::booking(const Practitioner &p, const Room &r, const Device &d, QDateTime start,
                                               QDateTime end) const
{
    Appointment a;
    a.clientId = m_seed.client.id;
    a.practitionerId = p.id;
    a.serviceId = m_seed.service.id;
    a.roomId = r.id;
    a.deviceId = d.id;
    a.start = start;
    a.end = end;
    return a;
}

void TestAppointmentRepository::createFindRoundTrip()
{
    auto &store = *m_s->store;
    const WriteCounts before = writeCounts(store);
    Appointment a = booking(m_seed.alice, m_seed.roomA, m_seed.laserA, at(15), at(16));
    a.notes = QStringLiteral("Patch test first");
    const auto created = store.appointments().create(actorWithRole(Role::FrontDesk), a);
    QVERIFY2(created, created ? "" : qPrintable(created.error().message));
    QVERIFY(!created->id.isNull());
    QCOMPARE(created->syncState, SyncState::Local); // unconfirmed until the server accepts it
    QCOMPARE(writeCounts(store), (WriteCounts {before.audit + 1, before.outbox + 1}));
    QCOMPARE(lastAuditAction(store), QStringLiteral("appointment.create"));
    QCOMPARE(lastAuditEntity(store), created->id);
    const auto pending = store.outbox().pending(1000);
    QVERIFY(pending);
    QCOMPARE(pending->last().name, QStringLiteral("book_appointment"));
    QCOMPARE(pending->last().payload.value(QStringLiteral("start")).toString(),
             QStringLiteral("2030-03-04T15:00:00.000Z"));

    QVERIFY(m_s->reopen());
    const auto found = m_s->store->appointments().find(created->id);
    QVERIFY(found);
    QCOMPARE(found->clientId, m_seed.client.id);
    QCOMPARE(found->practitionerId, m_seed.alice.id);
    QCOMPARE(found->serviceId, m_seed.service.id);
    QCOMPARE(found->roomId, m_seed.roomA.id);
    QCOMPARE(found->deviceId, m_seed.laserA.id);
    QCOMPARE(found->start, at(15));
    QCOMPARE(found->end, at(16));
    QCOMPARE(found->start.timeSpec(), Qt::UTC);
    QCOMPARE(found->status, AppointmentStatus::Booked);
    QCOMPARE(found->notes, QStringLiteral("Patch test first"));
    QCOMPARE(found->syncState, SyncState::Local);
    QCOMPARE(m_s->store->appointments().count().valueOr(-1), qint64(1));
}

void TestAppointmentRepository::overlap_data()
{
    QTest::addColumn<int>("practitioner"); // 0 alice (booked), 1 bob
    QTest::addColumn<int>("room"); // 0 room A (booked), 1 room B, 2 none
    QTest::addColumn<int>("device"); // 0 laser A (booked), 1 laser B, 2 none
    QTest::addColumn<QDateTime>("start");
    QTest::addColumn<QDateTime>("end");
    QTest::addColumn<AppointmentStatus>("status");
    QTest::addColumn<QString>("conflictWith"); // empty: allowed

    const auto S = AppointmentStatus::Booked;
    // The existing booking: Alice, room A, laser A, 15:00-16:00.
    QTest::newRow("same practitioner overlapping")
        << 0 << 1 << 2 << at(15, 30) << at(16, 30) << S << QStringLiteral("practitioner");
    QTest::newRow("same room overlapping") << 1 << 0 << 2 << at(15, 30) << at(16, 30) << S << QStringLiteral("room");
    QTest::newRow("same device overlapping") << 1 << 1 << 0 << at(14, 30) << at(15, 1) << S << QStringLiteral("device");
    QTest::newRow("same practitioner inside")
        << 0 << 2 << 2 << at(15, 15) << at(15, 45) << S << QStringLiteral("practitioner");
    QTest::newRow("same room enclosing") << 1 << 0 << 1 << at(14) << at(17) << S << QStringLiteral("room");
    QTest::newRow("identical slot") << 0 << 0 << 0 << at(15) << at(16) << S << QStringLiteral("practitioner");
    QTest::newRow("touching end") << 0 << 0 << 0 << at(16) << at(17) << S << QString();
    QTest::newRow("touching start") << 0 << 0 << 0 << at(14) << at(15) << S << QString();
    QTest::newRow("other practitioner, room and device") << 1 << 1 << 1 << at(15) << at(16) << S << QString();
    QTest::newRow("other practitioner, no room or device") << 1 << 2 << 2 << at(15) << at(16) << S << QString();
    QTest::newRow("waitlist entry holds no time")
        << 0 << 0 << 0 << at(15) << at(16) << AppointmentStatus::Waitlist << QString();
    QTest::newRow("proposed still holds time")
        << 1 << 0 << 2 << at(15) << at(16) << AppointmentStatus::Proposed << QStringLiteral("room");
}

void TestAppointmentRepository::overlap()
{
    QFETCH(int, practitioner);
    QFETCH(int, room);
    QFETCH(int, device);
    QFETCH(QDateTime, start);
    QFETCH(QDateTime, end);
    QFETCH(AppointmentStatus, status);
    QFETCH(QString, conflictWith);

    auto &store = *m_s->store;
    const auto first
        = store.appointments().create(adminActor(), booking(m_seed.alice, m_seed.roomA, m_seed.laserA, at(15), at(16)));
    QVERIFY(first);
    const WriteCounts before = writeCounts(store);
    const qint64 historyBefore = rawScalar(store, "SELECT count(*) FROM appointment_history;");

    Appointment a = booking(practitioner == 0 ? m_seed.alice : m_seed.bob, room == 0 ? m_seed.roomA : m_seed.roomB,
                            device == 0 ? m_seed.laserA : m_seed.laserB, start, end);
    if (room == 2)
        a.roomId = {};
    if (device == 2)
        a.deviceId = {};
    a.status = status;
    const auto r = store.appointments().create(adminActor(), a);
    if (conflictWith.isEmpty()) {
        QVERIFY2(r, r ? "" : qPrintable(r.error().message));
        QCOMPARE(writeCounts(store), (WriteCounts {before.audit + 1, before.outbox + 1}));
        QCOMPARE(store.appointments().count().valueOr(-1), qint64(2));
        return;
    }
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Conflict);
    QVERIFY2(r.error().message.contains(conflictWith), qPrintable(r.error().message));
    QVERIFY2(r.error().message.contains(first->id.toString().left(8)), qPrintable(r.error().message));
    // A refused booking leaves no row, history, audit event or mutation.
    QCOMPARE(writeCounts(store), before);
    QCOMPARE(store.appointments().count().valueOr(-1), qint64(1));
    QCOMPARE(rawScalar(store, "SELECT count(*) FROM appointment_history;"), historyBefore);
}

void TestAppointmentRepository::freedSlotCanBeRebooked_data()
{
    QTest::addColumn<AppointmentStatus>("freedBy");

    QTest::newRow("cancelled") << AppointmentStatus::Cancelled;
    QTest::newRow("no-show") << AppointmentStatus::NoShow;
    QTest::newRow("entered in error") << AppointmentStatus::EnteredInError;
}

void TestAppointmentRepository::freedSlotCanBeRebooked()
{
    QFETCH(AppointmentStatus, freedBy);

    auto &store = *m_s->store;
    const Appointment slot = booking(m_seed.alice, m_seed.roomA, m_seed.laserA, at(10), at(11));
    const auto first = store.appointments().create(adminActor(), slot);
    QVERIFY(first);
    QCOMPARE(store.appointments().create(adminActor(), slot).error().code, ErrorCode::Conflict);
    QVERIFY(store.appointments().setStatus(adminActor(), first->id, freedBy, QStringLiteral("client called")));
    const auto second = store.appointments().create(adminActor(), slot);
    QVERIFY2(second, second ? "" : qPrintable(second.error().message));
    QVERIFY(second->id != first->id);
}

void TestAppointmentRepository::statusFlowAndHistory()
{
    auto &store = *m_s->store;
    const auto a
        = store.appointments().create(adminActor(), booking(m_seed.alice, m_seed.roomA, m_seed.laserA, at(9), at(10)));
    QVERIFY(a);
    const Actor desk = actorWithRole(Role::FrontDesk);
    const struct {
        AppointmentStatus to;
        const char *code;
    } steps[] = {{AppointmentStatus::Arrived, "arrived"},
                 {AppointmentStatus::CheckedIn, "checked-in"},
                 {AppointmentStatus::Fulfilled, "fulfilled"}};
    for (const auto &step : steps) {
        const WriteCounts before = writeCounts(store);
        QVERIFY(store.appointments().setStatus(desk, a->id, step.to));
        QCOMPARE(store.appointments().find(a->id)->status, step.to);
        QCOMPARE(writeCounts(store), (WriteCounts {before.audit + 1, before.outbox + 1}));
        QCOMPARE(lastAuditAction(store), QStringLiteral("appointment.status"));
        QCOMPARE(lastOutboxName(store), QStringLiteral("set_appointment_status"));
        QCOMPARE(store.outbox().pending(1000)->last().payload.value(QStringLiteral("status")).toString(),
                 QString::fromLatin1(step.code));
    }
    const auto events = store.audit().recent(1);
    QCOMPARE(events->first().detail, QStringLiteral("checked-in -> fulfilled"));

    const auto history = store.appointments().history(a->id);
    QVERIFY(history);
    QCOMPARE(history->size(), 4);
    QCOMPARE(history->at(0).fromStatus, QString());
    QCOMPARE(history->at(0).toStatus, QStringLiteral("booked"));
    QCOMPARE(history->at(0).userId, adminActor().userId);
    QCOMPARE(history->at(1).fromStatus, QStringLiteral("booked"));
    QCOMPARE(history->at(1).toStatus, QStringLiteral("arrived"));
    QCOMPARE(history->at(3).fromStatus, QStringLiteral("checked-in"));
    QCOMPARE(history->at(3).toStatus, QStringLiteral("fulfilled"));
    QCOMPARE(history->at(3).userId, desk.userId);
    for (const auto &h : *history)
        QVERIFY(h.at.isValid());
    // A status change marks the appointment as not yet confirmed by the server.
    QCOMPARE(store.appointments().find(a->id)->syncState, SyncState::Local);
}

void TestAppointmentRepository::refusedTransitionWritesNothing()
{
    auto &store = *m_s->store;
    const auto a
        = store.appointments().create(adminActor(), booking(m_seed.alice, m_seed.roomA, m_seed.laserA, at(9), at(10)));
    QVERIFY(a);
    const WriteCounts before = writeCounts(store);
    const auto r = store.appointments().setStatus(adminActor(), a->id, AppointmentStatus::Fulfilled);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Invalid);
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE(writeCounts(store), before);
    QCOMPARE(store.appointments().find(a->id)->status, AppointmentStatus::Booked);
    QCOMPARE(store.appointments().history(a->id)->size(), 1);
}

void TestAppointmentRepository::cancelNeedsReason()
{
    auto &store = *m_s->store;
    const auto a
        = store.appointments().create(adminActor(), booking(m_seed.alice, m_seed.roomA, m_seed.laserA, at(9), at(10)));
    QVERIFY(a);
    const WriteCounts before = writeCounts(store);
    const auto r
        = store.appointments().setStatus(adminActor(), a->id, AppointmentStatus::Cancelled, QStringLiteral(" "));
    QVERIFY(!r);
    QCOMPARE(r.error().field, QStringLiteral("reason"));
    QCOMPARE(writeCounts(store), before);
    QVERIFY(store.appointments().setStatus(adminActor(), a->id, AppointmentStatus::Cancelled,
                                           QStringLiteral("Client is unwell")));
    QCOMPARE(store.appointments().history(a->id)->last().reason, QStringLiteral("Client is unwell"));
    QCOMPARE(store.outbox().pending(1000)->last().payload.value(QStringLiteral("reason")).toString(),
             QStringLiteral("Client is unwell"));
}

void TestAppointmentRepository::between()
{
    auto &store = *m_s->store;
    QVERIFY(
        store.appointments().create(adminActor(), booking(m_seed.bob, m_seed.roomB, m_seed.laserB, at(13), at(14))));
    QVERIFY(
        store.appointments().create(adminActor(), booking(m_seed.alice, m_seed.roomA, m_seed.laserA, at(9), at(10))));
    QVERIFY(store.appointments().create(adminActor(),
                                        booking(m_seed.alice, m_seed.roomA, m_seed.laserA, at(10), at(11, 30))));
    Appointment nextDay = booking(m_seed.alice, m_seed.roomA, m_seed.laserA, at(9).addDays(1), at(10).addDays(1));
    QVERIFY(store.appointments().create(adminActor(), nextDay));

    const auto day = store.appointments().between(at(0), at(0).addDays(1));
    QVERIFY(day);
    QCOMPARE(day->size(), 3);
    QCOMPARE(day->at(0).start, at(9)); // ordered by start
    QCOMPARE(day->at(1).start, at(10));
    QCOMPARE(day->at(2).start, at(13));

    // [from, to): an appointment ending exactly at `from` or starting at `to`
    // is outside; one overlapping either edge is inside.
    QCOMPARE(store.appointments().between(at(10), at(13))->size(), 1);
    QCOMPARE(store.appointments().between(at(11), at(13, 30))->size(), 2);
    QCOMPARE(store.appointments().between(at(11, 30), at(13))->size(), 0);
    QCOMPARE(store.appointments().between(at(20), at(21))->size(), 0);
}

void TestAppointmentRepository::invalidAppointmentWritesNothing()
{
    auto &store = *m_s->store;
    const WriteCounts before = writeCounts(store);
    const auto r
        = store.appointments().create(adminActor(), booking(m_seed.alice, m_seed.roomA, m_seed.laserA, at(10), at(9)));
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Invalid);
    QCOMPARE(r.error().field, QStringLiteral("end"));
    QCOMPARE(writeCounts(store), before);
    QCOMPARE(store.appointments().count().valueOr(-1), qint64(0));
}

void TestAppointmentRepository::unknownIds()
{
    auto &store = *m_s->store;
    QCOMPARE(store.appointments().find(EntityId::generate()).error().code, ErrorCode::NotFound);
    const WriteCounts before = writeCounts(store);
    QCOMPARE(
        store.appointments().setStatus(adminActor(), EntityId::generate(), AppointmentStatus::Arrived).error().code,
        ErrorCode::NotFound);
    // An appointment for a client that does not exist is refused by the store.
    Appointment a = booking(m_seed.alice, m_seed.roomA, m_seed.laserA, at(9), at(10));
    a.clientId = EntityId::generate();
    QVERIFY(!store.appointments().create(adminActor(), a));
    QCOMPARE(writeCounts(store), before);
}

QTEST_GUILESS_MAIN(TestAppointmentRepository)
#include "tst_appointmentrepository.moc"
