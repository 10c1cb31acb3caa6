#include "core/democlinic.h"

#include "core/democatalog.h"
#include "core/demoredemptions.h"
#include "security/passwordhash.h"
#include "store/appointmentrepository.h"
#include "store/clientrepository.h"
#include "store/clinicrepository.h"
#include "store/clinicstore.h"
#include "store/invoicerepository.h"
#include "store/practitionerrepository.h"
#include "store/searchindex.h"
#include "store/transaction.h"
#include "store/userrepository.h"

#include <QRandomGenerator>
#include <QTimeZone>

#include <algorithm>

namespace msp::app {

QList<DemoUser> demoUsers()
{
    return {{"admin", "demo-admin", "Alex Admin"},
            {"manager", "demo-manager", "Morgan Manager"},
            {"frontdesk", "demo-frontdesk", "Frankie Front Desk"}};
}

namespace {

struct Seeder {
    store::ClinicStore &store;
    const DemoOptions &options;
    QRandomGenerator rng;
    Actor actor;
    Clinic clinic;
    QList<Room> rooms;
    QList<Device> devices;
    QList<Service> services;
    QList<QString> serviceLoyalty; // parallel to services
    QList<Practitioner> practitioners;
    QList<Client> clients;

    int pick(int n) { return int(rng.bounded(n)); }

    Result<void> seedClinic()
    {
        clinic = Clinic {EntityId::generate(), QStringLiteral("Lumière Aesthetics (demo)"), "America/New_York",
                         QStringLiteral("USD")};
        MSP_TRY(store.clinic().saveClinic(actor, clinic));
        const Location loc {EntityId::generate(), clinic.id, QStringLiteral("Hudson Street"),
                            QStringLiteral("120 Hudson St, New York, NY 10013")};
        MSP_TRY(store.clinic().saveLocation(actor, loc));
        const QList<std::pair<QString, QString>> roomSpecs {
            {QStringLiteral("Room 1"), QStringLiteral("treatment")},
            {QStringLiteral("Room 2"), QStringLiteral("treatment")},
            {QStringLiteral("Laser suite"), QStringLiteral("laser")},
            {QStringLiteral("Facial & body"), QStringLiteral("facial")}};
        for (const auto &[name, type] : roomSpecs) {
            rooms.append(Room {EntityId::generate(), loc.id, name, type});
            MSP_TRY(store.clinic().saveRoom(actor, rooms.last()));
        }
        devices
            = {Device {EntityId::generate(), loc.id, QStringLiteral("GentleMax Pro laser"), QStringLiteral("laser")},
               Device {EntityId::generate(), loc.id, QStringLiteral("CoolSculpting Elite"),
                       QStringLiteral("coolsculpting")}};
        for (const Device &d : devices)
            MSP_TRY(store.clinic().saveDevice(actor, d));
        return ok();
    }

    Result<void> seedServices()
    {
        for (const demo::ServiceSpec &spec : demo::services()) {
            Service s;
            s.id = EntityId::generate();
            s.name = QString::fromUtf8(spec.name);
            s.durationMinutes = spec.minutes;
            s.bufferBeforeMinutes = spec.bufferBefore;
            s.bufferAfterMinutes = spec.bufferAfter;
            s.price = Money(qint64(spec.priceDollars) * 100, clinic.currency);
            // Body treatments use the facial & body room.
            s.roomType = QString::fromLatin1(spec.roomType) == u"body" ? QStringLiteral("facial")
                                                                       : QString::fromLatin1(spec.roomType);
            s.deviceKind = QString::fromLatin1(spec.deviceKind);
            s.color = QString::fromLatin1(spec.color);
            MSP_TRY(store.services().save(actor, s));
            services.append(s);
            serviceLoyalty.append(QString::fromLatin1(spec.loyaltyProgram));
        }
        return ok();
    }

    Result<void> seedPractitioners()
    {
        struct Spec {
            const char *name;
            const char *title;
            const char *color;
            QList<int> serviceIndexes;
        };
        const QList<Spec> specs {
            {"Dr. Amara Osei", "MD", "#5b8def", {0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 18, 19}},
            {"Nina Castillo", "NP", "#9b59b6", {0, 1, 2, 3, 6, 7, 8, 9, 10, 18, 19}},
            {"Grace Liu", "RN", "#16a085", {0, 1, 8, 9, 10, 4, 5, 18, 19}},
            {"Sam Whitaker", "Laser specialist", "#e67e22", {11, 12, 13, 4, 18, 19}},
            {"Lena Novak", "Aesthetician", "#27ae60", {14, 15, 16, 17, 18}},
            {"Marco Bellini", "Aesthetician", "#c0392b", {14, 15, 16, 17, 11, 12, 18}},
        };
        for (int i = 0; i < specs.size(); ++i) {
            Practitioner p;
            p.id = EntityId::generate();
            p.displayName = QString::fromUtf8(specs.at(i).name);
            p.title = QString::fromUtf8(specs.at(i).title);
            p.color = QString::fromLatin1(specs.at(i).color);
            // Staggered shifts so the calendar shows different hours and breaks.
            const int start = (i % 2 == 0) ? 9 * 60 : 10 * 60;
            for (int day = 1; day <= 6; ++day) {
                if (day == 6 && i % 3 != 0)
                    continue; // Saturdays for some only
                if (day == (i % 5) + 1 && day != 6)
                    continue; // one weekday off
                const int end = day == 6 ? 15 * 60 : start + 8 * 60 + 30;
                (void)p.workingHours.setSpans(day, {{start, start + 4 * 60}, {start + 4 * 60 + 30, end}});
            }
            for (int idx : specs.at(i).serviceIndexes)
                p.qualifiedServiceIds.append(services.at(idx).id);
            MSP_TRY(store.practitioners().save(actor, p));
            practitioners.append(p);
        }
        return ok();
    }

