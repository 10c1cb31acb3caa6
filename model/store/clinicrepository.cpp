#include "store/clinicrepository.h"

#include "store/auditlog.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/permissions.h"
#include "store/query.h"
#include "store/transaction.h"
#include "store/upsert.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace msp::store {

Result<void> ClinicRepository::record(const Actor &actor, const QString &entity, const EntityId &id,
                                      const QJsonObject &payload)
{
    MSP_TRY(m_audit.append(actor, entity + QStringLiteral(".save"), entity, id));
    auto mutation = m_outbox.enqueue(QStringLiteral("save_") + entity, id, payload);
    if (!mutation)
        return mutation.error();
    return ok();
}

Result<void> ClinicRepository::saveClinic(const Actor &actor, const Clinic &c)
{
    MSP_TRY(requirePermission(actor, Permission::ManageClinic));
    if (c.name.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("name"),
                              QCoreApplication::translate("msp::store", "Enter the clinic's name."));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    MSP_TRY(upsert(m_db, "UPDATE clinic SET name = ?2, time_zone = ?3, currency = ?4 WHERE id = ?1;",
                   "INSERT INTO clinic (id, name, time_zone, currency) VALUES (?1, ?2, ?3, ?4);", [&](Query &q) {
                       q.bind(1, c.id).bind(2, c.name).bind(3, QString::fromLatin1(c.timeZone)).bind(4, c.currency);
                   }));
    MSP_TRY(record(actor, QStringLiteral("clinic"), c.id,
                   {{QStringLiteral("name"), c.name},
                    {QStringLiteral("time_zone"), QString::fromLatin1(c.timeZone)},
                    {QStringLiteral("currency"), c.currency}}));
    return tx->commit();
}

Result<Clinic> ClinicRepository::clinic()
{
    auto q = m_db.prepare("SELECT id, name, time_zone, currency FROM clinic ORDER BY id LIMIT 1;");
    if (!q)
        return q.error();
    auto row = q->next();
    if (!row)
        return row.error();
    if (!*row)
        return Error::make(ErrorCode::NotFound,
                           QCoreApplication::translate("msp::store", "This store has no clinic set up yet."));
    return Clinic {q->id(0), q->text(1), q->text(2).toLatin1(), q->text(3)};
}

Result<void> ClinicRepository::saveLocation(const Actor &actor, const Location &l)
{
    MSP_TRY(requirePermission(actor, Permission::ManageClinic));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    MSP_TRY(upsert(m_db, "UPDATE location SET clinic_id = ?2, name = ?3, address = ?4 WHERE id = ?1;",
                   "INSERT INTO location (id, clinic_id, name, address) VALUES (?1, ?2, ?3, ?4);",
                   [&](Query &q) { q.bind(1, l.id).bind(2, l.clinicId).bind(3, l.name).bind(4, l.address); }));
    MSP_TRY(record(actor, QStringLiteral("location"), l.id,
                   {{QStringLiteral("clinic_id"), l.clinicId.toString()}, {QStringLiteral("name"), l.name}}));
    return tx->commit();
}

Result<void> ClinicRepository::saveRoom(const Actor &actor, const Room &r)
{
    MSP_TRY(requirePermission(actor, Permission::ManageClinic));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    MSP_TRY(upsert(m_db, "UPDATE room SET location_id = ?2, name = ?3, room_type = ?4 WHERE id = ?1;",
                   "INSERT INTO room (id, location_id, name, room_type) VALUES (?1, ?2, ?3, ?4);",
                   [&](Query &q) { q.bind(1, r.id).bind(2, r.locationId).bind(3, r.name).bind(4, r.roomType); }));
    MSP_TRY(record(actor, QStringLiteral("room"), r.id,
                   {{QStringLiteral("location_id"), r.locationId.toString()},
                    {QStringLiteral("name"), r.name},
                    {QStringLiteral("room_type"), r.roomType}}));
    return tx->commit();
}

Result<void> ClinicRepository::saveDevice(const Actor &actor, const Device &d)
{
    MSP_TRY(requirePermission(actor, Permission::ManageClinic));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    MSP_TRY(upsert(m_db, "UPDATE device SET location_id = ?2, name = ?3, kind = ?4 WHERE id = ?1;",
                   "INSERT INTO device (id, location_id, name, kind) VALUES (?1, ?2, ?3, ?4);",
                   [&](Query &q) { q.bind(1, d.id).bind(2, d.locationId).bind(3, d.name).bind(4, d.kind); }));
    MSP_TRY(record(actor, QStringLiteral("device"), d.id,
                   {{QStringLiteral("location_id"), d.locationId.toString()},
                    {QStringLiteral("name"), d.name},
                    {QStringLiteral("kind"), d.kind}}));
    return tx->commit();
}

Result<QList<Location>> ClinicRepository::locations()
{
    auto q = m_db.prepare("SELECT id, clinic_id, name, address FROM location ORDER BY name;");
    if (!q)
        return q.error();
    return collectRows<Location>(*q, [](const Query &r) { return Location {r.id(0), r.id(1), r.text(2), r.text(3)}; });
}

Result<QList<Room>> ClinicRepository::rooms()
{
    auto q = m_db.prepare("SELECT id, location_id, name, room_type FROM room ORDER BY name;");
    if (!q)
        return q.error();
    return collectRows<Room>(*q, [](const Query &r) { return Room {r.id(0), r.id(1), r.text(2), r.text(3)}; });
}

Result<QList<Device>> ClinicRepository::devices()
{
    auto q = m_db.prepare("SELECT id, location_id, name, kind FROM device ORDER BY name;");
    if (!q)
        return q.error();
    return collectRows<Device>(*q, [](const Query &r) { return Device {r.id(0), r.id(1), r.text(2), r.text(3)}; });
}

} // namespace msp::store
