#pragma once

#include "domain/client.h"
#include "domain/result.h"
#include "domain/user.h"

#include <QHash>
#include <QList>

namespace msp::store {

class Database;
class AuditLog;
class Outbox;

// What a search result row shows: enough to pick the right person.
struct ClientSummary {
    EntityId id;
    QString displayName;
    QString legalName;
    QString phone;
    QString email;
    QDate dateOfBirth;
};

class ClientRepository
{
public:
    ClientRepository(Database &db, AuditLog &audit, Outbox &outbox)
        : m_db(db)
        , m_audit(audit)
        , m_outbox(outbox)
    {
    }

    // Creates the client (minting an id when none is set), indexes it for
    // search, audits and queues the change in one transaction.
    Result<Client> create(const Actor &actor, Client client);
    // Saves the changed fields only; the audit event names the fields, never
    // their values. An unchanged client writes nothing.
    Result<QStringList> update(const Actor &actor, const Client &client);
    // Opening a client record is an access to PHI and is audited.
    Result<Client> open(const Actor &actor, const EntityId &id);
    // Search as you type: names (accent- and case-insensitive), phone digits,
    // e-mail. An empty text lists clients alphabetically.
    Result<QList<ClientSummary>> search(QStringView typed, int limit = 200);
    Result<qint64> count();
    // Adds the display names of `ids` (as search() shows them) to `names`,
    // each read by its id; ids of no client are left out. The calendar asks
    // for the few it has not seen instead of listing every client.
    Result<void> displayNames(const QList<EntityId> &ids, QHash<EntityId, QString> &names);

private:
    Result<Client> load(const EntityId &id);
    Result<void> reindex(const Client &client);

    Database &m_db;
    AuditLog &m_audit;
    Outbox &m_outbox;
};

} // namespace msp::store
