#pragma once

#include "reconcile/blocker.h"
#include "reconcile/fellegisunter.h"
#include "reconcile/matchgrade.h"
#include "reconcile/progress.h"
#include "reconcile/records.h"
#include "reconcile/transactionblocker.h"
#include "reconcile/transactioncomparator.h"

#include <optional>
#include <utility>
#include <vector>

namespace msp::reconcile {

struct ReconcileOptions {
    double threshold = 0.5; // match probability at which a pair is kept
    int threads = 2;
    std::vector<Fee> fees = defaultFees();
    TransactionBlockingOptions blocking;
    bool splits = true; // look for one item settled as two or three
    std::optional<FellegiSunter> model; // a saved model: EM is skipped
    std::vector<LabelledPair> labels; // staff decisions refine the model
    // Pairs (left index, right index) staff rejected: never proposed again.
    std::vector<std::pair<std::uint32_t, std::uint32_t>> excludedPairs;
    ProgressCallback progress;
};

struct TransactionMatch {
    std::vector<std::uint32_t> left; // one index, or the parts of a split
    std::vector<std::uint32_t> right;
    double weight = 0;
    double probability = 0;
    MatchGrade grade = MatchGrade::Imprecise;
    Pattern pattern = 0; // one-to-one matches only
    // Below the threshold on its own, but the only or likeliest candidate
    // left once the others were matched (a redemption exported without the
    // patient's name, say): worth a look.
    bool byElimination = false;
    int rivals = 0; // by elimination: other leftover pairs it was weighed against
    bool isSplit() const { return left.size() > 1 || right.size() > 1; }
};

struct ReconcileResult {
    std::vector<TransactionMatch> matches;
    std::vector<std::uint32_t> unmatchedLeft; // money at risk / not submitted
    std::vector<std::uint32_t> unmatchedRight;
    FellegiSunter model;
    EmReport em;
    BlockingStats blocking;
};

// One-to-one matching of two lists of money movements (checkout lines against
// reward redemptions, charges against payouts), then splits among the rest.
ReconcileResult reconcileTransactions(const std::vector<TransactionRecord> &left,
                                      const std::vector<TransactionRecord> &right,
                                      const ReconcileOptions &options = {});

// "amount −2.1 %, one day later, name 0.93" for a match of the result.
QString explainMatch(const std::vector<TransactionRecord> &left, const std::vector<TransactionRecord> &right,
                     const ReconcileResult &result, const TransactionMatch &match,
                     const std::vector<Fee> &fees = defaultFees());

} // namespace msp::reconcile
