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
    // Set once someone undid it: the decision is kept as history but no longer
    // settles or excludes its pair, and no longer teaches the model.
    EntityId undoneBy;
    QDateTime undoneAt;

    bool isUndone() const { return undoneAt.isValid(); }
};

// The clinic's two thresholds on match probability, one pair for every group:
// at or above `matched` a pair is matched; at or above `review` it waits for a
// person.
struct Thresholds {
    double matched = 0.95;
    double review = 0.5;

    // What a clinic may choose: below an even chance a pair is more likely two
    // different things, so `matched` is at least 0.5; `review` stays under it.
    static constexpr double kMatchedMin = 0.5;
    static constexpr double kMatchedMax = 0.999;
    static constexpr double kReviewMin = 0.01;
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
    // The decisions still in force (not undone), oldest first: a later decision
    // on the same items overrides an earlier one.
    Result<QList<MatchDecision>> inForce();
    // Every decision, undone ones too, newest first; with `importId`, only
    // those on a row of that import.
    Result<QList<MatchDecision>> history(const EntityId &importId = {});
    // Undoes decisions still in force, all in one transaction, each audited.
    // A decision already undone, or unknown, is refused and nothing changes.
    Result<QList<MatchDecision>> undo(const Actor &actor, const QList<EntityId> &ids);

    Result<std::optional<QByteArray>> model(const QString &group);
    Result<void> saveModel(const QString &group, const QByteArray &json);

    Result<Thresholds> thresholds();
    // Managers and administrators (the clinic's settings); audited with the old
    // and new values.
    Result<void> setThresholds(const Actor &actor, const Thresholds &thresholds);
    static bool mayChangeThresholds(Role role);
    // Empty when the pair is acceptable, else what to change, for people.
    static QString thresholdProblem(const Thresholds &thresholds);

private:
    store::ClinicStore &m_store;
};

} // namespace msp::reconcilestore
