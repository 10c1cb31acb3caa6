#pragma once

#include <cstdint>
#include <deque>
#include <mutex>
#include <string>
#include <unordered_map>

namespace msp::server {

// Failed-login limiter: at most `maxFailures` per key within `windowSeconds`.
// Kept per instance in memory, as the instance's first line; LoginLimits
// counts the same failures in the database so the limit holds across every
// instance behind a load balancer.
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
