#include "freeslots.h"

namespace msp::server {

std::vector<Interval> nextFreeSlots(std::int64_t from, std::int64_t durationMs, const std::vector<Interval> &busy,
                                    std::int64_t stepMs, int count, std::int64_t horizon)
{
    std::vector<Interval> out;
    std::int64_t t = from;
    while (int(out.size()) < count && t + durationMs <= horizon) {
        const Interval *blocking = nullptr;
        for (const auto &b : busy) {
            if (b.first >= t + durationMs)
                break;
            if (b.second > t) {
                blocking = &b;
                break;
            }
        }
        if (!blocking) {
            out.push_back({t, t + durationMs});
            t += durationMs; // offer distinct times, not three overlapping ones
            continue;
        }
        // Jump past the blocking booking to the next step boundary.
        const std::int64_t behind = blocking->second - from;
        t = from + ((behind + stepMs - 1) / stepMs) * stepMs;
    }
    return out;
}

} // namespace msp::server
