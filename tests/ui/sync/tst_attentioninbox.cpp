#include "client/mutationmapper.h"
#include "store/appointmentrepository.h"
#include "store/auditlog.h"
#include "store/clientrepository.h"
#include "store/clinicrepository.h"
#include "store/outbox.h"
#include "store/practitionerrepository.h"
#include "support/tempstore.h"
#include "sync/attentioninbox.h"

#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace msp;

namespace {
const QTimeZone kZone("America/New_York");

template<typename T>
T *child(QWidget &w, const char *name)
{
    T *found = w.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("missing widget %s", name);
    return found;
}

QString iso(const QDateTime &utc)
{
    return utc.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

// The "Needs attention" inbox on a real encrypted store: items are made the
// way the sync engine makes them (a rejected push, a pulled conflict row),
// then resolved through the buttons.
class TestAttentionInbox : public QObject
{
    Q_OBJECT

private:
    test::TempStore m_store;
    Actor m_actor = test::adminActor();
    EntityId m_practitioner = EntityId::generate();
    EntityId m_service = EntityId::generate();
    EntityId m_room = EntityId::generate();

    store::SyncReplica replica()
    {
        return {m_store.store->database(), m_store.store->audit(), m_store.store->outbox()};
    }
    store::ClinicStore &s() { return *m_store.store; }

    int pendingNamed(const QString &name)
    {
        int n = 0;
        for (const store::OutboxMutation &m : s().outbox().pending(10000).valueOr({}))
            n += m.name == name ? 1 : 0;
        return n;
    }

    Client makeClient()
    {
        Client c;
        c.name = PersonName::create(u"Ana", u"Ruiz").value();
        c.dateOfBirth = DateOfBirth::parse(u"1985-04-12", QDate::currentDate()).value();
        c.phone = Phone::parse(u"(212) 555-0100").value();
        return *s().clients().create(m_actor, c);
    }

    // A booking made here that the server refused as slot_taken, as the
    // engine records it; returns the appointment.
    Appointment refusedBooking(int daysAhead)
    {
        const Client client = makeClient();
        Appointment a;
        a.clientId = client.id;
        a.practitionerId = m_practitioner;
        a.serviceId = m_service;
        a.roomId = m_room;
        a.start = QDateTime(QDate::currentDate().addDays(daysAhead), QTime(11, 0), kZone).toUTC();
        a.end = a.start.addSecs(30 * 60);
        auto booked = s().appointments().create(m_actor, a);
        if (!booked)
            return {};
        auto batch = replica().nextBatch(sync::pushableMutationNames(), 1000);
        store::PushOutcome refused;
        for (const store::OutboxMutation &m : batch.valueOr({}))
            if (m.name == u"book_appointment" && m.entityId == booked->id)
                refused.pushId = m.mutationId;
        refused.applied = false;
        refused.reason = QStringLiteral("slot_taken");
        refused.message = QStringLiteral("This time is already booked for the practitioner, room or device.");
        if (!replica().recordOutcomes({refused}))
            return {};
        return *booked;
    }

    std::optional<store::OutboxMutation> lastPending(const EntityId &entity)
    {
        std::optional<store::OutboxMutation> found;
        for (const store::OutboxMutation &m : s().outbox().pending(10000).valueOr({}))
            if (m.entityId == entity)
                found = m;
        return found;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_store.isOpen());
        const EntityId clinic = EntityId::generate();
        const EntityId location = EntityId::generate();
        QVERIFY(s().clinic().saveClinic(
            m_actor, Clinic {clinic, QStringLiteral("Inbox Clinic"), "America/New_York", QStringLiteral("USD")}));
        QVERIFY(s().clinic().saveLocation(m_actor, Location {location, clinic, QStringLiteral("Main"), {}}));
        QVERIFY(s().clinic().saveRoom(m_actor,
                                      Room {m_room, location, QStringLiteral("Room 1"), QStringLiteral("treatment")}));
        Service svc;
        svc.id = m_service;
        svc.name = QStringLiteral("Botox");
        svc.durationMinutes = 30;
        svc.price = Money(30000, QStringLiteral("USD"));
        svc.roomType = QStringLiteral("treatment");
        QVERIFY(s().services().save(m_actor, svc));
        Practitioner pr;
        pr.id = m_practitioner;
        pr.displayName = QStringLiteral("Dr. One");
        pr.workingHours = WorkingHours::standardWeek();
        pr.qualifiedServiceIds = {m_service};
        QVERIFY(s().practitioners().save(m_actor, pr));
    }

    void movesARefusedBookingToASuggestedSlot()
    {
        const Client client = makeClient();
        Appointment a;
        a.clientId = client.id;
        a.practitionerId = m_practitioner;
        a.serviceId = m_service;
        a.roomId = m_room;
        a.start = QDateTime(QDate::currentDate().addDays(7), QTime(10, 0), kZone).toUTC();
        a.end = a.start.addSecs(30 * 60);
        auto booked = s().appointments().create(m_actor, a);
        QVERIFY(booked);

        // As the engine does: the booking is pushed and the server refuses it.
        auto batch = replica().nextBatch(sync::pushableMutationNames(), 100);
        QVERIFY(batch);
        qint64 pushId = 0;
        for (const store::OutboxMutation &m : *batch)
            if (m.name == u"book_appointment" && m.entityId == booked->id)
                pushId = m.mutationId;
        QVERIFY(pushId > 0);
        const QDateTime free1 = a.start.addSecs(60 * 60);
        const QDateTime free2 = a.start.addSecs(90 * 60);
        store::PushOutcome refused;
        refused.pushId = pushId;
        refused.applied = false;
        refused.reason = QStringLiteral("slot_taken");
        refused.message = QStringLiteral("This time is already booked for the practitioner, room or device.");
        refused.details = {{QStringLiteral("conflicting_booking"),
                            QJsonObject {{QStringLiteral("id"), EntityId::generate().toString()},
                                         {QStringLiteral("start"), iso(a.start)},
                                         {QStringLiteral("end"), iso(a.end)}}},
                           {QStringLiteral("next_free_slots"),
                            QJsonArray {QJsonObject {{QStringLiteral("start"), iso(free1)},
                                                     {QStringLiteral("end"), iso(free1.addSecs(1800))}},
                                        QJsonObject {{QStringLiteral("start"), iso(free2)},
                                                     {QStringLiteral("end"), iso(free2.addSecs(1800))}}}}};
        QVERIFY(replica().recordOutcomes({refused}));
        QCOMPARE(s().appointments().find(booked->id)->syncState, SyncState::Rejected);
        const int booksBefore = pendingNamed(QStringLiteral("book_appointment"));

        ui::AttentionInbox inbox(s(), m_actor, kZone);
        inbox.resize(900, 500);
        inbox.show();
        QCOMPARE(inbox.count(), 1);
        QVERIFY(child<QListWidget>(inbox, "attentionList")->item(0)->text().startsWith(u"Booking refused"));
        QVERIFY(child<QLabel>(inbox, "conflictingBooking")->text().contains(u"another device"));
        auto *slots = child<QComboBox>(inbox, "suggestedSlots");
        QCOMPARE(slots->count(), 2);
        slots->setCurrentIndex(1);
        if (!qEnvironmentVariableIsEmpty("MEDSPASYNC_UI_SHOTS"))
            inbox.grab().save(qEnvironmentVariable("MEDSPASYNC_UI_SHOTS") + QStringLiteral("/inbox-booking.png"));
        QSignalSpy resolved(&inbox, &ui::AttentionInbox::resolved);
        QTest::mouseClick(child<QPushButton>(inbox, "moveBooking"), Qt::LeftButton);
        QCOMPARE(resolved.size(), 1);

        // The store shows the new time, unconfirmed, with a book mutation
        // waiting to go out, and the item is closed and audited.
        const Appointment moved = *s().appointments().find(booked->id);
        QCOMPARE(moved.start, free2);
        QCOMPARE(moved.end, free2.addSecs(1800));
        QCOMPARE(moved.syncState, SyncState::Local);
        QCOMPARE(pendingNamed(QStringLiteral("book_appointment")), booksBefore + 1);
        QVERIFY(replica().openAttentionItems()->isEmpty());
        QCOMPARE(inbox.count(), 0);
        QVERIFY(child<QLabel>(inbox, "attentionEmpty")->isVisible());
        bool audited = false;
        for (const AuditEvent &e : s().audit().recent(20).valueOr({}))
            audited = audited || e.action == u"attention.resolve";
        QVERIFY(audited);
    }

    void overbooksARefusedBookingWhenTheRoleAllows()
    {
        const Appointment booked = refusedBooking(8);
        QVERIFY(!booked.id.isNull());
        ui::AttentionInbox inbox(s(), m_actor, kZone);
        inbox.resize(900, 500);
        inbox.show();
        QCOMPARE(inbox.count(), 1);
        auto *button = child<QPushButton>(inbox, "overbookBooking");
        QVERIFY(!button->isEnabled()); // a reason first
        child<QLineEdit>(inbox, "overbookReason")->setText(QStringLiteral("  Regular client, short touch-up  "));
        QVERIFY(button->isEnabled());
        if (!qEnvironmentVariableIsEmpty("MEDSPASYNC_UI_SHOTS"))
            inbox.grab().save(qEnvironmentVariable("MEDSPASYNC_UI_SHOTS") + QStringLiteral("/inbox-overbook.png"));
        QSignalSpy resolved(&inbox, &ui::AttentionInbox::resolved);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(resolved.size(), 1);
        QCOMPARE(inbox.count(), 0);

        // The same time goes out again as an overbooking with the reason.
        const Appointment kept = *s().appointments().find(booked.id);
        QCOMPARE(kept.start, booked.start);
        QCOMPARE(kept.syncState, SyncState::Local);
        const auto queued = lastPending(booked.id);
        QVERIFY(queued);
        QCOMPARE(queued->name, QStringLiteral("book_appointment"));
        QCOMPARE(queued->payload.value(u"overbook_reason").toString(),
                 QStringLiteral("Regular client, short touch-up"));
        auto wire = sync::toWireMutation(*queued);
        QVERIFY(wire);
        QCOMPARE(wire->args.value(u"overbook_reason").toString(), QStringLiteral("Regular client, short touch-up"));
        bool audited = false;
        for (const AuditEvent &e : s().audit().recent(20).valueOr({}))
            audited = audited || (e.action == u"appointment.overbook" && e.entityId == booked.id);
        QVERIFY(audited);
    }

    void frontDeskCannotOverbook()
    {
        const Appointment booked = refusedBooking(9);
        QVERIFY(!booked.id.isNull());
        const Actor desk {EntityId::generate(), Role::FrontDesk, QStringLiteral("desk")};
        ui::AttentionInbox inbox(s(), desk, kZone);
        QCOMPARE(inbox.count(), 1);
        QVERIFY(!inbox.findChild<QPushButton *>(QStringLiteral("overbookBooking")));
        QVERIFY(child<QLabel>(inbox, "overbookHint")->text().contains(u"manager"));
        // Nor through the call behind the button: refused, nothing changes.
        const auto before = lastPending(booked.id);
        QVERIFY(!inbox.overbook(0, QStringLiteral("please")));
        QVERIFY(!inbox.message().isEmpty());
        QCOMPARE(inbox.count(), 1);
        QCOMPARE(lastPending(booked.id).has_value(), before.has_value());
        QVERIFY(inbox.cancelBooking(0));
    }

    void clientFieldConflict_data()
    {
        QTest::addColumn<QString>("choice");
        QTest::addColumn<QString>("expectedDob");
        QTest::addColumn<bool>("queuesUpdate");
        QTest::newRow("keep mine") << QStringLiteral("keepMine") << QStringLiteral("1958-04-12") << true;
        QTest::newRow("keep theirs") << QStringLiteral("keepTheirs") << QStringLiteral("1985-04-12") << false;
        QTest::newRow("edit") << QStringLiteral("saveEdited") << QStringLiteral("1985-04-21") << true;
    }

    void clientFieldConflict()
    {
        QFETCH(QString, choice);
        QFETCH(QString, expectedDob);
        QFETCH(bool, queuesUpdate);
        const Client client = makeClient();
        // As pulled from the server: the other device's value won, ours waits.
        const store::ReplicaRow conflict {QStringLiteral("conflict"), EntityId::generate(),
                                          QJsonObject {{QStringLiteral("client_id"), client.id.toString()},
                                                       {QStringLiteral("field"), QStringLiteral("dateOfBirth")},
                                                       {QStringLiteral("server_value"), QStringLiteral("1985-04-12")},
                                                       {QStringLiteral("device_value"), QStringLiteral("1958-04-12")},
                                                       {QStringLiteral("base_value"), QStringLiteral("1985-04-11")}}};
        QVERIFY(replica().applyPage({conflict}, {}, replica().cursor().valueOr({})));
        const int updatesBefore = pendingNamed(QStringLiteral("update_client_fields"));

        ui::AttentionInbox inbox(s(), m_actor, kZone);
        inbox.resize(900, 500);
        inbox.show();
        QCOMPARE(inbox.count(), 1);
        QVERIFY(child<QLabel>(inbox, "deviceValue")->text().contains(u"1958-04-12"));
        QVERIFY(child<QLabel>(inbox, "serverValue")->text().contains(u"1985-04-12"));
        if (choice == u"saveEdited")
            child<QLineEdit>(inbox, "editedValue")->setText(QStringLiteral("1985-04-21"));
        if (choice == u"keepMine" && !qEnvironmentVariableIsEmpty("MEDSPASYNC_UI_SHOTS"))
            inbox.grab().save(qEnvironmentVariable("MEDSPASYNC_UI_SHOTS") + QStringLiteral("/inbox-field.png"));
        QTest::mouseClick(child<QPushButton>(inbox, choice.toLatin1().constData()), Qt::LeftButton);
        QVERIFY2(inbox.count() == 0, qPrintable(inbox.message()));
        QCOMPARE(s().clients().open(m_actor, client.id)->dateOfBirth.date().toString(Qt::ISODate), expectedDob);
        QCOMPARE(pendingNamed(QStringLiteral("update_client_fields")), updatesBefore + (queuesUpdate ? 1 : 0));
    }

    void anInvalidEditedValueChangesNothing()
    {
        const Client client = makeClient();
        const store::ReplicaRow conflict {QStringLiteral("conflict"), EntityId::generate(),
                                          QJsonObject {{QStringLiteral("client_id"), client.id.toString()},
                                                       {QStringLiteral("field"), QStringLiteral("dateOfBirth")},
                                                       {QStringLiteral("server_value"), QStringLiteral("1985-04-12")},
                                                       {QStringLiteral("device_value"), QStringLiteral("1958-04-12")}}};
        QVERIFY(replica().applyPage({conflict}, {}, replica().cursor().valueOr({})));
        ui::AttentionInbox inbox(s(), m_actor, kZone);
        QCOMPARE(inbox.count(), 1);
        QVERIFY(!inbox.useValue(0, QStringLiteral("not a date")));
        QVERIFY(!inbox.message().isEmpty());
        QCOMPARE(inbox.count(), 1);
        QCOMPARE(s().clients().open(m_actor, client.id)->dateOfBirth.date(), QDate(1985, 4, 12));
        QVERIFY(inbox.keepTheirs(0));
    }
};

QTEST_MAIN(TestAttentionInbox)
#include "tst_attentioninbox.moc"
