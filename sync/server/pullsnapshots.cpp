#include "pullsnapshots.h"

#include "config.h"
#include "logger.h"
#include "metrics.h"
#include "pullfence.h"
#include "workerpool.h"

#include <algorithm>
#include <pqxx/pqxx>
#include <set>
#include <vector>

namespace msp::server {

struct PullSnapshots::Exporter {
    explicit Exporter(const std::string &conninfo)
        : conn(conninfo)
    {
    }
    pqxx::connection conn; // closing it ends the transaction
};

PullSnapshots::Held::Held() = default;
PullSnapshots::Held::Held(std::unique_ptr<Exporter> e)
    : exporter(std::move(e))
{
}
PullSnapshots::Held::Held(Held &&) noexcept = default;
PullSnapshots::Held &PullSnapshots::Held::operator=(Held &&) noexcept = default;
PullSnapshots::Held::~Held() = default;

PullSnapshots::PullSnapshots(const Config &config, Metrics &metrics, Logger &log)
    : m_config(config)
    , m_metrics(metrics)
    , m_log(log)
{
}

PullSnapshots::~PullSnapshots()
{
    stopSweeper();
    std::map<std::string, Held> held;
    {
        std::lock_guard lock(m_mutex);
        held.swap(m_held);
    }
    held.clear(); // closing a connection ends its transaction
    publish();
}

std::optional<std::string> PullSnapshots::open(pqxx::connection_base &conn, const std::string &orgId)
{
    {
        std::lock_guard lock(m_mutex);
        if (int(m_held.size()) + m_reserved >= m_config.pullSnapshotsMax) {
            ++m_metrics.pullSnapshotsFull;
            return std::nullopt;
        }
        ++m_reserved;
    }
    struct Release {
        PullSnapshots &self;
        ~Release()
        {
            std::lock_guard lock(self.m_mutex);
            --self.m_reserved;
        }
    } release {*this};

    // The fence is read before the snapshot is taken: a transaction of our
    // database that is not in the snapshot was then either running (so the
    // bound is at most its xid) or not started (so its xid is past the
    // snapshot's xmax, which is past the bound).
    PullFence fence;
    {
        pqxx::work tx(conn, "pull_snapshot_fence");
        fence = readPullFence(tx);
        tx.commit();
    }
    std::string id;
    std::string handover;
    auto own = exportSnapshot(fence.boundText(), fence.othersText(), id, handover);
    if (!own)
        return std::nullopt;
    {
        pqxx::work tx(conn, "pull_snapshot_add");
        tx.exec_prepared("pull_snapshot_add", id, orgId, handover, m_config.pullSnapshotIdleSeconds,
                         m_config.pullSnapshotMaxAgeSeconds);
        tx.commit();
    }
    {
        std::lock_guard lock(m_mutex);
        m_held[id] = Held {std::move(own)};
    }
    ++m_metrics.pullSnapshotsOpened;
    publish();
    m_log.info("pull_snapshot_opened", {{"snapshot", id}, {"org_id", orgId}});
    return id;
}

std::unique_ptr<PullSnapshots::Exporter> PullSnapshots::exportSnapshot(const std::string &bound,
                                                                       const std::string &others, std::string &id,
                                                                       std::string &handover)
{
    try {
        auto own = std::make_unique<Exporter>(m_config.database);
        pqxx::nontransaction nt(own->conn);
        nt.exec("SET application_name = 'medspasync-server pull snapshot'");
        // Should this process hang, PostgreSQL ends the transaction itself
        // a minute after the snapshot's greatest age.
        nt.exec("SET idle_in_transaction_session_timeout = "
                + std::to_string((m_config.pullSnapshotMaxAgeSeconds + 60) * 1000LL));
        // Read only and without writes it never takes an xid, so it holds
        // back no one's fence (only VACUUM, until it is closed).
        nt.exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY");
        // The handover is the fence of the snapshot itself: every row it
        // does not show has a txid at or past it.
        const auto row
            = nt.exec_params1("SELECT pg_export_snapshot(), (" + pullFenceSql("$1", "$2") + ")::text", bound, others);
        id = row[0].as<std::string>();
        handover = row[1].as<std::string>();
        return own;
    } catch (const std::exception &e) {
        m_log.warn("pull_snapshot_failed", {{"error", e.what()}});
        return nullptr;
    }
}

void PullSnapshots::close(const std::string &id)
{
    std::unique_ptr<Exporter> exporter;
    {
        std::lock_guard lock(m_mutex);
        const auto it = m_held.find(id);
        if (it == m_held.end())
            return;
        exporter = std::move(it->second.exporter);
        m_held.erase(it);
    }
    exporter.reset();
    publish();
    m_log.info("pull_snapshot_closed", {{"snapshot", id}});
}

void PullSnapshots::sweep(pqxx::connection_base &conn)
{
    std::string ids = "{";
    {
        std::lock_guard lock(m_mutex);
        for (const auto &[id, held] : m_held)
            ids += (ids.size() > 1 ? "," : "") + id;
    }
    ids += '}';
    std::set<std::string> alive;
    {
        pqxx::work tx(conn, "pull_snapshot_sweep");
        for (const auto &row : tx.exec_prepared("pull_snapshot_sweep", ids))
            alive.insert(row[0].as<std::string>());
        tx.commit();
    }
    std::vector<std::string> ended;
    {
        std::lock_guard lock(m_mutex);
        for (const auto &[id, held] : m_held)
            if (!alive.count(id))
                ended.push_back(id);
    }
    for (const auto &id : ended)
        close(id);
}

int PullSnapshots::held() const
{
    std::lock_guard lock(m_mutex);
    return int(m_held.size());
}

void PullSnapshots::publish()
{
    m_metrics.pullSnapshotsOpen = held();
}

void PullSnapshots::startSweeper(WorkerPool &pool)
{
    const auto period = std::chrono::milliseconds(std::clamp(m_config.pullSnapshotIdleSeconds * 500, 200, 5000));
    m_sweeper = std::thread([this, &pool, period] {
        std::unique_lock lock(m_mutex);
        while (!m_stopping) {
            m_wake.wait_for(lock, period, [this] { return m_stopping; });
            if (m_stopping)
                break;
            lock.unlock();
            pool.post([this](pqxx::connection_base &conn) { sweep(conn); },
                      [this](const std::string &why) {
                          m_log.warn("pull_snapshot_sweep_failed", {{"error", why}});
                      });
            lock.lock();
        }
    });
}

void PullSnapshots::stopSweeper()
{
    {
        std::lock_guard lock(m_mutex);
        m_stopping = true;
    }
    m_wake.notify_all();
    if (m_sweeper.joinable())
        m_sweeper.join();
}

} // namespace msp::server
