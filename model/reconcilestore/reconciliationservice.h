#pragma once

#include "domain/result.h"
#include "domain/user.h"
#include "reconcilestore/decisionrepository.h"
#include "reconcilestore/importrepository.h"
#include "reconcilestore/reconreport.h"

#include <QHash>
#include <QTimeZone>

#include <optional>
#include <utility>

namespace msp::store {
class ClinicStore;
}

namespace msp::reconcilestore {

// Another item a line could be paired with, best first.
struct Candidate {
    int item = -1; // index into the other side of the report
    double probability = 0;
    QString explanation;
    reconcile::Pattern pattern = 0;
};

// One decision as the Decisions list shows it: both sides as people read
// them (when they are still in the records) and who decided and undid it.
struct DecisionEntry {
    MatchDecision decision;
    std::optional<ReconItem> left;
    std::optional<ReconItem> right;
    QString decidedBy; // display name
    QString undoneBy;
};

// Matches what the clinic sold (card and loyalty tender lines, imported POS
// rows) against what processors and programs report (imported rows), group
// by group, grades each pair into matched / to review / unmatched against
// the clinic's thresholds, and records what staff decide. Decisions teach the
// model: the next run refines it with every confirmed and rejected pair, and
// never proposes a rejected pair again.
class ReconciliationService
{
public:
    ReconciliationService(store::ClinicStore &store, Actor actor);

    ImportRepository &imports() { return m_imports; }
    DecisionRepository &decisions() { return m_decisions; }
    const Actor &actor() const { return m_actor; }

    // Reads sales and imported rows dated in [from, to] and matches them.
    // Audited: the report holds client names.
    Result<ReconReport> run(QDate from, QDate to);

    // The line's proposed pair is confirmed. A line already decided, or one
    // with a single side, is left as it is.
    Result<void> accept(ReconReport &report, int line);
    // Every proposed line of the band, in one transaction.
    Result<int> acceptAll(ReconReport &report, Band band);
    Result<void> reject(ReconReport &report, int line);
    // Candidates for the line's first item (left when it has one) among the
    // other side of its group, without rejected pairs, best first.
    QList<Candidate> candidates(const ReconReport &report, int line, int max = 8) const;
    // Pairs the line's item with `candidate` instead (the proposed pair, if
    // any, is rejected), then runs again so every line agrees.
    Result<void> pick(ReconReport &report, int line, const Candidate &candidate);

    // Every decision, newest first (with `importId`, those on that import's
    // rows), undone ones too. Audited: the entries hold client names.
    Result<QList<DecisionEntry>> decisionLog(const EntityId &importId = {});
    // Undoes a decision still in force together with the other decisions that
    // made the same line: every decision on its pair and, for an accepted
    // pair, on the other accepted pairs sharing an item with it (a split), so
    // both sides go back to the bands whole on the next run. A rejected pair
    // may be proposed again. The learning forgets what is undone.
    Result<QList<MatchDecision>> undo(const EntityId &decisionId);
    // Undoes the decisions behind a decided line of the report (accepted, or
    // rejected on screen). The caller runs again.
    Result<QList<MatchDecision>> undoLine(const ReconReport &report, int line);
    // The days an import's rows cover, to reconcile that file again.
    Result<std::pair<QDate, QDate>> periodOf(const EntityId &importId);
    // Display names of the clinic's staff by user id.
    Result<QHash<EntityId, QString>> userNames();

private:
    MatchDecision decisionFor(const ReconReport &report, int left, int right, Decision d) const;
    store::ClinicStore &m_store;
    Actor m_actor;
    QTimeZone m_zone;
    ImportRepository m_imports;
    DecisionRepository m_decisions;
};

} // namespace msp::reconcilestore
