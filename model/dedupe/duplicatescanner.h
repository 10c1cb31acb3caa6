#pragma once

#include "domain/client.h"
#include "domain/result.h"
#include "domain/user.h"

#include <QList>

namespace msp::store {
class Database;
class AuditLog;
} // namespace msp::store

namespace msp::dedupe {

// Two records the scan judged to be one person, with why in words
// ("surname same, date of birth same, given name a nickname of the other").
struct DuplicatePair {
    Client first;
    Client second;
    double score = 0; // match probability, 0..1
    QString reasons;
};

// Records linked by pairs (connected components): three spellings of one
// person are one group of three.
struct DuplicateGroup {
    QList<Client> members;
    QList<DuplicatePair> pairs; // strongest first
    double score() const { return pairs.isEmpty() ? 0.0 : pairs.first().score; }
};

struct ScanOptions {
    double threshold = 0.5; // probability at which a pair is shown
};

// Scans the store's clients (those not merged away) for duplicates with the
// person-linkage engine (model/reconcile). The scan reads every client, so it
// needs the manager's permission and is audited.
class DuplicateScanner
{
public:
    DuplicateScanner(store::Database &db, store::AuditLog &audit)
        : m_db(db)
        , m_audit(audit)
    {
    }

    // Groups strongest first.
    Result<QList<DuplicateGroup>> scan(const Actor &actor, const ScanOptions &options = {});

private:
    store::Database &m_db;
    store::AuditLog &m_audit;
};

} // namespace msp::dedupe
