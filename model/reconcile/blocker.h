#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

namespace msp::reconcile {

// Blocking as a union of cheap keys: two records become a candidate pair when
// they share any key. Each key is a 64-bit hash per record (0: no key), so the
// cost is sorting, never an all-pairs pass.
struct BlockingKeys {
    std::vector<std::vector<std::uint64_t>> keys; // [key][record]
    // Orders the records of an oversized block so that similar ones sit side
    // by side (sorted-neighbourhood fallback).
    std::vector<std::uint64_t> sortKey;
    // Link: records [0, leftCount) are the left file, the rest the right one,
    // and only left-right pairs are made. Dedupe: leftCount is the total.
    std::uint32_t leftCount = 0;
    bool link = false;
};

struct BlockingOptions {
    // Blocks up to this size give all their pairs; larger ones (a common
    // postcode in a million records) give each record's `window` neighbours in
    // sortKey order, so the count of pairs stays linear.
    std::size_t maxBlock = 400;
    std::size_t window = 12;
};

struct BlockingStats {
    std::uint64_t candidatePairs = 0;
    double totalPairs = 0;
    double reductionRatio = 0; // 1 - candidates / all possible pairs
    std::uint64_t oversizedBlocks = 0;
};

struct CandidatePairs {
    // (a << 32) | b with a < b for dedupe; a left, b right (from 0) for link.
    std::vector<std::uint64_t> pairs;
    BlockingStats stats;
};

// Each pair once, in key order then block order (not sorted). The list is the
// same whatever the number of threads.
CandidatePairs candidatePairs(const BlockingKeys &keys, const BlockingOptions &options = {}, int threads = 1);

inline std::uint32_t pairFirst(std::uint64_t p)
{
    return std::uint32_t(p >> 32);
}
inline std::uint32_t pairSecond(std::uint64_t p)
{
    return std::uint32_t(p & 0xFFFFFFFFu);
}

} // namespace msp::reconcile
