#include "store/auditlog.h"

#include "security/auditchain.h"
#include "store/database.h"
#include "store/query.h"

#include <QCoreApplication>

namespace msp::store {

namespace {
AuditEvent readEvent(const Query &q)
{
    AuditEvent e;
    e.sequence = q.int64(0);
    e.id = q.id(1);
    e.at = q.dateTime(2);
    e.userId = q.id(3);
    e.deviceId = q.text(4);
    e.action = q.text(5);
    e.entityType = q.text(6);
    e.entityId = q.id(7);
    e.detail = q.text(8);
    e.previousHash = q.text(9).toLatin1();
    e.hash = q.text(10).toLatin1();
    return e;
}
} // namespace

Result<void> AuditLog::append(const Actor &actor, const QString &action, const QString &entityType,
                              const EntityId &entityId, const QString &detail)
{
    AuditEvent e;
    {
        auto last = m_db.prepare("SELECT seq, hash FROM audit_event ORDER BY seq DESC LIMIT 1;");
        if (!last)
            return last.error();
        auto row = last->next();
        if (!row)
            return row.error();
        e.sequence = *row ? last->int64(0) + 1 : 1;
        e.previousHash = *row ? last->text(1).toLatin1() : security::auditGenesisHash();
    }
    e.id = EntityId::generate();
    e.at = QDateTime::currentDateTimeUtc();
    e.userId = actor.userId;
    e.deviceId = actor.deviceId;
    e.action = action;
    e.entityType = entityType;
    e.entityId = entityId;
    e.detail = detail;
    e.hash = security::auditEventHash(e);
    auto q = m_db.prepare("INSERT INTO audit_event (seq, id, at_utc, user_id, device_id, action, entity_type, "
                          "entity_id, detail, prev_hash, hash) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11);");
    if (!q)
        return q.error();
    return q->bind(1, e.sequence)
        .bind(2, e.id)
        .bind(3, e.at)
        .bind(4, e.userId)
        .bind(5, e.deviceId)
        .bind(6, e.action)
        .bind(7, e.entityType)
        .bind(8, e.entityId)
        .bind(9, e.detail)
        .bind(10, QString::fromLatin1(e.previousHash))
        .bind(11, QString::fromLatin1(e.hash))
        .run();
}

Result<QList<AuditEvent>> AuditLog::recent(int limit, const QString &entityType, const EntityId &entityId)
{
    auto q = m_db.prepare(
        "SELECT seq, id, at_utc, user_id, device_id, action, entity_type, entity_id, detail, prev_hash, hash "
        "FROM audit_event WHERE (?1 = '' OR entity_type = ?1) AND (?2 IS NULL OR entity_id = ?2) "
        "ORDER BY seq DESC LIMIT ?3;");
    if (!q)
        return q.error();
    q->bind(1, entityType).bind(2, entityId).bind(3, limit);
    return collectRows<AuditEvent>(*q, readEvent);
}

Result<QList<AuditEvent>> AuditLog::forClient(const EntityId &clientId, int limit)
{
    auto q = m_db.prepare(
        "WITH RECURSIVE absorbed(id) AS (SELECT ?1 UNION SELECT c.id FROM client c JOIN absorbed a "
        "ON c.merged_into = a.id) "
        "SELECT seq, id, at_utc, user_id, device_id, action, entity_type, entity_id, detail, prev_hash, hash "
        "FROM audit_event WHERE entity_type = 'client' AND entity_id IN (SELECT id FROM absorbed) "
        "ORDER BY seq DESC LIMIT ?2;");
    if (!q)
        return q.error();
    q->bind(1, clientId).bind(2, limit);
    return collectRows<AuditEvent>(*q, readEvent);
}

Result<qint64> AuditLog::count()
{
    auto q = m_db.prepare("SELECT count(*) FROM audit_event;");
    if (!q)
        return q.error();
    return scalar(*q);
}

Result<qint64> AuditLog::verifyChain()
{
    auto q = m_db.prepare(
        "SELECT seq, id, at_utc, user_id, device_id, action, entity_type, entity_id, detail, prev_hash, hash "
        "FROM audit_event ORDER BY seq;");
    if (!q)
        return q.error();
    QByteArray expectedPrevious = security::auditGenesisHash();
    qint64 expectedSeq = 1;
    qint64 n = 0;
    while (true) {
        auto row = q->next();
        if (!row)
            return row.error();
        if (!*row)
            break;
        const AuditEvent e = readEvent(*q);
        if (e.sequence != expectedSeq || e.previousHash != expectedPrevious || security::auditEventHash(e) != e.hash)
            return Error::make(ErrorCode::Conflict,
                               QCoreApplication::translate("msp::store",
                                                           "The audit log was altered at event %1: its record does "
                                                           "not match the chain. Keep this database for "
                                                           "investigation and contact your administrator.")
                                   .arg(expectedSeq));
        expectedPrevious = e.hash;
        ++expectedSeq;
        ++n;
    }
    return n;
}

} // namespace msp::store
