#include "scheduling/bookingservice.h"
#include "store/appointmentrepository.h"
#include "store/clientrepository.h"
#include "syncdevice.h"

#include <QTest>
#include <QTimeZone>

using namespace msp;
using namespace msp::test;

// Bookings made through the scheduling rules (as the calendar makes them)
// reach the server as they were meant: an overbooking with its reason, and a
// move to another practitioner's or room's column.
class TestSyncBooking : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SyncServerFixture> m_server;
    ClinicFixture m_clinic;

    std::unique_ptr<SyncDevice> device(const QString &name) { return signedInDevice(name, m_clinic, *m_server); }

    scheduling::BookingRequest at(const EntityId &client, const EntityId &practitioner, const EntityId &room, int hour)
    {
        scheduling::BookingRequest r;
        r.clientId = client;
        r.serviceId = m_clinic.service;
        r.practitionerId = practitioner;
        r.roomId = room;
        // A weekday inside the standard working week.
        QDate day = QDate::currentDate().addDays(7);
        while (day.dayOfWeek() > 5)
            day = day.addDays(1);
        r.start = QDateTime(day, QTime(hour, 0), QTimeZone("America/New_York")).toUTC();
        return r;
    }

    static EntityId newClient(SyncDevice &d, const char16_t *given)
    {
        Client c;
        c.name = PersonName::create(given, u"Marsh").value();
        return d.store().clients().create(d.actor, c).value().id;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (SyncServerFixture::clusterConnInfo().isEmpty())
            QSKIP("MEDSPASYNC_TEST_PG is not set: run through scripts/test, which starts PostgreSQL.");
    }

    void init()
    {
        m_server = std::make_unique<SyncServerFixture>(QStringLiteral(MEDSPASYNC_SERVER_BIN));
        QString error;
        QVERIFY2(m_server->setUp(&error), qPrintable(error));
        m_clinic = ClinicFixture();
    }

    void cleanup() { m_server.reset(); }

    void overbookingKeepsItsReasonOnTheServer()
    {
        auto a = device(QStringLiteral("Front desk"));
        auto b = device(QStringLiteral("Manager"));
        QVERIFY(a && b);
        const EntityId first = newClient(*a, u"Rae");
        QVERIFY(scheduling::BookingService(a->store())
                    .book(a->actor, at(first, m_clinic.practitioner1, m_clinic.room1, 10)));
        QVERIFY(converge(*a, *b));

        // The manager squeezes a touch-up in over it, with a reason.
        const EntityId second = newClient(*b, u"Noor");
        scheduling::BookingService booking(b->store());
        auto refused = booking.book(b->actor, at(second, m_clinic.practitioner1, m_clinic.room2, 10));
        QVERIFY(!refused);
        auto squeezed = booking.book(b->actor, at(second, m_clinic.practitioner1, m_clinic.room2, 10),
                                     QStringLiteral("Two-minute touch-up"));
        QVERIFY2(squeezed, squeezed ? "" : qPrintable(squeezed.error().message));
        QVERIFY(converge(*a, *b));
        QVERIFY(b->syncOnce());
        QCOMPARE(b->store().appointments().find(squeezed->id)->syncState, SyncState::Confirmed);
        QCOMPARE(b->replica().openAttentionItems().valueOr({}).size(), 0);
        QCOMPARE(m_server->sql(QStringLiteral("SELECT overbooked::text || '|' || overbook_reason FROM appointments "
                                              "WHERE id = '%1'")
                                   .arg(squeezed->id.toString())),
                 QStringLiteral("true|Two-minute touch-up"));
    }

    void moveToAnotherColumnReachesTheServer()
    {
        auto a = device(QStringLiteral("Front desk"));
        auto b = device(QStringLiteral("Laptop"));
        QVERIFY(a && b);
        const EntityId client = newClient(*a, u"Ada");
        scheduling::BookingService booking(a->store());
        auto booked = booking.book(a->actor, at(client, m_clinic.practitioner1, m_clinic.room1, 11));
        QVERIFY(booked);
        QVERIFY(converge(*a, *b));

        // Dragged to Dr. Two's column, in room 2.
        auto req = at(client, m_clinic.practitioner2, m_clinic.room2, 11);
        req.appointmentId = booked->id;
        auto moved = booking.move(a->actor, req);
        QVERIFY2(moved, moved ? "" : qPrintable(moved.error().message));
        QVERIFY(converge(*a, *b));
        QCOMPARE(m_server->sql(QStringLiteral("SELECT practitioner_id::text || '|' || room_id::text FROM appointments "
                                              "WHERE id = '%1'")
                                   .arg(booked->id.toString())),
                 m_clinic.practitioner2.toString() + u'|' + m_clinic.room2.toString());
        QCOMPARE(b->store().appointments().find(booked->id)->practitionerId, m_clinic.practitioner2);
        QCOMPARE(b->store().appointments().find(booked->id)->roomId, m_clinic.room2);

        // Dr. One's 11:00 is free again on the server: another booking there is accepted.
        const EntityId other = newClient(*b, u"Lee");
        auto again = scheduling::BookingService(b->store())
                         .book(b->actor, at(other, m_clinic.practitioner1, m_clinic.room1, 11));
        QVERIFY(again);
        QVERIFY(converge(*a, *b));
        QVERIFY(b->syncOnce());
        QCOMPARE(b->store().appointments().find(again->id)->syncState, SyncState::Confirmed);
    }
};

QTEST_MAIN(TestSyncBooking)
#include "tst_syncbooking.moc"
