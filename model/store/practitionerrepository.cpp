#include "store/practitionerrepository.h"

#include "store/auditlog.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/permissions.h"
#include "store/query.h"
#include "store/transaction.h"
#include "store/upsert.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace msp::store {

Result<void> PractitionerRepository::save(const Actor &actor, const Practitioner &p)
{
    MSP_TRY(requirePermission(actor, Permission::ManageClinic));
    if (p.displayName.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("displayName"),
                              QCoreApplication::translate("msp::store", "Enter the practitioner's name."));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    MSP_TRY(upsert(m_db,
                   "UPDATE practitioner SET display_name = ?2, title = ?3, color = ?4, working_hours = ?5, "
                   "active = ?6 WHERE id = ?1;",
                   "INSERT INTO practitioner (id, display_name, title, color, working_hours, active) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6);",
                   [&](Query &q) {
                       q.bind(1, p.id).bind(2, p.displayName).bind(3, p.title).bind(4, p.color);
                       q.bind(5, p.workingHours.toJson()).bind(6, p.active);
                   }));
    {
        auto del = m_db.prepare("DELETE FROM practitioner_service WHERE practitioner_id = ?1;");
        if (!del)
            return del.error();
        MSP_TRY(del->bind(1, p.id).run());
    }
    QJsonArray services;
    for (const EntityId &s : p.qualifiedServiceIds) {
        auto ins = m_db.prepare("INSERT INTO practitioner_service (practitioner_id, service_id) VALUES (?1, ?2);");
        if (!ins)
            return ins.error();
        MSP_TRY(ins->bind(1, p.id).bind(2, s).run());
        services.append(s.toString());
    }
    MSP_TRY(m_audit.append(actor, QStringLiteral("practitioner.save"), QStringLiteral("practitioner"), p.id));
    auto m = m_outbox.enqueue(QStringLiteral("save_practitioner"), p.id,
                              {{QStringLiteral("display_name"), p.displayName},
                               {QStringLiteral("title"), p.title},
                               {QStringLiteral("working_hours"), p.workingHours.toJson()},
                               {QStringLiteral("services"), services},
                               {QStringLiteral("active"), p.active}});
    if (!m)
        return m.error();
    return tx->commit();
}

Result<QList<Practitioner>> PractitionerRepository::all(bool activeOnly)
{
    auto q = m_db.prepare("SELECT id, display_name, title, color, working_hours, active FROM practitioner "
                          "WHERE active = 1 OR ?1 = 0 ORDER BY display_name;");
    if (!q)
        return q.error();
    q->bind(1, activeOnly);
    auto list = collectRows<Practitioner>(*q, [](const Query &r) {
        Practitioner p;
        p.id = r.id(0);
        p.displayName = r.text(1);
        p.title = r.text(2);
        p.color = r.text(3);
        p.workingHours = WorkingHours::fromJson(r.text(4)).valueOr({});
        p.active = r.boolean(5);
        return p;
    });
    if (!list)
        return list.error();
    for (Practitioner &p : *list) {
        auto s = m_db.prepare(
            "SELECT service_id FROM practitioner_service WHERE practitioner_id = ?1 ORDER BY service_id;");
        if (!s)
            return s.error();
        s->bind(1, p.id);
        auto ids = collectRows<EntityId>(*s, [](const Query &r) { return r.id(0); });
        if (!ids)
            return ids.error();
        p.qualifiedServiceIds = *ids;
    }
    return list;
}

Result<Practitioner> PractitionerRepository::find(const EntityId &id)
{
    auto list = all(false);
    if (!list)
        return list.error();
    for (const Practitioner &p : *list)
        if (p.id == id)
            return p;
    return Error::make(ErrorCode::NotFound,
                       QCoreApplication::translate("msp::store", "This practitioner no longer exists."));
}

Result<void> ServiceRepository::save(const Actor &actor, const Service &s)
{
    MSP_TRY(requirePermission(actor, Permission::ManageClinic));
    if (s.name.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("name"),
                              QCoreApplication::translate("msp::store", "Enter the service's name."));
    if (s.durationMinutes <= 0 || s.bufferBeforeMinutes < 0 || s.bufferAfterMinutes < 0)
        return Error::invalid(
            QStringLiteral("duration"),
            QCoreApplication::translate("msp::store",
                                        "A service needs a duration above zero and buffers of zero or more minutes."));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    MSP_TRY(upsert(m_db,
                   "UPDATE service SET name = ?2, duration_min = ?3, buffer_before_min = ?4, buffer_after_min = ?5, "
                   "price_minor = ?6, currency = ?7, room_type = ?8, device_kind = ?9, color = ?10 WHERE id = ?1;",
                   "INSERT INTO service (id, name, duration_min, buffer_before_min, buffer_after_min, price_minor, "
                   "currency, room_type, device_kind, color) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10);",
                   [&](Query &q) {
                       q.bind(1, s.id).bind(2, s.name).bind(3, s.durationMinutes).bind(4, s.bufferBeforeMinutes);
                       q.bind(5, s.bufferAfterMinutes).bind(6, s.price.minorUnits()).bind(7, s.price.currency());
                       q.bind(8, s.roomType).bind(9, s.deviceKind).bind(10, s.color);
                   }));
    MSP_TRY(m_audit.append(actor, QStringLiteral("service.save"), QStringLiteral("service"), s.id));
    auto m = m_outbox.enqueue(QStringLiteral("save_service"), s.id,
                              {{QStringLiteral("name"), s.name},
                               {QStringLiteral("duration_min"), s.durationMinutes},
                               {QStringLiteral("buffer_before_min"), s.bufferBeforeMinutes},
                               {QStringLiteral("buffer_after_min"), s.bufferAfterMinutes},
                               {QStringLiteral("price_minor"), s.price.minorUnits()},
                               {QStringLiteral("currency"), s.price.currency()},
                               {QStringLiteral("room_type"), s.roomType},
                               {QStringLiteral("device_kind"), s.deviceKind}});
    if (!m)
        return m.error();
    return tx->commit();
}

namespace {
Service readService(const Query &r)
{
    Service s;
    s.id = r.id(0);
    s.name = r.text(1);
    s.durationMinutes = int(r.int64(2));
    s.bufferBeforeMinutes = int(r.int64(3));
    s.bufferAfterMinutes = int(r.int64(4));
    s.price = Money(r.int64(5), r.text(6));
    s.roomType = r.text(7);
    s.deviceKind = r.text(8);
    s.color = r.text(9);
    return s;
}
} // namespace

Result<QList<Service>> ServiceRepository::all()
{
    auto q = m_db.prepare("SELECT id, name, duration_min, buffer_before_min, buffer_after_min, price_minor, currency, "
                          "room_type, device_kind, color FROM service ORDER BY name;");
    if (!q)
        return q.error();
    return collectRows<Service>(*q, readService);
}

Result<Service> ServiceRepository::find(const EntityId &id)
{
    auto q = m_db.prepare("SELECT id, name, duration_min, buffer_before_min, buffer_after_min, price_minor, currency, "
                          "room_type, device_kind, color FROM service WHERE id = ?1;");
    if (!q)
        return q.error();
    q->bind(1, id);
    auto row = q->next();
    if (!row)
        return row.error();
    if (!*row)
        return Error::make(ErrorCode::NotFound,
                           QCoreApplication::translate("msp::store", "This service no longer exists."));
    return readService(*q);
}

} // namespace msp::store
