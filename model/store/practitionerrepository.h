#pragma once

#include "domain/practitioner.h"
#include "domain/result.h"
#include "domain/service.h"
#include "domain/user.h"

#include <QList>

namespace msp::store {

class Database;
class AuditLog;
class Outbox;

// Practitioners with their working hours and qualifications, and the
// services the clinic sells.
class PractitionerRepository
{
public:
    PractitionerRepository(Database &db, AuditLog &audit, Outbox &outbox)
        : m_db(db)
        , m_audit(audit)
        , m_outbox(outbox)
    {
    }

    Result<void> save(const Actor &actor, const Practitioner &practitioner);
    Result<QList<Practitioner>> all(bool activeOnly = true);
    Result<Practitioner> find(const EntityId &id);

private:
    Database &m_db;
    AuditLog &m_audit;
    Outbox &m_outbox;
};

class ServiceRepository
{
public:
    ServiceRepository(Database &db, AuditLog &audit, Outbox &outbox)
        : m_db(db)
        , m_audit(audit)
        , m_outbox(outbox)
    {
    }

    Result<void> save(const Actor &actor, const Service &service);
    Result<QList<Service>> all();
    Result<Service> find(const EntityId &id);

private:
    Database &m_db;
    AuditLog &m_audit;
    Outbox &m_outbox;
};

} // namespace msp::store
