#pragma once

#include "dedupe/mergejournal.h"
#include "dedupe/mergeplan.h"
#include "domain/user.h"

namespace msp::store {
class Database;
class AuditLog;
class Outbox;
} // namespace msp::store

namespace msp::dedupe {

// A merge as staff chose it on the merge screen. `kept` and `merged` are the
// records as the screen showed them: if either has changed since, the merge
// is refused (scan again) rather than overwriting what someone else saved.
struct MergeRequest {
    Client kept;
    Client merged;
    FieldChoices choices;
};

// Merges duplicate clients and undoes merges. Each is one store transaction
// with its journal row, audit events and outbox mutation (merge_clients /
// unmerge_clients), so a failure changes nothing. Managers and administrators
// only.
class ClientMerger
{
public:
    ClientMerger(store::Database &db, store::AuditLog &audit, store::Outbox &outbox)
        : m_db(db)
        , m_audit(audit)
        , m_outbox(outbox)
    {
    }

    // What would move from this client to the kept one.
    Result<ReferenceCounts> references(const EntityId &clientId);
    // Writes the chosen fields to the kept client, moves every row that
    // refers to the merged client (appointments, invoices, deposits, waitlist
    // entries, series) to the kept one and marks the merged client merged.
    Result<MergeEntry> merge(const Actor &actor, const MergeRequest &request);
    // Restores both records and every moved reference. Refused, changing
    // nothing, when it would lose a later edit of either record.
    Result<void> undo(const Actor &actor, const EntityId &mergeId);
    // Newest first.
    Result<QList<MergeEntry>> history(int limit = 200);

private:
    store::Database &m_db;
    store::AuditLog &m_audit;
    store::Outbox &m_outbox;
};

} // namespace msp::dedupe
