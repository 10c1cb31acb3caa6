#pragma once

#include <cstdint>
#include <unordered_map>

namespace msp::reconcile {

// A comparison vector: the agreement level of each comparison, four bits
// each, comparison 0 in the lowest bits. Level 0 means "missing on either
// side" and carries no evidence; level 1 is "different"; higher levels agree
// more closely.
using Pattern = std::uint64_t;

constexpr int kMaxComparisons = 16;
constexpr int kMaxLevels = 16;

inline int levelOf(Pattern p, int comparison)
{
    return int((p >> (4 * comparison)) & 0xF);
}

inline Pattern withLevel(Pattern p, int comparison, int level)
{
    const int shift = 4 * comparison;
    return (p & ~(Pattern(0xF) << shift)) | (Pattern(level & 0xF) << shift);
}

// How many candidate pairs showed each pattern. EM runs on these counts, so
// its cost depends on the number of distinct patterns, not of pairs.
using PatternCounts = std::unordered_map<Pattern, double>;

} // namespace msp::reconcile
