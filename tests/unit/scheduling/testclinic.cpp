#include "testclinic.h"

#include "domain/client.h"
#include "store/clientrepository.h"
#include "store/clinicrepository.h"
#include "store/clinicstore.h"
#include "store/practitionerrepository.h"

namespace msp::test {

using namespace scheduling;

TestClinic::TestClinic(const QByteArray &timeZone)
{
    catalog.time = ClinicTime(timeZone);
    const auto make = [](EntityId &id) {
        id = EntityId::generate();
        return id;
    };
    Service s;
    s.id = make(botox);
    s.name = QStringLiteral("Botox");
    s.durationMinutes = 30;
    s.bufferAfterMinutes = 10;
    s.roomType = QStringLiteral("treatment");
    catalog.services.append(s);
    s = Service {};
    s.id = make(filler);
    s.name = QStringLiteral("Filler");
    s.durationMinutes = 60;
    s.bufferBeforeMinutes = 10;
    s.bufferAfterMinutes = 10;
    s.roomType = QStringLiteral("treatment");
    catalog.services.append(s);
    s = Service {};
    s.id = make(laser);
    s.name = QStringLiteral("Laser");
    s.durationMinutes = 30;
    s.bufferAfterMinutes = 15;
    s.roomType = QStringLiteral("laser");
    s.deviceKind = QStringLiteral("laser");
    catalog.services.append(s);
    s = Service {};
    s.id = make(consult);
    s.name = QStringLiteral("Consult");
    s.durationMinutes = 30;
    catalog.services.append(s);

    catalog.rooms = {Room {make(room1), {}, QStringLiteral("Room 1"), QStringLiteral("treatment")},
                     Room {make(room2), {}, QStringLiteral("Room 2"), QStringLiteral("treatment")},
                     Room {make(laserSuite), {}, QStringLiteral("Laser suite"), QStringLiteral("laser")}};
    catalog.devices = {Device {make(laserDevice), {}, QStringLiteral("GentleMax"), QStringLiteral("laser")}};

    WorkingHours day;
    for (int d = 1; d <= 7; ++d)
        (void)day.setSpans(d, {{9 * 60, 12 * 60 + 30}, {13 * 60, 17 * 60}});
    WorkingHours night;
    (void)night.setSpans(5, {{20 * 60, 24 * 60}});
    (void)night.setSpans(6, {{0, 2 * 60}});
    (void)night.setSpans(7, {{0, 4 * 60}});
    Practitioner p;
    p.id = make(alice);
    p.displayName = QStringLiteral("Alice");
    p.workingHours = day;
    p.qualifiedServiceIds = {botox, filler, laser, consult};
    catalog.practitioners.append(p);
    p.id = make(bob);
    p.displayName = QStringLiteral("Bob");
    p.qualifiedServiceIds = {botox, consult};
    catalog.practitioners.append(p);
    p.id = make(nora);
    p.displayName = QStringLiteral("Nora");
    p.workingHours = night;
    p.qualifiedServiceIds = {botox, filler, laser, consult};
    catalog.practitioners.append(p);
    p.id = make(inactive);
    p.displayName = QStringLiteral("Ivy");
    p.workingHours = day;
    p.active = false;
    catalog.practitioners.append(p);
}

EntityId TestClinic::idByName(const QString &name) const
{
    const QHash<QString, EntityId> ids {
        {QStringLiteral("alice"), alice},      {QStringLiteral("bob"), bob},
        {QStringLiteral("nora"), nora},        {QStringLiteral("ivy"), inactive},
        {QStringLiteral("botox"), botox},      {QStringLiteral("filler"), filler},
        {QStringLiteral("laser"), laser},      {QStringLiteral("consult"), consult},
        {QStringLiteral("room1"), room1},      {QStringLiteral("room2"), room2},
        {QStringLiteral("suite"), laserSuite}, {QStringLiteral("device"), laserDevice},
    };
    return ids.value(name);
}

QDateTime TestClinic::at(QDate day, const QString &hhmm) const
{
    return catalog.time.toUtc(day, QTime::fromString(hhmm, QStringLiteral("HH:mm")));
}

BusyBlock TestClinic::existing(const QString &who, const QString &service, const QString &room, QDate day,
                               const QString &hhmm, const QString &device) const
{
    const Service *s = catalog.service(idByName(service));
    const qint64 start = at(day, hhmm).toMSecsSinceEpoch();
    const qint64 end = start + s->durationMinutes * kMinuteMs;
    return BusyBlock {
        EntityId::generate(), s->id,
        idByName(who),        idByName(room),
        idByName(device),     {start - s->bufferBeforeMinutes * kMinuteMs, end + s->bufferAfterMinutes * kMinuteMs}};
}

ScheduleSnapshot TestClinic::snapshot(const QList<BusyBlock> &busy, QDate around) const
{
    const TimeRange window {catalog.time.localDay(around.addDays(-2)).start,
                            catalog.time.localDay(around.addDays(2)).end};
    return ScheduleSnapshot(catalog, window, busy);
}

Result<QList<EntityId>> TestClinic::seed(store::ClinicStore &store, int clients) const
{
    const Actor admin {EntityId::generate(), Role::Admin, QStringLiteral("test-device")};
    const Clinic clinic {EntityId::generate(), QStringLiteral("Test clinic"), catalog.time.id(), QStringLiteral("USD")};
    QList<EntityId> out;
    MSP_TRY(store.clinic().saveClinic(admin, clinic));
    const Location location {EntityId::generate(), clinic.id, QStringLiteral("Main"), {}};
    MSP_TRY(store.clinic().saveLocation(admin, location));
    for (Room r : catalog.rooms) {
        r.locationId = location.id;
        MSP_TRY(store.clinic().saveRoom(admin, r));
    }
    for (Device d : catalog.devices) {
        d.locationId = location.id;
        MSP_TRY(store.clinic().saveDevice(admin, d));
    }
    for (Service s : catalog.services) {
        s.price = Money(10000, QStringLiteral("USD"));
        MSP_TRY(store.services().save(admin, s));
    }
    for (const Practitioner &p : catalog.practitioners)
        MSP_TRY(store.practitioners().save(admin, p));
    for (int i = 0; i < clients; ++i) {
        ClientInput in;
        in.givenName = QStringLiteral("Client");
        in.familyName = QStringLiteral("Tester") + QChar(u'A' + i % 26);
        in.email = QStringLiteral("client%1@example.com").arg(i);
        const ClientValidation v = validateClient(in, QDate(2025, 1, 1));
        if (!v.isValid())
            return Error::make(ErrorCode::Invalid, QStringLiteral("test client invalid"));
        auto created = store.clients().create(admin, *v.client);
        if (!created)
            return created.error();
        out.append(created->id);
    }
    return out;
}

} // namespace msp::test
