#pragma once

#include "domain/entityid.h"
#include "domain/result.h"
#include "domain/user.h"
#include "reconcile/pattern.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace msp::store {
class ClinicStore;
}

namespace msp::reconcilestore {

enum class Decision { Accept, Reject };

// What a person decided about a proposed pair. The comparison pattern is
// kept so the decision keeps teaching the model.
struct MatchDecision {
    EntityId id;
    EntityId leftId; // a tender line or an imported POS row
    EntityId rightId; // an imported portal or payout row
    QString group; // "card", "alle", ...
    Decision decision = Decision::Accept;
    reconcile::Pattern pattern = 0;
    EntityId userId;
    QDateTime at;
};

// The clinic's two thresholds on match probability: at or above `matched` a
// pair is matched; at or above `review` it waits for a person.
struct Thresholds {
    double matched = 0.95;
    double review = 0.5;
};

// Staff decisions, the learnt model per group, and the thresholds. Every
// decision is audited in its own transaction with its outbox mutation.
class DecisionRepository
{
public:
    explicit DecisionRepository(store::ClinicStore &store)
        : m_store(store)
    {
    }

    // All of them in one transaction: a bulk accept is saved whole or not at all.
    Result<QList<MatchDecision>> record(const Actor &actor, QList<MatchDecision> decisions);
    // Oldest first: a later decision on the same items overrides an earlier one.
    Result<QList<MatchDecision>> all();

    Result<std::optional<QByteArray>> model(const QString &group);
    Result<void> saveModel(const QString &group, const QByteArray &json);

    Result<Thresholds> thresholds();
    Result<void> setThresholds(const Actor &actor, const Thresholds &thresholds);

private:
    store::ClinicStore &m_store;
};

} // namespace msp::reconcilestore
