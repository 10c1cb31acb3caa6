#pragma once

#include "domain/clinic.h"
#include "domain/result.h"
#include "domain/user.h"

#include <QJsonObject>
#include <QList>

namespace msp::store {

class Database;
class AuditLog;
class Outbox;

// The clinic aggregate: the organisation, its locations, rooms and devices.
class ClinicRepository
{
public:
    ClinicRepository(Database &db, AuditLog &audit, Outbox &outbox)
        : m_db(db)
        , m_audit(audit)
        , m_outbox(outbox)
    {
    }

    Result<void> saveClinic(const Actor &actor, const Clinic &clinic);
    // The clinic this store belongs to; NotFound on an empty store.
    Result<Clinic> clinic();
    Result<void> saveLocation(const Actor &actor, const Location &location);
    Result<void> saveRoom(const Actor &actor, const Room &room);
    Result<void> saveDevice(const Actor &actor, const Device &device);
    Result<QList<Location>> locations();
    Result<QList<Room>> rooms();
    Result<QList<Device>> devices();

private:
    Result<void> record(const Actor &actor, const QString &entity, const EntityId &id, const QJsonObject &payload);
    Database &m_db;
    AuditLog &m_audit;
    Outbox &m_outbox;
};

} // namespace msp::store
