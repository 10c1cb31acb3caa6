#include "scheduling/bookingrules.h"
#include "testclinic.h"

#include <QTest>

using namespace msp;
using namespace msp::scheduling;

// The booking rules over an in-memory snapshot: each row sets up existing
// appointments and asks for one booking. Times are "HH:mm" clinic wall
// clock on the row's day, "+HH:mm" on the next day, "HH:mmZ" UTC.
class TestBookingRules : public QObject
{
    Q_OBJECT

    static QDateTime when(const test::TestClinic &c, QDate day, QString spec)
    {
        if (spec.endsWith(u'Z'))
            return QDateTime(day, QTime::fromString(spec.chopped(1), QStringLiteral("HH:mm")), Qt::UTC);
        if (spec.startsWith(u'+'))
            return c.at(day.addDays(1), spec.mid(1));
        return c.at(day, spec);
    }

private Q_SLOTS:
    void rules_data()
    {
        QTest::addColumn<QByteArray>("zone");
        QTest::addColumn<QDate>("day");
        QTest::addColumn<QString>("existing"); // who/service/room/time[/device];...
        QTest::addColumn<QString>("request"); // who/service/room/time
        QTest::addColumn<QString>("rule"); // empty: allowed
        QTest::addColumn<int>("conflictWith"); // index into existing, -1: none named

        const QByteArray ny("America/New_York");
        const QByteArray london("Europe/London");
        const QDate wed(2025, 3, 12);
        const auto row = [&](const char *name, const QByteArray &zone, QDate day, const char *existing,
                             const char *request, const char *rule, int conflict = -1) {
            QTest::newRow(name) << zone << day << QString::fromLatin1(existing) << QString::fromLatin1(request)
                                << QString::fromLatin1(rule) << conflict;
        };
        row("free time", ny, wed, "", "alice/botox/room1/10:00", "");
        row("practitioner overlap", ny, wed, "alice/botox/room1/10:00", "alice/botox/room2/10:15", "practitioner_busy",
            0);
        row("touching after, no buffers", ny, wed, "alice/consult/room1/10:00", "alice/consult/room1/10:30", "");
        row("touching before, no buffers", ny, wed, "alice/consult/room1/10:30", "alice/consult/room1/10:00", "");
        row("inside the buffer after", ny, wed, "alice/botox/room1/10:00", "alice/consult/room2/10:30",
            "practitioner_busy", 0);
        row("right after the buffer", ny, wed, "alice/botox/room1/10:00", "alice/consult/room2/10:40", "");
        row("own buffer before overlaps", ny, wed, "alice/consult/room1/10:00", "alice/filler/room2/10:35",
            "practitioner_busy", 0);
        row("own buffer before touches", ny, wed, "alice/consult/room1/10:00", "alice/filler/room2/10:40", "");
        row("buffers meet exactly", ny, wed, "alice/botox/room1/10:00", "alice/filler/room2/10:50", "");
        row("buffer blocks the room too", ny, wed, "bob/botox/room1/10:00", "alice/consult/room1/10:35", "room_busy",
            0);
        row("room taken by another", ny, wed, "bob/botox/room1/10:00", "alice/botox/room1/10:00", "room_busy", 0);
        row("free room chosen", ny, wed, "bob/botox/room1/10:00", "alice/botox//10:00", "");
        row("every room taken", ny, wed, "bob/botox/room1/10:00;ivy/botox/room2/10:00", "alice/botox//10:00",
            "room_busy", 0);
        row("device taken", ny, wed, "ivy/laser/room1/10:00/device", "alice/laser//10:20", "device_busy", 0);
        row("device free after its buffer", ny, wed, "ivy/laser/room1/10:00/device", "alice/laser//10:45", "");
        row("laser suite taken", ny, wed, "ivy/consult/suite/10:00", "alice/laser//10:00", "room_busy", 0);
        row("wrong room type", ny, wed, "", "alice/laser/room1/10:00", "wrong_room_type");
        row("unqualified", ny, wed, "", "bob/filler/room1/10:00", "not_qualified");
        row("inactive practitioner", ny, wed, "", "ivy/botox/room1/10:00", "practitioner_inactive");
        row("before opening", ny, wed, "", "alice/botox/room1/08:45", "outside_working_hours");
        row("across the lunch break", ny, wed, "", "alice/botox/room1/12:15", "outside_working_hours");
        row("ends at closing", ny, wed, "", "alice/botox/room1/16:30", "");
        row("ends after closing", ny, wed, "", "alice/filler/room1/16:30", "outside_working_hours");
        // 09:00 local is 13:00Z on New York's spring-forward day (EDT), 14:00Z
        // on its fall-back day (EST); London 08:00Z (BST) and 09:00Z (GMT).
        row("NY spring forward, opening", ny, QDate(2025, 3, 9), "", "alice/botox/room1/13:00Z", "");
        row("NY spring forward, before opening", ny, QDate(2025, 3, 9), "", "alice/botox/room1/12:30Z",
            "outside_working_hours");
        row("NY fall back, opening", ny, QDate(2025, 11, 2), "", "alice/botox/room1/14:00Z", "");
        row("NY fall back, before opening", ny, QDate(2025, 11, 2), "", "alice/botox/room1/13:30Z",
            "outside_working_hours");
        row("London spring forward, opening", london, QDate(2025, 3, 30), "", "alice/botox/room1/08:00Z", "");
        row("London spring forward, before opening", london, QDate(2025, 3, 30), "", "alice/botox/room1/07:30Z",
            "outside_working_hours");
        row("London fall back, opening", london, QDate(2025, 10, 26), "", "alice/botox/room1/09:00Z", "");
        row("London fall back, before opening", london, QDate(2025, 10, 26), "", "alice/botox/room1/08:30Z",
            "outside_working_hours");
        row("London fall back, last slot", london, QDate(2025, 10, 26), "", "alice/botox/room1/16:30Z", "");
        // Nora works Fri 20:00-24:00, Sat 00:00-02:00, Sun 00:00-04:00.
        row("across midnight", ny, QDate(2025, 3, 7), "", "nora/consult//23:45", "");
        row("night shift over", ny, QDate(2025, 3, 8), "", "nora/filler//01:30", "outside_working_hours");
        row("busy across midnight", ny, QDate(2025, 3, 7), "nora/consult/room1/23:45", "nora/consult/room2/+00:00",
            "practitioner_busy", 0);
        row("free after midnight", ny, QDate(2025, 3, 7), "nora/consult/room1/23:45", "nora/consult/room2/+00:15", "");
        // 01:30 EST + 60 min is 03:30 EDT: inside Sunday's 00:00-04:00.
        row("night over spring forward", ny, QDate(2025, 3, 9), "", "nora/filler//01:30", "");
        row("night over spring forward, too late", ny, QDate(2025, 3, 9), "", "nora/filler//03:15",
            "outside_working_hours");
        // 05:30Z is the first 01:30 (EDT); 08:30Z is 03:30 EST, ending 04:30.
        row("night over fall back", ny, QDate(2025, 11, 2), "", "nora/filler//05:30Z", "");
        row("night over fall back, too late", ny, QDate(2025, 11, 2), "", "nora/filler//08:30Z",
            "outside_working_hours");
        // Both 01:30s are distinct instants: booked at 01:30 EDT, free at 01:30 EST.
        row("fall back, second 01:30 is free", ny, QDate(2025, 11, 2), "nora/consult/room1/05:30Z",
            "nora/consult/room1/06:30Z", "");
        row("fall back, first 01:30 is taken", ny, QDate(2025, 11, 2), "nora/consult/room1/05:30Z",
            "nora/consult/room1/05:45Z", "practitioner_busy", 0);
    }

