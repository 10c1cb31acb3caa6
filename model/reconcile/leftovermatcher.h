#pragma once

#include <cstdint>
#include <vector>

namespace msp::reconcile {

// A candidate pair whose items are both still unmatched, with its match
// weight (log2 Bayes factor, positive: the evidence favours a match).
struct LeftoverPair {
    std::uint32_t a = 0; // left item
    std::uint32_t b = 0; // right item
    double weight = 0;
    // False: weighed as a rival of the others, never matched here (a pair
    // plausible on its own that the clinic's threshold turned down).
    bool mayMatch = true;
};

struct LeftoverMatch {
    std::size_t pair = 0; // index into the pairs given
    double probability = 0;
    int rivals = 0; // other leftover pairs its items were weighed against
};

// After the one-to-one assignment, pairs too weak to reach the threshold on
// their own evidence (a $60 redemption exported without the patient's name
// looks like every other $60 redemption that week) are looked at again among
// the items left over: most rivals have found their counterparts by then.
// The leftover pairs fall into small groups of items linked by them. In a
// group of up to `maxSide` items a side, every one-to-one way of pairing its
// items (any of them may stay unpaired) is weighed by the product, over its
// pairs, of the Bayes factor times the prior odds that an item has a
// counterpart at all (`hasCounterpart`); a pair's probability is the share of
// the weight of the ways that contain it. A pair alone in its group thus gets
// its own odds; two look-alikes that could each be either of two rows share
// the weight and stay below the threshold. Pairs at or above `threshold` are
// returned, at most one per item, most probable first.
std::vector<LeftoverMatch> matchLeftovers(const std::vector<LeftoverPair> &pairs, double hasCounterpart,
                                          double threshold, int maxSide = 4);

} // namespace msp::reconcile
