#include "ratelimiter.h"

namespace msp::server {

RateLimiter::RateLimiter(int maxFailures, int windowSeconds)
    : m_max(maxFailures)
    , m_window(windowSeconds)
{
}

void RateLimiter::prune(std::deque<std::int64_t> &times, std::int64_t now) const
{
    while (!times.empty() && times.front() <= now - m_window)
        times.pop_front();
}

int RateLimiter::retryAfter(const std::string &key, std::int64_t now)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_failures.find(key);
    if (it == m_failures.end())
        return 0;
    prune(it->second, now);
    if (int(it->second.size()) < m_max)
        return 0;
    return int(it->second.front() + m_window - now) + 1;
}

void RateLimiter::recordFailure(const std::string &key, std::int64_t now)
{
    std::lock_guard lock(m_mutex);
    auto &times = m_failures[key];
    prune(times, now);
    times.push_back(now);
}

void RateLimiter::reset(const std::string &key)
{
    std::lock_guard lock(m_mutex);
    m_failures.erase(key);
}

} // namespace msp::server