    Result<void> seedUsers()
    {
        // Light Argon2 parameters keep demo creation quick; real accounts use
        // the defaults.
        const security::Argon2Params params {8 * 1024, 2, 1};
        const QList<Role> roles {Role::Admin, Role::Manager, Role::FrontDesk};
        const QList<DemoUser> users = demoUsers();
        for (int i = 0; i < users.size(); ++i) {
            auto hash = security::hashPassword(QString::fromLatin1(users.at(i).password), params);
            if (!hash)
                return hash.error();
            User u {i == 0 ? actor.userId : EntityId::generate(),
                    QString::fromLatin1(users.at(i).username),
                    QString::fromLatin1(users.at(i).displayName),
                    roles.at(i),
                    *hash,
                    {},
                    true};
            MSP_TRY(store.users().save(actor, u));
        }
        return ok();
    }

    Result<void> seedClients()
    {
        const QStringList &given = demo::givenNames();
        const QStringList &family = demo::familyNames();
        const QDate today = QDate::currentDate();
        QList<Client> valid;
        for (int i = 0; i < options.clients; ++i) {
            ClientInput in;
            in.givenName = given.at(pick(int(given.size())));
            in.familyName = family.at(pick(int(family.size())));
            if (pick(8) == 0)
                in.preferredName = in.givenName.left(3);
            in.dateOfBirth = QDate(1950 + pick(55), 1 + pick(12), 1 + pick(28)).toString(Qt::ISODate);
            in.phone = QStringLiteral("(%1) %2-%3")
                           .arg(212 + pick(700))
                           .arg(200 + pick(799))
                           .arg(pick(10000), 4, 10, QLatin1Char('0'));
            QString local = QString(in.givenName + u'.' + in.familyName).toLower();
            local.remove(u'\'');
            // Accented letters are kept out of the demo e-mail local parts.
            local = QString::fromLatin1(local.normalized(QString::NormalizationForm_D).toLatin1()).remove(u'?');
            in.email = local + QString::number(i) + QStringLiteral("@example.com");
            in.address = QStringLiteral("%1 %2, New York, NY").arg(10 + pick(900)).arg(demo::streets().at(pick(8)));
            if (pick(10) == 0)
                in.allergies = pick(2) ? QStringLiteral("Lidocaine") : QStringLiteral("Latex");
            if (pick(25) == 0)
                in.alerts = QStringLiteral("Prefers afternoon appointments");
            in.marketingConsent = pick(3) != 0;
            ClientValidation v = validateClient(in, today);
            if (!v.isValid())
                continue; // a generated phone outside NANP rules: skip it
            valid.append(*v.client);
        }
        // Created in name order: the search index mints its ids in that order
        // and stays cheap to append to.
        std::stable_sort(valid.begin(), valid.end(), [](const Client &a, const Client &b) {
            return store::clientSortKey(a.name.given(), a.name.family())
                < store::clientSortKey(b.name.given(), b.name.family());
        });
        for (const Client &c : std::as_const(valid)) {
            auto created = store.clients().create(actor, c);
            if (!created)
                return created.error();
            clients.append(*created);
        }
        return ok();
    }

    QList<int> qualifiedServices(const Practitioner &p)
    {
        QList<int> out;
        for (int s = 0; s < services.size(); ++s)
            if (p.qualifiedServiceIds.contains(services.at(s).id))
                out.append(s);
        return out;
    }

    Result<void> seedAppointments()
    {
        const QTimeZone zone(clinic.timeZone);
        // Half the weeks lie before the anchor's week (visits done and paid,
        // with loyalty tenders to reconcile), half from it on.
        const QDate monday = options.anchor.addDays(1 - options.anchor.dayOfWeek()).addDays(-7 * (options.weeks / 2));
        const QDate today = QDate::currentDate();
        for (int d = 0; d < options.weeks * 7; ++d) {
            const QDate day = monday.addDays(d);
            for (const Practitioner &p : practitioners) {
                const QList<int> offered = qualifiedServices(p);
                for (const DaySpan &span : p.workingHours.spansOn(day.dayOfWeek())) {
                    int minute = span.startMinute + 15 * pick(3);
                    while (true) {
                        const int s = offered.at(pick(int(offered.size())));
                        const Service &service = services.at(s);
                        const int from = minute + service.bufferBeforeMinutes;
                        const int to = from + service.durationMinutes;
                        if (to + service.bufferAfterMinutes > span.endMinute)
                            break;
                        if (pick(5) != 0) // leave some free time
                            MSP_TRY(book(p, s, day, from, to, zone, today));
                        minute = to + service.bufferAfterMinutes + 15 * pick(2);
                    }
                }
            }
        }
        return ok();
    }

