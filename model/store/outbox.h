#pragma once

#include "domain/entityid.h"
#include "domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>

namespace msp::store {

class Database;

// A named local change waiting to be pushed to the sync server. The mutation
// id increases per device and is what makes a retried push idempotent.
struct OutboxMutation {
    qint64 mutationId = 0;
    QString name; // "book_appointment", "update_client_fields", ...
    EntityId entityId;
    QJsonObject payload;
    QDateTime createdAt;
};

// Repositories enqueue inside the transaction of the change itself, so no
// screen can save a change and forget to sync it.
class Outbox
{
public:
    explicit Outbox(Database &db)
        : m_db(db)
    {
    }

    Result<qint64> enqueue(const QString &name, const EntityId &entityId, const QJsonObject &payload);
    Result<QList<OutboxMutation>> pending(int limit);
    Result<qint64> pendingCount();
    // Drops mutations up to and including `mutationId` once the server has
    // answered them.
    Result<void> acknowledgeUpTo(qint64 mutationId);

private:
    Database &m_db;
};

} // namespace msp::store
