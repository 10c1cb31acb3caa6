#pragma once

#include <array>
#include <atomic>
#include <map>
#include <mutex>
#include <string>

namespace msp::server {

// Prometheus counters, gauges and histograms kept in memory and rendered as
// text exposition format at /metrics.
class Metrics
{
public:
    void recordRequest(const std::string &route, int status, double seconds);
    void addMutations(int applied, int rejected);

    std::atomic<long> pushes {0};
    std::atomic<long> pulls {0};
    std::atomic<long> pulledRows {0};
    std::atomic<long> openStreams {0};
    std::atomic<long> hintsSent {0};
    std::atomic<long> dbPoolSize {0};
    std::atomic<long> dbPoolBusy {0};
    std::atomic<long> dbQueueLength {0};
    std::atomic<long> pullSnapshotsOpen {0};
    std::atomic<long> pullSnapshotsOpened {0};
    std::atomic<long> pullSnapshotsFull {0};
    std::atomic<long> pullSnapshotsExpired {0};
    std::atomic<long> pullPagesReadAhead {0}; // served from a read-ahead
    std::atomic<long> pullPagesReadAheadUnused {0}; // asked for before it started, failed, or never asked for

    std::string render() const;

private:
    static constexpr std::array<double, 12> kBuckets {0.001, 0.0025, 0.005, 0.01, 0.025, 0.05,
                                                      0.1,   0.25,   0.5,   1.0,  2.5,   5.0};
    struct Histogram {
        std::array<long, kBuckets.size()> counts {};
        long count = 0;
        double sum = 0;
    };
    mutable std::mutex m_mutex;
    std::map<std::pair<std::string, int>, long> m_requests;
    std::map<std::string, Histogram> m_latency;
    std::atomic<long> m_applied {0};
    std::atomic<long> m_rejected {0};
};

} // namespace msp::server