    Result<void> book(const Practitioner &p, int serviceIndex, QDate day, int from, int to, const QTimeZone &zone,
                      QDate today)
    {
        const Service &service = services.at(serviceIndex);
        Appointment a;
        a.clientId = clients.at(pick(int(clients.size()))).id;
        a.practitionerId = p.id;
        a.serviceId = service.id;
        a.start = QDateTime(day, QTime(from / 60, from % 60), zone).toUTC();
        a.end = QDateTime(day, QTime(to / 60, to % 60), zone).toUTC();
        for (const Device &dev : devices)
            if (dev.kind == service.deviceKind)
                a.deviceId = dev.id;
        // Try each room of the right type; a taken room or device just means
        // this slot stays free in the demo.
        for (const Room &room : rooms) {
            if (!service.roomType.isEmpty() && room.roomType != service.roomType)
                continue;
            a.roomId = room.id;
            auto booked = store.appointments().create(actor, a);
            if (!booked) {
                if (booked.error().code == ErrorCode::Conflict)
                    continue;
                return booked.error();
            }
            return settle(*booked, serviceIndex, day, today);
        }
        return ok();
    }

    // Past visits are completed and paid; some of today's have arrived.
    Result<void> settle(const Appointment &a, int serviceIndex, QDate day, QDate today)
    {
        if (day > today)
            return ok();
        if (day == today) {
            if (a.start < QDateTime::currentDateTimeUtc())
                MSP_TRY(store.appointments().setStatus(actor, a.id, AppointmentStatus::Arrived));
            return ok();
        }
        if (pick(20) == 0)
            return store.appointments().setStatus(actor, a.id, AppointmentStatus::NoShow);
        MSP_TRY(store.appointments().setStatus(actor, a.id, AppointmentStatus::Arrived));
        MSP_TRY(store.appointments().setStatus(actor, a.id, AppointmentStatus::Fulfilled));
        const Service &service = services.at(serviceIndex);
        if (service.price.isZero())
            return ok();
        Invoice inv;
        inv.clientId = a.clientId;
        inv.appointmentId = a.id;
        inv.currency = clinic.currency;
        inv.createdAt = a.end;
        inv.status = InvoiceStatus::Paid;
        inv.lines.append({EntityId(), LineKind::Service, service.name, 1, service.price.minorUnits(), 0, service.id,
                          a.practitionerId});
        if (pick(4) == 0)
            inv.lines.append({EntityId(),
                              LineKind::Product,
                              QStringLiteral("SkinMedica TNS serum"),
                              1,
                              9800,
                              888,
                              {},
                              a.practitionerId});
        qint64 due = inv.totalMinor();
        const QString program = serviceLoyalty.at(serviceIndex);
        if (!program.isEmpty() && pick(2) == 0) {
            const qint64 reward = qMin<qint64>(due, (2 + pick(5)) * 1000);
            inv.tenders.append({EntityId(),
                                tenderFromKey(program).value_or(TenderKind::Alle),
                                reward,
                                QStringLiteral("%1-%2").arg(program.toUpper()).arg(100000 + pick(900000)),
                                reward,
                                {}});
            due -= reward;
        }
        if (due > 0) {
            const bool cash = pick(6) == 0;
            inv.tenders.append(
                {EntityId(), cash ? TenderKind::Cash : TenderKind::Card, due,
                 cash ? QString() : QStringLiteral("%1").arg(100000 + pick(900000)), 0,
                 cash ? QString() : QStringLiteral("pi_demo_%1").arg(rng.generate(), 8, 16, QLatin1Char('0'))});
        }
        auto created = store.invoices().create(actor, inv);
        if (!created)
            return created.error();
        return ok();
    }
};

} // namespace

Result<void> seedDemoClinic(store::ClinicStore &store, const DemoOptions &options)
{
    if (store.clinic().clinic())
        return ok(); // already set up: reopen as it is
    Seeder s {store,
              options,
              QRandomGenerator(options.seed),
              Actor {EntityId::generate(), Role::Admin, QStringLiteral("demo-setup")},
              {},
              {},
              {},
              {},
              {},
              {},
              {}};
    auto tx = store::Transaction::begin(store.database());
    if (!tx)
        return tx.error();
    MSP_TRY(s.seedClinic());
    MSP_TRY(s.seedServices());
    MSP_TRY(s.seedPractitioners());
    MSP_TRY(s.seedUsers());
    MSP_TRY(s.seedClients());
    MSP_TRY(s.seedAppointments());
    MSP_TRY(seedDemoRedemptions(store, s.actor, options.anchor.addDays(-7 * options.weeks),
                                QDate::currentDate().addDays(-1), options.seed));
    return tx->commit();
}

} // namespace msp::app