    void rules()
    {
        QFETCH(QByteArray, zone);
        QFETCH(QDate, day);
        QFETCH(QString, existing);
        QFETCH(QString, request);
        QFETCH(QString, rule);
        QFETCH(int, conflictWith);

        const test::TestClinic clinic(zone);
        QList<BusyBlock> busy;
        for (const QString &spec : existing.split(u';', Qt::SkipEmptyParts)) {
            const QStringList f = spec.split(u'/');
            BusyBlock b = clinic.existing(f.at(0), f.at(1), f.at(2), day, QStringLiteral("00:00"), f.value(4));
            const Service *s = clinic.catalog.service(b.serviceId);
            const qint64 start = when(clinic, day, f.at(3)).toMSecsSinceEpoch();
            b.block = {start - s->bufferBeforeMinutes * kMinuteMs,
                       start + (s->durationMinutes + s->bufferAfterMinutes) * kMinuteMs};
            busy.append(b);
        }
        const QStringList f = request.split(u'/');
        BookingRequest r;
        r.clientId = EntityId::generate();
        r.practitionerId = clinic.idByName(f.at(0));
        r.serviceId = clinic.idByName(f.at(1));
        r.roomId = clinic.idByName(f.at(2));
        r.start = when(clinic, day, f.at(3));

        const ScheduleSnapshot snapshot = clinic.snapshot(busy, day);
        const Verdict v = snapshot.check(r);
        if (rule.isEmpty()) {
            QVERIFY2(v.isAllowed(), qPrintable(ruleKey(v.violations.value(0).rule) + u' ' + v.message()));
            QVERIFY(!v.roomId.isNull() || clinic.catalog.rooms.isEmpty());
            return;
        }
        QStringList broken;
        for (const Violation &x : v.violations)
            broken.append(ruleKey(x.rule));
        QVERIFY2(broken.contains(rule), qPrintable(broken.join(u',')));
        for (const Violation &x : v.violations) {
            if (ruleKey(x.rule) != rule)
                continue;
            QVERIFY(!x.message.isEmpty());
            if (conflictWith >= 0) {
                QCOMPARE(x.conflictingAppointmentId, busy.at(conflictWith).appointmentId);
                QCOMPARE(x.conflictingBlock, busy.at(conflictWith).block);
            }
        }
    }

