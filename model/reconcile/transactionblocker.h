#pragma once

#include "reconcile/blocker.h"
#include "reconcile/records.h"

#include <vector>

namespace msp::reconcile {

struct TransactionBlockingOptions {
    int exactAmountDays = 10; // same amount within this many days either way
    int bandDays = 4; // amount within the band within this many days
    double bandFraction = 0.045; // covers card fees on all but tiny amounts
    std::int64_t bandFixed = 60; // minor units, for the fixed part of a fee
    int nameDays = 10; // same payer within this many days, any amount
    // A common amount (a $60 reward) can meet hundreds of rows in its window;
    // only this many nearest in date are kept from each amount key. The name
    // keys still find a match farther away.
    std::size_t maxPerAmountKey = 60;
};

// Candidate left-right pairs of transactions, union of: same amount within a
// date window; amount within a band (fees) within a shorter window; same
// reference; same payer name, or same-sounding name, within a window. Indexes the right side by day
// and amount, so each left item looks at a handful of rows, never all.
// Pairs as (left << 32) | right, sorted.
CandidatePairs transactionCandidates(const std::vector<TransactionRecord> &left,
                                     const std::vector<TransactionRecord> &right,
                                     const TransactionBlockingOptions &options = {}, int threads = 2);

} // namespace msp::reconcile
