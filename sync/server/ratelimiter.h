#pragma once

#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>

namespace msp::server {

// Failed-login limiter: at most `maxFailures` per key within `windowSeconds`.
// Kept per instance in memory; behind a load balancer each instance limits on
// its own, which still bounds guessing to instances x limit.
class RateLimiter
{
public:
    RateLimiter(int maxFailures, int windowSeconds);
    // Seconds to wait before trying again, or 0 when allowed.
    int retryAfter(const std::string &key, std::int64_t now);
    void recordFailure(const std::string &key, std::int64_t now);
    void reset(const std::string &key);

private:
    void prune(std::deque<std::int64_t> &times, std::int64_t now) const;
    int m_max;
    int m_window;
    std::mutex m_mutex;
    std::unordered_map<std::string, std::deque<std::int64_t>> m_failures;
};

} // namespace msp::server
