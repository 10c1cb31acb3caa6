#include "metrics.h"

#include <cstdio>

namespace msp::server {

void Metrics::recordRequest(const std::string &route, int status, double seconds)
{
    std::lock_guard lock(m_mutex);
    ++m_requests[{route, status}];
    auto &h = m_latency[route];
    for (std::size_t i = 0; i < kBuckets.size(); ++i)
        if (seconds <= kBuckets[i])
            ++h.counts[i];
    ++h.count;
    h.sum += seconds;
}

void Metrics::addMutations(int applied, int rejected)
{
    m_applied += applied;
    m_rejected += rejected;
}

std::string Metrics::render() const
{
    std::string out;
    char buf[256];
    auto line = [&](const char *fmt, auto... args) {
        std::snprintf(buf, sizeof buf, fmt, args...);
        out += buf;
    };
    out += "# HELP medspasync_http_requests_total HTTP requests by route and status.\n"
           "# TYPE medspasync_http_requests_total counter\n";
    std::lock_guard lock(m_mutex);
    for (const auto &[key, n] : m_requests)
        line("medspasync_http_requests_total{route=\"%s\",status=\"%d\"} %ld\n", key.first.c_str(), key.second, n);
    out += "# HELP medspasync_http_request_duration_seconds Time from a whole request to its answer.\n"
           "# TYPE medspasync_http_request_duration_seconds histogram\n";
    for (const auto &[route, h] : m_latency) {
        for (std::size_t i = 0; i < kBuckets.size(); ++i)
            line("medspasync_http_request_duration_seconds_bucket{route=\"%s\",le=\"%g\"} %ld\n", route.c_str(),
                 kBuckets[i], h.counts[i]);
        line("medspasync_http_request_duration_seconds_bucket{route=\"%s\",le=\"+Inf\"} %ld\n", route.c_str(), h.count);
        line("medspasync_http_request_duration_seconds_sum{route=\"%s\"} %.6f\n", route.c_str(), h.sum);
        line("medspasync_http_request_duration_seconds_count{route=\"%s\"} %ld\n", route.c_str(), h.count);
    }
    auto simple = [&](const char *name, const char *type, const char *help, long value) {
        line("# HELP %s %s\n# TYPE %s %s\n%s %ld\n", name, help, name, type, name, value);
    };
    simple("medspasync_pushes_total", "counter", "Push requests served.", pushes.load());
    simple("medspasync_pulls_total", "counter", "Pull requests served.", pulls.load());
    simple("medspasync_pulled_rows_total", "counter", "Rows and tombstones served by pulls.", pulledRows.load());
    out += "# HELP medspasync_mutations_total Mutations by outcome.\n# TYPE medspasync_mutations_total counter\n";
    line("medspasync_mutations_total{outcome=\"applied\"} %ld\n", m_applied.load());
    line("medspasync_mutations_total{outcome=\"rejected\"} %ld\n", m_rejected.load());
    simple("medspasync_open_streams", "gauge", "Open WSS hint streams.", openStreams.load());
    simple("medspasync_stream_hints_total", "counter", "Pull hints sent on streams.", hintsSent.load());
    simple("medspasync_db_pool_size", "gauge", "Database worker connections.", dbPoolSize.load());
    simple("medspasync_db_pool_busy", "gauge", "Database workers running a job.", dbPoolBusy.load());
    simple("medspasync_db_queue_length", "gauge", "Jobs waiting for a database worker.", dbQueueLength.load());
    simple("medspasync_pull_snapshots_open", "gauge", "First-pull snapshots this instance holds open.",
           pullSnapshotsOpen.load());
    simple("medspasync_pull_snapshots_opened_total", "counter", "First-pull snapshots opened by this instance.",
           pullSnapshotsOpened.load());
    simple("medspasync_pull_snapshots_full_total", "counter",
           "First pulls served from the change feed because this instance held its most snapshots.",
           pullSnapshotsFull.load());
    simple("medspasync_pull_snapshots_expired_total", "counter",
           "Pulls answered 410 because their snapshot was closed.", pullSnapshotsExpired.load());
    out += "# HELP medspasync_pull_read_ahead_total First-pull pages read ahead: used, or not (asked for before the "
           "read started, failed, or never asked for).\n# TYPE medspasync_pull_read_ahead_total counter\n";
    line("medspasync_pull_read_ahead_total{outcome=\"used\"} %ld\n", pullPagesReadAhead.load());
    line("medspasync_pull_read_ahead_total{outcome=\"unused\"} %ld\n", pullPagesReadAheadUnused.load());
    return out;
}

} // namespace msp::server
