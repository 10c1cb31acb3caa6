#pragma once

#include <chrono>
#include <condition_variable>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>

namespace pqxx {
class connection_base;
} // namespace pqxx

namespace msp::server {

struct Config;
class Logger;
class Metrics;
class WorkerPool;

// The snapshots first pulls page through (README.md, "A first pull"). Each is
// a REPEATABLE READ READ ONLY transaction kept open on a connection of its
// own after pg_export_snapshot(); every page imports it (SET TRANSACTION
// SNAPSHOT) on any worker connection of any instance. The table
// pull_snapshots (migration 6) says which are still in use: pages renew
// their row, the last page deletes it, and a periodic sweep closes what this
// instance holds once its row is gone or expired.
class PullSnapshots
{
public:
    PullSnapshots(const Config &config, Metrics &metrics, Logger &log);
    ~PullSnapshots();
    PullSnapshots(const PullSnapshots &) = delete;
    PullSnapshots &operator=(const PullSnapshots &) = delete;

    // Exports a snapshot for a clinic's first pull and records it through
    // `conn` with the feed position to hand over to. Nothing when this
    // instance holds its most already or no connection could be made: the
    // caller then pulls the change feed from its start.
    std::optional<std::string> open(pqxx::connection_base &conn, const std::string &orgId);
    // Ends the snapshot if this instance holds it.
    void close(const std::string &id);
    // Closes every held snapshot whose row is gone or expired, and deletes
    // expired rows (also those of instances that died).
    void sweep(pqxx::connection_base &conn);
    int held() const;

    // Posts a sweep to the pool at a period that follows the idle limit.
    void startSweeper(WorkerPool &pool);
    void stopSweeper();

private:
    struct Exporter; // the connection whose transaction exported the snapshot
    struct Held {
        std::unique_ptr<Exporter> exporter;
        Held();
        Held(std::unique_ptr<Exporter> e);
        Held(Held &&) noexcept;
        Held &operator=(Held &&) noexcept;
        ~Held();
    };
    std::unique_ptr<Exporter> exportSnapshot(const std::string &bound, const std::string &others, std::string &id,
                                             std::string &handover);
    void publish();

    const Config &m_config;
    Metrics &m_metrics;
    Logger &m_log;
    mutable std::mutex m_mutex;
    std::map<std::string, Held> m_held;
    int m_reserved = 0;
    std::condition_variable m_wake;
    bool m_stopping = false;
    std::thread m_sweeper;
};

} // namespace msp::server
