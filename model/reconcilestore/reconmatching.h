#pragma once

#include "reconcile/records.h"
#include "reconcilestore/decisionrepository.h"
#include "reconcilestore/importrepository.h"
#include "reconcilestore/reconreport.h"

#include <optional>
#include <vector>

namespace msp::reconcilestore {

// The items of one group still open (indices into the report's sides).
struct GroupInput {
    QList<int> left;
    QList<int> right;
};

struct GroupOutcome {
    QList<ReconLine> lines;
    reconcile::FellegiSunter model; // as used, refined by the decisions
    std::optional<reconcile::FellegiSunter> learnt; // EM found a trustworthy model: save it
    QString note;
};

// Matches one group: EM on the open items (or the clinic's saved model when
// the data is too thin to learn from), refined with every decision of the
// group, rejected pairs excluded; lines graded against the thresholds.
GroupOutcome matchGroup(const ReconReport &report, const GroupInput &input, const QString &group,
                        const Thresholds &thresholds, const std::optional<QByteArray> &savedModel,
                        const std::vector<reconcile::LabelledPattern> &labels);

// Matched at or above the clinic's threshold; splits (and, passed as
// `isSplit`, matches by elimination) and rows with an identical twin left
// over always go to review.
Band bandFor(double probability, bool isSplit, reconcile::MatchGrade grade, const Thresholds &thresholds);

reconcile::TransactionRecord recordOf(const ReconItem &item);

int dayOf(QDate date); // days since 1970-01-01
QDate dateOfDay(int day);
// An imported row as the screen shows it.
ReconItem itemOf(const ImportedRow &row);

// Accepted and rejected pairs after replaying the decisions in force in
// order, and the comparison patterns they teach the model, per group.
struct DecisionState {
    QSet<QPair<EntityId, EntityId>> accepted;
    QSet<QPair<EntityId, EntityId>> rejected;
    std::map<QString, std::vector<reconcile::LabelledPattern>> labels;
};
DecisionState replay(const QList<MatchDecision> &decisions);
// Comparison of one pair under `model`: its pattern, probability and words.
struct PairScore {
    reconcile::Pattern pattern = 0;
    double probability = 0;
    QString explanation;
};
PairScore scorePair(const ReconItem &left, const ReconItem &right, const reconcile::FellegiSunter &model);
reconcile::FellegiSunter modelFor(const ReconReport &report, const QString &group);

void describeAccepted(const ReconReport &report, ReconLine &line);
// Money at risk (unmatched redemptions) and not submitted (unmatched loyalty
// tender lines).
void summariseRisk(ReconReport &report);
void sortLines(ReconReport &report);

} // namespace msp::reconcilestore
