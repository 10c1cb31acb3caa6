#include "storetesthelpers.h"

#include "store/auditlog.h"
#include "store/clientrepository.h"
#include "store/clinicrepository.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/practitionerrepository.h"
#include "store/query.h"
#include "support/tempstore.h"

#include <QFile>
#include <QTest>

namespace msp::test {

namespace {
QString failed(const char *what, const Error &e)
{
    return QString::fromLatin1(what) + QStringLiteral(": ") + e.message;
}
} // namespace

Client makeClient(const QString &given, const QString &family, const QString &phone, const QString &email,
                  const QString &preferred)
{
    ClientInput in;
    in.givenName = given;
    in.familyName = family;
    in.preferredName = preferred;
    in.phone = phone;
    in.email = email;
    const auto v = validateClient(in, QDate(2025, 6, 15));
    return v.client.value_or(Client {});
}

QString seedClinic(store::ClinicStore &store, SeededClinic &s)
{
    const Actor admin = adminActor();
    s.clinic
        = Clinic {EntityId::generate(), QStringLiteral("Lumière Med Spa"), "America/Chicago", QStringLiteral("USD")};
    if (auto r = store.clinic().saveClinic(admin, s.clinic); !r)
        return failed("clinic", r.error());
    s.location = Location {EntityId::generate(), s.clinic.id, QStringLiteral("Downtown"), QStringLiteral("1 Main St")};
    if (auto r = store.clinic().saveLocation(admin, s.location); !r)
        return failed("location", r.error());
    s.roomA = Room {EntityId::generate(), s.location.id, QStringLiteral("Room A"), QStringLiteral("laser")};
    s.roomB = Room {EntityId::generate(), s.location.id, QStringLiteral("Room B"), QStringLiteral("laser")};
    s.laserA = Device {EntityId::generate(), s.location.id, QStringLiteral("Laser 1"), QStringLiteral("laser")};
    s.laserB = Device {EntityId::generate(), s.location.id, QStringLiteral("Laser 2"), QStringLiteral("laser")};
    for (const Room &r : {s.roomA, s.roomB})
        if (auto res = store.clinic().saveRoom(admin, r); !res)
            return failed("room", res.error());
    for (const Device &d : {s.laserA, s.laserB})
        if (auto res = store.clinic().saveDevice(admin, d); !res)
            return failed("device", res.error());
    s.service.id = EntityId::generate();
    s.service.name = QStringLiteral("Laser hair removal");
    s.service.durationMinutes = 60;
    s.service.price = Money(25000, QStringLiteral("USD"));
    s.service.roomType = QStringLiteral("laser");
    s.service.deviceKind = QStringLiteral("laser");
    if (auto r = store.services().save(admin, s.service); !r)
        return failed("service", r.error());
    s.alice.id = EntityId::generate();
    s.alice.displayName = QStringLiteral("Alice Nguyen");
    s.alice.title = QStringLiteral("RN");
    s.alice.workingHours = WorkingHours::standardWeek();
    s.alice.qualifiedServiceIds = {s.service.id};
    s.bob = s.alice;
    s.bob.id = EntityId::generate();
    s.bob.displayName = QStringLiteral("Bob Ortiz");
    for (const Practitioner &p : {s.alice, s.bob})
        if (auto r = store.practitioners().save(admin, p); !r)
            return failed("practitioner", r.error());
    auto client = store.clients().create(
        admin, makeClient(QStringLiteral("Dana"), QStringLiteral("Reyes"), QStringLiteral("555-234-5678"), {}));
    if (!client)
        return failed("client", client.error());
    s.client = *client;
    return {};
}

WriteCounts writeCounts(store::ClinicStore &store)
{
    return {store.audit().count().valueOr(-1), store.outbox().pendingCount().valueOr(-1)};
}

QString lastAuditAction(store::ClinicStore &store)
{
    const auto events = store.audit().recent(1);
    return events && !events->isEmpty() ? events->first().action : QString();
}

EntityId lastAuditEntity(store::ClinicStore &store)
{
    const auto events = store.audit().recent(1);
    return events && !events->isEmpty() ? events->first().entityId : EntityId();
}

QString lastOutboxName(store::ClinicStore &store)
{
    const auto all = store.outbox().pending(100000);
    return all && !all->isEmpty() ? all->last().name : QString();
}

qint64 rawScalar(store::ClinicStore &store, const char *sql)
{
    auto q = store.database().prepare(sql);
    if (!q)
        return -1;
    return store::scalar(*q).valueOr(-1);
}

QDateTime at(int hour, int minute)
{
    return QDateTime(QDate(2030, 3, 4), QTime(hour, minute), Qt::UTC);
}

QByteArray fileBytes(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return f.readAll();
}

char *toString(const WriteCounts &c)
{
    return qstrdup(
        QByteArray("audit=" + QByteArray::number(c.audit) + " outbox=" + QByteArray::number(c.outbox)).constData());
}

} // namespace msp::test
