#include "scheduling/bookingservice.h"
#include "scheduling/settings.h"
#include "scheduling/snapshotloader.h"
#include "scheduling/waitlistrepository.h"
#include "store/appointmentrepository.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/query.h"
#include "support/tempstore.h"
#include "testclinic.h"

#include <QTest>

using namespace msp;
using namespace msp::scheduling;

// Booking through the store: the rules are checked in the transaction that
// writes, a refusal leaves nothing behind, overbooking is a permission.
class TestBookingService : public QObject
{
    Q_OBJECT

    struct Fixture {
        test::TempStore temp;
        test::TestClinic clinic;
        QList<EntityId> clients;
        BookingService booking {*temp.store};
        const QDate wed {2025, 3, 12};

        Fixture()
        {
            auto seeded = clinic.seed(*temp.store, 3);
            if (!seeded)
                qWarning("seeding failed: %s", qPrintable(test::why(seeded)));
            else
                clients = *seeded;
        }
        BookingRequest request(const EntityId &who, const EntityId &service, const QString &hhmm,
                               const EntityId &room = {}) const
        {
            BookingRequest r;
            r.clientId = clients.value(0);
            r.practitionerId = who;
            r.serviceId = service;
            r.roomId = room;
            r.start = clinic.at(wed, hhmm);
            return r;
        }
        qint64 scalar(const char *sql)
        {
            auto q = temp.store->database().prepare(sql);
            return q ? store::scalar(*q).valueOr(-1) : -1;
        }
        struct Counts {
            qint64 appointments, audit, outbox, history;
            friend bool operator==(const Counts &, const Counts &) = default;
        };
        Counts counts()
        {
            return {scalar("SELECT count(*) FROM appointment;"), scalar("SELECT count(*) FROM audit_event;"),
                    scalar("SELECT count(*) FROM outbox;"), scalar("SELECT count(*) FROM appointment_history;")};
        }
    };

private Q_SLOTS:
    void bookWritesRowBlockAuditAndOutbox()
    {
        Fixture f;
        QCOMPARE(f.clients.size(), 3);
        const auto before = f.counts();
        auto booked
            = f.booking.book(test::adminActor(), f.request(f.clinic.alice, f.clinic.filler, QStringLiteral("10:00")));
        QVERIFY2(booked.isOk(), qPrintable(test::why(booked)));
        QCOMPARE(booked->roomId, f.clinic.room1);
        QCOMPARE(booked->start, f.clinic.at(f.wed, QStringLiteral("10:00")));
        QCOMPARE(booked->end, f.clinic.at(f.wed, QStringLiteral("11:00")));
        const auto after = f.counts();
        QCOMPARE(after.appointments, before.appointments + 1);
        QCOMPARE(after.audit, before.audit + 1);
        QCOMPARE(after.outbox, before.outbox + 1);
        // The store keeps the buffered block beside the appointment's time.
        auto busy = loadBusy(*f.temp.store, TimeRange::of(booked->start, booked->end));
        QVERIFY(busy.isOk());
        QCOMPARE(busy->size(), 1);
        QCOMPARE(busy->first().block.startUtc(), f.clinic.at(f.wed, QStringLiteral("09:50")));
        QCOMPARE(busy->first().block.endUtc(), f.clinic.at(f.wed, QStringLiteral("11:10")));
    }

