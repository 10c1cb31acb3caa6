#pragma once

#include "domain/auditevent.h"
#include "domain/result.h"
#include "domain/user.h"

#include <QList>

namespace msp::store {

class Database;

// The append-only, hash-chained audit log. append() is called by every
// repository inside the transaction of the change it records, so a change and
// its audit event are saved together or not at all.
class AuditLog
{
public:
    explicit AuditLog(Database &db)
        : m_db(db)
    {
    }

    Result<void> append(const Actor &actor, const QString &action, const QString &entityType, const EntityId &entityId,
                        const QString &detail = {});
    // Newest first.
    Result<QList<AuditEvent>> recent(int limit, const QString &entityType = {}, const EntityId &entityId = {});
    // A client's events newest first, with those of every client merged into
    // it (and into those, and so on) while the merge stands: the audit rows
    // are hash-chained and never rewritten, so the view follows the merges.
    Result<QList<AuditEvent>> forClient(const EntityId &clientId, int limit);
    Result<qint64> count();
    // Recomputes every link. Fails naming the first event whose hash or link
    // does not match (tampering or corruption).
    Result<qint64> verifyChain();

private:
    Database &m_db;
};

} // namespace msp::store
