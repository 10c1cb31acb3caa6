#pragma once

#include <cstdint>
#include <utility>
#include <vector>

namespace msp::server {

using Interval = std::pair<std::int64_t, std::int64_t>; // [start, end) in ms

// The next `count` start times at or after `from`, on `stepMs` boundaries
// counted from `from`, where [t, t + durationMs) overlaps none of `busy`
// (sorted by start) and ends before `horizon`.
std::vector<Interval> nextFreeSlots(std::int64_t from, std::int64_t durationMs, const std::vector<Interval> &busy,
                                    std::int64_t stepMs, int count, std::int64_t horizon);

} // namespace msp::server