    void refusalChangesNothing_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("service");
        QTest::addColumn<QString>("time");
        QTest::addColumn<QString>("room");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<int>("code");
        QTest::newRow("inside the other's buffer") << "alice"
                                                   << "consult"
                                                   << "10:30"
                                                   << ""
                                                   << "practitioner_busy" << int(ErrorCode::Conflict);
        QTest::newRow("room held by its buffer") << "bob"
                                                 << "consult"
                                                 << "10:35"
                                                 << "room1"
                                                 << "room_busy" << int(ErrorCode::Conflict);
        QTest::newRow("outside hours") << "bob"
                                       << "botox"
                                       << "18:00"
                                       << ""
                                       << "outside_working_hours" << int(ErrorCode::Conflict);
        QTest::newRow("unqualified") << "bob"
                                     << "filler"
                                     << "14:00"
                                     << ""
                                     << "not_qualified" << int(ErrorCode::Conflict);
        QTest::newRow("unknown service") << "bob"
                                         << "nothing"
                                         << "14:00"
                                         << ""
                                         << "invalid_request" << int(ErrorCode::Invalid);
    }

    void refusalChangesNothing()
    {
        QFETCH(QString, who);
        QFETCH(QString, service);
        QFETCH(QString, time);
        QFETCH(QString, room);
        QFETCH(QString, rule);
        QFETCH(int, code);
        Fixture f;
        QVERIFY(f.booking
                    .book(test::adminActor(),
                          f.request(f.clinic.alice, f.clinic.botox, QStringLiteral("10:00"), f.clinic.room1))
                    .isOk());
        const auto before = f.counts();
        BookingRequest r = f.request(f.clinic.idByName(who), f.clinic.idByName(service), time, f.clinic.idByName(room));
        if (service == u"nothing")
            r.serviceId = EntityId::generate();
        auto refused = f.booking.book(test::adminActor(), r);
        QVERIFY(!refused.isOk());
        QCOMPARE(int(refused.error().code), code);
        QCOMPARE(refused.error().field, rule);
        QVERIFY(!refused.error().message.isEmpty());
        QVERIFY(f.counts() == before);
        auto verdict = f.booking.check(r);
        QVERIFY(verdict.isOk());
        QCOMPARE(ruleKey(verdict->violations.first().rule), rule);
    }

    void overbooking_data()
    {
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<QString>("service");
        QTest::addColumn<int>("code"); // -1: booked
        QTest::newRow("front desk may not") << int(Role::FrontDesk) << "VIP squeeze-in"
                                            << "botox" << int(ErrorCode::NotPermitted);
        QTest::newRow("manager with a reason") << int(Role::Manager) << "VIP squeeze-in"
                                               << "botox" << -1;
        QTest::newRow("admin with a reason") << int(Role::Admin) << "Doctor agreed"
                                             << "botox" << -1;
        QTest::newRow("manager without a reason") << int(Role::Manager) << "  "
                                                  << "botox" << int(ErrorCode::Conflict);
        QTest::newRow("never past a qualification") << int(Role::Manager) << "urgent"
                                                    << "laser" << int(ErrorCode::Conflict);
    }

    void overbooking()
    {
        QFETCH(int, role);
        QFETCH(QString, reason);
        QFETCH(QString, service);
        QFETCH(int, code);
        Fixture f;
        auto first
            = f.booking.book(test::adminActor(), f.request(f.clinic.bob, f.clinic.botox, QStringLiteral("10:00")));
        QVERIFY(first.isOk());
        const auto before = f.counts();
        const BookingRequest r = f.request(f.clinic.bob, f.clinic.idByName(service), QStringLiteral("10:15"));
        auto result = f.booking.book(test::actorWithRole(Role(role)), r, reason);
        if (code >= 0) {
            QVERIFY(!result.isOk());
            QCOMPARE(int(result.error().code), code);
            QVERIFY(f.counts() == before);
            return;
        }
        QVERIFY2(result.isOk(), qPrintable(test::why(result)));
        auto events = f.temp.store->audit().recent(5, QStringLiteral("appointment"), result->id);
        QVERIFY(events.isOk());
        QStringList actions;
        for (const AuditEvent &e : *events)
            actions.append(e.action);
        QVERIFY(actions.contains(QStringLiteral("appointment.overbook")));
        QVERIFY(actions.contains(QStringLiteral("appointment.create")));
        const AuditEvent overbook = *std::find_if(
            events->begin(), events->end(), [](const AuditEvent &e) { return e.action == u"appointment.overbook"; });
        QVERIFY(overbook.detail.contains(QStringLiteral("practitioner_busy")));
        QVERIFY(overbook.detail.contains(first->id.toString()));
        QVERIFY(!overbook.detail.contains(reason)); // free text stays out of the audit log
        auto history = f.temp.store->appointments().history(result->id);
        QVERIFY(history.isOk());
        QVERIFY(history->last().reason.contains(reason));
        QVERIFY(f.temp.store->audit().verifyChain().isOk());
    }

    void moveAndResizeAreChecked()
    {
        Fixture f;
        const Actor admin = test::adminActor();
        auto a = f.booking.book(admin, f.request(f.clinic.alice, f.clinic.botox, QStringLiteral("10:00")));
        auto b = f.booking.book(admin, f.request(f.clinic.alice, f.clinic.botox, QStringLiteral("11:00")));
        QVERIFY(a.isOk() && b.isOk());
        BookingRequest move;
        move.appointmentId = a->id;
        move.start = f.clinic.at(f.wed, QStringLiteral("10:45"));
        auto refused = f.booking.move(admin, move);
        QVERIFY(!refused.isOk());
        QCOMPARE(refused.error().field, QStringLiteral("practitioner_busy"));
        QCOMPARE(f.temp.store->appointments().find(a->id)->start, a->start);

        move.start = f.clinic.at(f.wed, QStringLiteral("14:00"));
        auto moved = f.booking.move(admin, move);
        QVERIFY2(moved.isOk(), qPrintable(test::why(moved)));
        QCOMPARE(moved->start, move.start);
        QCOMPARE(moved->end, f.clinic.at(f.wed, QStringLiteral("14:30")));
        QCOMPARE(moved->roomId, a->roomId); // the same room while it is free
        QCOMPARE(f.scalar("SELECT ics_sequence FROM appointment ORDER BY ics_sequence DESC LIMIT 1;"), 1);

        BookingRequest resize;
        resize.appointmentId = a->id;
        resize.start = moved->start;
        resize.end = f.clinic.at(f.wed, QStringLiteral("17:30"));
        auto tooLong = f.booking.move(admin, resize);
        QVERIFY(!tooLong.isOk());
        QCOMPARE(tooLong.error().field, QStringLiteral("outside_working_hours"));
        resize.end = f.clinic.at(f.wed, QStringLiteral("15:00"));
        auto resized = f.booking.move(admin, resize);
        QVERIFY(resized.isOk());
        QCOMPARE(resized->end, resize.end);

        // Another practitioner, keeping the time.
        BookingRequest handOver;
        handOver.appointmentId = b->id;
        handOver.practitionerId = f.clinic.bob;
        auto handed = f.booking.move(admin, handOver);
        QVERIFY2(handed.isOk(), qPrintable(test::why(handed)));
        QCOMPARE(handed->practitionerId, f.clinic.bob);
        QCOMPARE(handed->start, b->start);
    }

    void cancelListsWaitlistedClientsWhoFit()
    {
        Fixture f;
        const Actor admin = test::adminActor();
        WaitlistRepository waitlist(*f.temp.store);
        WaitlistEntry fits;
        fits.clientId = f.clients.at(1);
        fits.serviceId = f.clinic.botox;
        fits.practitionerIds = {f.clinic.alice};
        fits.windows = {WaitWindow {f.wed, f.wed, 1 << 2, 9 * 60, 12 * 60}};
        fits.createdAt = QDateTime(QDate(2025, 3, 1), QTime(9, 0), Qt::UTC);
        WaitlistEntry otherPerson = fits;
        otherPerson.practitionerIds = {f.clinic.bob};
        WaitlistEntry wrongDay = fits;
        wrongDay.windows = {WaitWindow {{}, {}, 1 << 3, 0, 24 * 60}}; // Thursdays
        WaitlistEntry tooLong = fits;
        tooLong.serviceId = f.clinic.filler; // 60 min + buffers: Alice is busy at 11:00
        WaitlistEntry anyone = fits;
        anyone.clientId = f.clients.at(2);
        anyone.practitionerIds = {};
        anyone.windows = {};
        anyone.createdAt = fits.createdAt.addDays(1);
        for (const WaitlistEntry &e : {anyone, otherPerson, wrongDay, tooLong, fits})
            QVERIFY(waitlist.add(admin, e).isOk());

        auto a = f.booking.book(admin, f.request(f.clinic.alice, f.clinic.botox, QStringLiteral("10:30")));
        QVERIFY(f.booking.book(admin, f.request(f.clinic.alice, f.clinic.consult, QStringLiteral("11:10"))).isOk());
        QVERIFY(a.isOk());
        QVERIFY(!f.booking.cancel(admin, a->id, {}).isOk()); // a reason is required
        auto matches = f.booking.cancel(admin, a->id, QStringLiteral("client called"));
        QVERIFY2(matches.isOk(), qPrintable(test::why(matches)));
        QCOMPARE(matches->size(), 2);
        QCOMPARE(matches->at(0).entry.clientId, fits.clientId); // the older entry first
        QCOMPARE(matches->at(0).slot.start, a->start);
        QCOMPARE(matches->at(0).slot.practitionerId, f.clinic.alice);
        QCOMPARE(matches->at(1).entry.clientId, anyone.clientId);
        QCOMPARE(f.temp.store->appointments().find(a->id)->status, AppointmentStatus::Cancelled);
    }

    void noShowFlagsTheFee()
    {
        Fixture f;
        const Actor admin = test::adminActor();
        QVERIFY(writeSetting(*f.temp.store, admin, settingKeys::noShowFeeMinor(), QStringLiteral("5000")).isOk());
        auto a = f.booking.book(admin, f.request(f.clinic.alice, f.clinic.botox, QStringLiteral("10:00")));
        QVERIFY(a.isOk());
        QVERIFY(f.booking.setStatus(admin, a->id, AppointmentStatus::NoShow).isOk());
        QCOMPARE(f.scalar("SELECT fee_minor FROM appointment WHERE fee_flag = 'noshow';"), 5000);
        auto history = f.temp.store->appointments().history(a->id);
        QVERIFY(history.isOk());
        QCOMPARE(history->last().toStatus, QStringLiteral("noshow"));
        // A no-show frees the time.
        QVERIFY(f.booking.book(admin, f.request(f.clinic.alice, f.clinic.botox, QStringLiteral("10:00"))).isOk());
        // Fulfilled appointments cannot become no-shows.
        auto b = f.booking.book(admin, f.request(f.clinic.bob, f.clinic.botox, QStringLiteral("10:00")));
        QVERIFY(f.booking.setStatus(admin, b->id, AppointmentStatus::Arrived).isOk());
        QVERIFY(f.booking.setStatus(admin, b->id, AppointmentStatus::Fulfilled).isOk());
        QVERIFY(!f.booking.setStatus(admin, b->id, AppointmentStatus::NoShow).isOk());
    }

    void suggestionsSamePractitionerThenOthersThenRooms()
    {
        Fixture f;
        const Actor admin = test::adminActor();
        QVERIFY(
            f.booking.book(admin, f.request(f.clinic.alice, f.clinic.botox, QStringLiteral("10:00"), f.clinic.room1))
                .isOk());
        QVERIFY(
            f.booking.book(admin, f.request(f.clinic.bob, f.clinic.consult, QStringLiteral("14:00"), f.clinic.room1))
                .isOk());
        auto s
            = f.booking.suggest(f.request(f.clinic.alice, f.clinic.botox, QStringLiteral("10:00"), f.clinic.room1), 2);
        QVERIFY(s.isOk());
        QCOMPARE(s->size(), 4);
        QCOMPARE(s->at(0).kind, Suggestion::Kind::SamePractitioner);
        QCOMPARE(s->at(0).slot.start, f.clinic.at(f.wed, QStringLiteral("10:45")));
        QCOMPARE(s->at(2).kind, Suggestion::Kind::OtherPractitioner);
        QCOMPARE(s->at(2).slot.practitionerId, f.clinic.bob);
        QCOMPARE(s->at(2).slot.start, f.clinic.at(f.wed, QStringLiteral("10:00")));

        // Bob is free at 14:00 but room 1 is not: another room at that time.
        auto rooms
            = f.booking.suggest(f.request(f.clinic.alice, f.clinic.botox, QStringLiteral("14:00"), f.clinic.room1), 2);
        QVERIFY(rooms.isOk());
        QCOMPARE(rooms->last().kind, Suggestion::Kind::OtherRoom);
        QCOMPARE(rooms->last().slot.roomId, f.clinic.room2);
        QCOMPARE(rooms->last().slot.start, f.clinic.at(f.wed, QStringLiteral("14:00")));
    }

    void foundSlotsPassTheRules()
    {
        Fixture f;
        const Actor admin = test::adminActor();
        for (const char *t : {"09:00", "09:40", "10:30", "11:30", "13:00"})
            QVERIFY(f.booking.book(admin, f.request(f.clinic.alice, f.clinic.filler, QString::fromLatin1(t))).isOk()
                    || true);
        QVERIFY(f.booking.book(admin, f.request(f.clinic.bob, f.clinic.botox, QStringLiteral("09:00"))).isOk());
        auto catalog = loadCatalog(*f.temp.store);
        QVERIFY(catalog.isOk());
        SlotQuery q;
        q.serviceId = f.clinic.filler;
        q.range = {f.clinic.at(f.wed, QStringLiteral("00:00")).toMSecsSinceEpoch(),
                   f.clinic.at(f.wed.addDays(3), QStringLiteral("00:00")).toMSecsSinceEpoch()};
        q.count = 12;
        auto slots = searchSlots(*f.temp.store, *catalog, q);
        QVERIFY(slots.isOk());
        QCOMPARE(slots->size(), 12);
        for (qsizetype i = 0; i < slots->size(); ++i) {
            const Slot &s = slots->at(i);
            if (i > 0)
                QVERIFY(slots->at(i - 1).start < s.start);
            auto v = f.booking.check(requestFor(s, q.serviceId, f.clients.first()));
            QVERIFY(v.isOk());
            QVERIFY2(v->isAllowed(), qPrintable(s.start.toString(Qt::ISODate) + u' ' + v->message()));
        }
        // Booking the first slot makes it disappear from the next search.
        QVERIFY(f.booking.book(admin, requestFor(slots->first(), q.serviceId, f.clients.first())).isOk());
        auto again = searchSlots(*f.temp.store, *catalog, q);
        QVERIFY(again.isOk());
        QVERIFY(again->first().start > slots->first().start);
    }
};

QTEST_GUILESS_MAIN(TestBookingService)
#include "tst_bookingservice.moc"
