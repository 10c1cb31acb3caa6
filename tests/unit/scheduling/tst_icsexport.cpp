#include "scheduling/bookingservice.h"
#include "scheduling/icsexport.h"
#include "scheduling/icswriter.h"
#include "scheduling/seriesservice.h"
#include "scheduling/settings.h"
#include "store/auditlog.h"
#include "store/practitionerrepository.h"
#include "support/tempstore.h"
#include "testclinic.h"

#include <QTest>

using namespace msp;
using namespace msp::scheduling;

// The calendar export read back as a calendar client would: physical lines
// (CRLF, at most 75 octets), unfolded, split into components and properties,
// then checked field by field.
class TestIcsExport : public QObject
{
    Q_OBJECT

    struct Property {
        QString name;
        QString params;
        QString value;
    };
    using Component = QList<Property>;

    struct Parsed {
        QList<Component> events;
        Component timeZone;
        QStringList order; // BEGIN/END sequence
    };

    static Parsed parse(const QByteArray &ics)
    {
        Parsed p;
        [&] {
            QVERIFY(ics.endsWith("\r\n"));
            QList<QByteArray> physical = ics.split('\n');
            physical.removeLast(); // after the final CRLF
            QStringList logical;
            for (const QByteArray &raw : physical) {
                QVERIFY2(raw.endsWith('\r'), raw.constData());
                const QByteArray line = raw.chopped(1);
                QVERIFY2(line.size() <= 75, line.constData());
                if (line.startsWith(' '))
                    logical.last() += QString::fromUtf8(line.mid(1));
                else
                    logical.append(QString::fromUtf8(line));
            }
            Component *current = nullptr;
            for (const QString &l : logical) {
                const qsizetype colon = l.indexOf(u':');
                const QString head = l.left(colon);
                const QString value = l.mid(colon + 1);
                const QString name = head.section(u';', 0, 0);
                if (name == u"BEGIN" || name == u"END") {
                    p.order.append(name + u':' + value);
                    if (name == u"BEGIN" && value == u"VEVENT") {
                        p.events.append(Component {});
                        current = &p.events.last();
                    } else if (name == u"BEGIN" && value == u"VTIMEZONE") {
                        current = &p.timeZone;
                    } else if (name == u"END" && (value == u"VEVENT" || value == u"VTIMEZONE")) {
                        current = nullptr;
                    }
                    continue;
                }
                if (current)
                    current->append({name, head.section(u';', 1), value});
            }
        }();
        return p;
    }

    static QString get(const Component &c, const QString &name, QString *params = nullptr)
    {
        for (const Property &p : c)
            if (p.name == name) {
                if (params)
                    *params = p.params;
                return p.value;
            }
        return {};
    }
    static QStringList all(const Component &c, const QString &name)
    {
        QStringList out;
        for (const Property &p : c)
            if (p.name == name)
                out.append(p.value);
        return out;
    }

private Q_SLOTS:
    void textIsEscapedAndFolded()
    {
        QCOMPARE(IcsWriter::escapeText(QStringLiteral("a,b;c\\d\ne")), QStringLiteral("a\\,b\\;c\\\\d\\ne"));
        const QByteArray longLine = "SUMMARY:" + QString(QStringLiteral("é")).repeated(60).toUtf8();
        const QByteArray folded = IcsWriter::fold(longLine);
        for (const QByteArray &l : folded.chopped(2).split('\n')) {
            QVERIFY(l.chopped(1).size() <= 75);
            QVERIFY(QString::fromUtf8(l).indexOf(QChar::ReplacementCharacter) < 0); // never splits a character
        }
        QByteArray unfolded = folded;
        unfolded.replace("\r\n ", "").chop(2);
        QCOMPARE(unfolded, longLine);
    }

