#pragma once

#include <chrono>
#include <condition_variable>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <pqxx/result>
#include <string>
#include <tuple>

namespace pqxx {
class connection_base;
} // namespace pqxx

namespace msp::server {

class Metrics;
class WorkerPool;

// The next page of a first pull, read on another worker while the current
// one is on its way to the device (README.md, "A first pull"). A snapshot
// never changes, so the rows read ahead are exactly those the device's next
// request would read; the request still renews the snapshot, records where
// the device stands and audits what it is sent, as without a read-ahead.
//
// A request that finds its page queued but not started withdraws it and
// reads it itself: a worker never waits on a job that may be queued behind
// it.
class PullPrefetch
{
public:
    struct Key {
        std::string snapshot;
        std::string orgId;
        std::string txid;
        long long seq = 0;
        int limit = 0;
        bool operator<(const Key &o) const
        {
            return std::tie(snapshot, orgId, txid, seq, limit) < std::tie(o.snapshot, o.orgId, o.txid, o.seq, o.limit);
        }
    };
    using Read = std::function<pqxx::result(pqxx::connection_base &)>;

    // At most `capacity` pages held or being read (0: no read-ahead); a page
    // not taken within `keep` is dropped.
    PullPrefetch(int capacity, std::chrono::seconds keep, Metrics &metrics);
    PullPrefetch(const PullPrefetch &) = delete;
    PullPrefetch &operator=(const PullPrefetch &) = delete;

    // Reads `key`'s page with `read` on the pool, unless it is held or
    // being read already, or there is no room.
    void start(WorkerPool &pool, const Key &key, Read read);
    // The page read ahead for `key`; waits while a worker is reading it.
    // Nothing when none was started, it failed, or it had not started yet.
    std::optional<pqxx::result> take(const Key &key);
    // Forgets every page of a snapshot that ended.
    void drop(const std::string &snapshot);
    int held() const;

private:
    enum class State { Queued, Reading, Ready, Failed, Withdrawn };
    struct Page {
        State state = State::Queued;
        pqxx::result rows;
        std::chrono::steady_clock::time_point since;
    };
    void finish(const std::shared_ptr<Page> &page, State state, pqxx::result rows = {});
    bool makeRoom(); // with m_mutex held

    const int m_capacity;
    const std::chrono::seconds m_keep;
    Metrics &m_metrics;
    mutable std::mutex m_mutex;
    std::condition_variable m_finished;
    std::map<Key, std::shared_ptr<Page>> m_pages;
};

} // namespace msp::server
