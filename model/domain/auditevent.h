#pragma once

#include "domain/entityid.h"

#include <QDateTime>

namespace msp {

// One entry of the append-only, hash-chained audit log. `detail` never holds
// client data: it names fields, not their values.
struct AuditEvent {
    qint64 sequence = 0;
    EntityId id;
    QDateTime at; // UTC
    EntityId userId;
    QString deviceId;
    QString action; // "client.update", "client.read", "appointment.create"
    QString entityType; // "client"
    EntityId entityId;
    QString detail; // "fields: phone,email"
    QByteArray previousHash;
    QByteArray hash;
};

} // namespace msp