    void freeRoomIsAssigned()
    {
        const test::TestClinic clinic;
        const QDate wed(2025, 3, 12);
        const ScheduleSnapshot s
            = clinic.snapshot({clinic.existing(QStringLiteral("bob"), QStringLiteral("botox"), QStringLiteral("room1"),
                                               wed, QStringLiteral("10:00"))},
                              wed);
        BookingRequest r;
        r.practitionerId = clinic.alice;
        r.serviceId = clinic.laser;
        r.start = clinic.at(wed, QStringLiteral("10:00"));
        Verdict v = s.check(r);
        QVERIFY(v.isAllowed());
        QCOMPARE(v.roomId, clinic.laserSuite);
        QCOMPARE(v.deviceId, clinic.laserDevice);
        r.serviceId = clinic.botox;
        v = s.check(r);
        QCOMPARE(v.roomId, clinic.room2);
        QCOMPARE(v.appointment.durationMs(), 30 * kMinuteMs);
        QCOMPARE(v.block.durationMs(), 40 * kMinuteMs);
    }

    void movingIgnoresItsOwnTime()
    {
        const test::TestClinic clinic;
        const QDate wed(2025, 3, 12);
        const BusyBlock mine = clinic.existing(QStringLiteral("alice"), QStringLiteral("botox"),
                                               QStringLiteral("room1"), wed, QStringLiteral("10:00"));
        const ScheduleSnapshot s = clinic.snapshot({mine}, wed);
        BookingRequest r;
        r.practitionerId = clinic.alice;
        r.serviceId = clinic.botox;
        r.roomId = clinic.room1;
        r.start = clinic.at(wed, QStringLiteral("10:15"));
        QVERIFY(s.check(r).breaks(Rule::PractitionerBusy));
        r.appointmentId = mine.appointmentId;
        QVERIFY(s.check(r).isAllowed());
        // Resizing past closing is refused like any booking.
        r.end = clinic.at(wed, QStringLiteral("17:15"));
        QVERIFY(s.check(r).breaks(Rule::OutsideWorkingHours));
    }

    void overridableRules_data()
    {
        QTest::addColumn<int>("rule");
        QTest::addColumn<bool>("overridable");
        QTest::newRow("practitioner busy") << int(Rule::PractitionerBusy) << true;
        QTest::newRow("room busy") << int(Rule::RoomBusy) << true;
        QTest::newRow("device busy") << int(Rule::DeviceBusy) << true;
        QTest::newRow("outside hours") << int(Rule::OutsideWorkingHours) << true;
        QTest::newRow("not qualified") << int(Rule::NotQualified) << false;
        QTest::newRow("wrong room type") << int(Rule::WrongRoomType) << false;
        QTest::newRow("invalid") << int(Rule::InvalidRequest) << false;
    }

    void overridableRules()
    {
        QFETCH(int, rule);
        QFETCH(bool, overridable);
        QCOMPARE(isOverridable(Rule(rule)), overridable);
    }
};

QTEST_GUILESS_MAIN(TestBookingRules)
#include "tst_bookingrules.moc"