    void exportReadsBackFieldByField()
    {
        test::TempStore temp;
        const test::TestClinic clinic;
        auto clients = clinic.seed(*temp.store, 2);
        QVERIFY2(clients.isOk(), qPrintable(test::why(clients)));
        const Actor admin = test::adminActor();
        // A service whose name needs escaping.
        Service peel;
        peel.id = EntityId::generate();
        peel.name = QStringLiteral("Peel; deep, gentle");
        peel.durationMinutes = 45;
        peel.price = Money(5000, QStringLiteral("USD"));
        QVERIFY(temp.store->services().save(admin, peel).isOk());
        Practitioner alice = *clinic.catalog.practitioner(clinic.alice);
        alice.qualifiedServiceIds.append(peel.id);
        QVERIFY(temp.store->practitioners().save(admin, alice).isOk());

        BookingService booking(*temp.store);
        const QDate mon(2025, 3, 3);
        BookingRequest r;
        r.clientId = clients->first();
        r.practitionerId = clinic.alice;
        r.serviceId = peel.id;
        r.start = clinic.at(mon, QStringLiteral("09:00"));
        auto single = booking.book(admin, r);
        QVERIFY2(single.isOk(), qPrintable(test::why(single)));
        r.start = clinic.at(mon, QStringLiteral("13:00"));
        auto cancelled = booking.book(admin, r);
        QVERIFY(cancelled.isOk());
        QVERIFY(booking.cancel(admin, cancelled->id, QStringLiteral("called")).isOk());

        // Weekly Botox at 10:00 for four weeks, over the spring-forward change.
        SeriesService series(*temp.store);
        BookingRequest first;
        first.clientId = clients->at(1);
        first.practitionerId = clinic.alice;
        first.serviceId = clinic.botox;
        first.start = clinic.at(mon, QStringLiteral("10:00"));
        auto made = series.create(admin, first, {RecurrenceRule::Frequency::Weekly, 1, 4, {}});
        QVERIFY2(made.isOk(), qPrintable(test::why(made)));
        QCOMPARE(made->booked.size(), 4);
        // Second occurrence moved to 11:00; third handed to Bob; fourth cancelled.
        QCOMPARE(series.edit(admin, made->booked.at(1).id, EditScope::ThisOne, {QTime(11, 0), {}, {}}).valueOr(0), 1);
        QCOMPARE(series.edit(admin, made->booked.at(2).id, EditScope::ThisOne, {{}, clinic.bob, {}}).valueOr(0), 1);
        QVERIFY(booking.cancel(admin, made->booked.at(3).id, QStringLiteral("travel")).isOk());

        const QDateTime stamp(QDate(2025, 3, 1), QTime(12, 0), Qt::UTC);
        auto ics = exportPractitionerIcs(*temp.store, admin, {clinic.alice, mon, mon.addDays(27), stamp});
        QVERIFY2(ics.isOk(), qPrintable(test::why(ics)));
        const Parsed p = parse(*ics);
        QCOMPARE(p.order.first(), QStringLiteral("BEGIN:VCALENDAR"));
        QCOMPARE(p.order.last(), QStringLiteral("END:VCALENDAR"));
        QCOMPARE(get(p.timeZone, QStringLiteral("TZID")), QStringLiteral("America/New_York"));
        QVERIFY(all(p.timeZone, QStringLiteral("TZOFFSETTO")).contains(QStringLiteral("-0400")));
        QVERIFY(!ics->contains("TesterA") && !ics->contains("TesterB")); // no client names by default

        QCOMPARE(p.events.size(), 4); // single, cancelled, series master, one moved occurrence
        const Component &e1 = p.events.at(0);
        QString params;
        QCOMPARE(get(e1, QStringLiteral("UID")), single->id.toString() + QStringLiteral("@medspasync"));
        QCOMPARE(get(e1, QStringLiteral("DTSTAMP")), QStringLiteral("20250301T120000Z"));
        QCOMPARE(get(e1, QStringLiteral("DTSTART"), &params), QStringLiteral("20250303T090000"));
        QCOMPARE(params, QStringLiteral("TZID=America/New_York"));
        QCOMPARE(get(e1, QStringLiteral("DTEND")), QStringLiteral("20250303T094500"));
        QCOMPARE(get(e1, QStringLiteral("SEQUENCE")), QStringLiteral("0"));
        QCOMPARE(get(e1, QStringLiteral("STATUS")), QStringLiteral("CONFIRMED"));
        QCOMPARE(get(e1, QStringLiteral("SUMMARY")), QStringLiteral("Peel\\; deep\\, gentle"));
        QCOMPARE(get(e1, QStringLiteral("LOCATION")), QStringLiteral("Laser suite")); // any room; first by name

        const auto byUid = [&](const QString &uid, bool override) -> const Component * {
            for (const Component &c : p.events)
                if (get(c, QStringLiteral("UID")) == uid
                    && get(c, QStringLiteral("RECURRENCE-ID")).isEmpty() != override)
                    return &c;
            return nullptr;
        };
        const Component *gone = byUid(cancelled->id.toString() + QStringLiteral("@medspasync"), false);
        QVERIFY(gone);
        QCOMPARE(get(*gone, QStringLiteral("STATUS")), QStringLiteral("CANCELLED"));
        QCOMPARE(get(*gone, QStringLiteral("SEQUENCE")), QStringLiteral("1"));

        const QString seriesUid = made->seriesId.toString() + QStringLiteral("@medspasync");
        const Component *master = byUid(seriesUid, false);
        QVERIFY(master);
        QCOMPARE(get(*master, QStringLiteral("RRULE")), QStringLiteral("FREQ=WEEKLY;COUNT=4"));
        QCOMPARE(get(*master, QStringLiteral("DTSTART")), QStringLiteral("20250303T100000"));
        QCOMPARE(get(*master, QStringLiteral("DTEND")), QStringLiteral("20250303T103000"));
        QCOMPARE(all(*master, QStringLiteral("EXDATE")),
                 (QStringList {QStringLiteral("20250317T100000"), QStringLiteral("20250324T100000")}));
        const Component *moved = byUid(seriesUid, true);
        QVERIFY(moved);
        QCOMPARE(get(*moved, QStringLiteral("RECURRENCE-ID"), &params), QStringLiteral("20250310T100000"));
        QCOMPARE(params, QStringLiteral("TZID=America/New_York"));
        QCOMPARE(get(*moved, QStringLiteral("DTSTART")), QStringLiteral("20250310T110000"));
        QCOMPARE(get(*moved, QStringLiteral("SEQUENCE")), QStringLiteral("1"));

        // Bob's calendar shows the handed-over occurrence as his own event.
        auto bob = exportPractitionerIcs(*temp.store, admin, {clinic.bob, mon, mon.addDays(27), stamp});
        QVERIFY(bob.isOk());
        const Parsed pb = parse(*bob);
        QCOMPARE(pb.events.size(), 1);
        QCOMPARE(get(pb.events.first(), QStringLiteral("DTSTART")), QStringLiteral("20250317T100000"));

        // With the clinic's consent the client is named.
        QVERIFY(writeSetting(*temp.store, admin, settingKeys::icsClientDetails(), QStringLiteral("1")).isOk());
        auto named = exportPractitionerIcs(*temp.store, admin, {clinic.alice, mon, mon.addDays(27), stamp});
        QVERIFY(named.isOk());
        QVERIFY(named->contains("Peel\\; deep\\, gentle \xe2\x80\x93 Client TesterA"));
        auto events = temp.store->audit().recent(3, QStringLiteral("practitioner"), clinic.alice);
        QVERIFY(events.isOk());
        QCOMPARE(events->first().action, QStringLiteral("calendar.export"));
        QVERIFY(events->first().detail.contains(QStringLiteral("client details: yes")));
    }
};

QTEST_GUILESS_MAIN(TestIcsExport)
#include "tst_icsexport.moc"
