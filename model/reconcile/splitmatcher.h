#pragma once

#include "reconcile/records.h"
#include "reconcile/transactioncomparator.h"

#include <cstdint>
#include <vector>

namespace msp::reconcile {

// One item on one side paid or reported as two or three items on the other:
// a $400 checkout settled as $340 on card and a $60 reward.
struct SplitMatch {
    std::uint32_t whole = 0;
    bool wholeIsLeft = true;
    std::vector<std::uint32_t> parts; // indices on the other side
};

struct SplitOptions {
    int maxParts = 3;
    int maxLagDays = 3;
    std::size_t maxCandidates = 16; // parts considered per whole, nearest in date first
};

// Among items left unmatched, finds wholes whose amount is the exact sum of
// two or three parts (or that sum less a known fee) within the date window,
// sharing the payer's name or the reference. Each item is used once; fewer parts win.
std::vector<SplitMatch> findSplits(const std::vector<TransactionRecord> &left,
                                   const std::vector<TransactionRecord> &right,
                                   const std::vector<std::uint32_t> &unmatchedLeft,
                                   const std::vector<std::uint32_t> &unmatchedRight, const std::vector<Fee> &fees,
                                   const SplitOptions &options = {});

} // namespace msp::reconcile
