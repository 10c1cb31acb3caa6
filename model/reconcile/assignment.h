#pragma once

#include <cstdint>
#include <vector>

namespace msp::reconcile {

// A candidate link between left item `a` and right item `b`. `score` is the
// pair's log-odds of being a match and must be positive (pairs below the
// threshold are not candidates).
struct Edge {
    std::uint32_t a = 0;
    std::uint32_t b = 0;
    double score = 0;
};

enum class AssignmentMethod {
    Auto, // Hungarian on small connected groups, greedy on large ones
    Greedy,
    Hungarian,
};

// One-to-one assignment: each left and each right item in at most one chosen
// edge. Returns the indices of the chosen edges, sorted.
//
// Under Fellegi-Sunter's independence the log-odds of a set of links add up,
// so the most probable one-to-one set maximises the summed score: that is an
// assignment problem, solved exactly (Hungarian, O(n^3)) on each connected
// group of candidates up to `maxHungarian` items a side. Greedy by score
// takes, at each step, an edge heavier than every remaining edge at either
// end; it is therefore exact whenever each true link is the heaviest edge at
// both its ends (the usual case once names and amounts are compared), and
// never worse than half the optimum otherwise.
std::vector<std::size_t> assignOneToOne(const std::vector<Edge> &edges,
                                        AssignmentMethod method = AssignmentMethod::Auto,
                                        std::size_t maxHungarian = 64);

} // namespace msp::reconcile
