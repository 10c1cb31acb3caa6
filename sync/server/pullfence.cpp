#include "pullfence.h"

#include <algorithm>
#include <pqxx/pqxx>

namespace msp::server {

std::string PullFence::othersText() const
{
    std::string out = "{";
    for (std::size_t i = 0; i < others.size(); ++i) {
        if (i)
            out += ',';
        out += std::to_string(others[i]);
    }
    return out + '}';
}

std::uint64_t fullXid(std::uint32_t xid, std::uint64_t reference)
{
    const auto low = std::uint32_t(reference);
    const std::uint32_t behind = low - xid; // modulo 2^32
    if (behind <= 0x80000000u && behind <= reference)
        return reference - behind;
    return reference + std::uint32_t(xid - low);
}

PullFence computePullFence(std::uint64_t snapshotXmax, const std::vector<RunningXid> &running)
{
    PullFence f;
    f.bound = snapshotXmax;
    for (const auto &r : running)
        if (r.ourDatabase)
            f.bound = std::min(f.bound, fullXid(r.xid, snapshotXmax));
    for (const auto &r : running) {
        const auto full = fullXid(r.xid, snapshotXmax);
        if (!r.ourDatabase && full < f.bound)
            f.others.push_back(full);
    }
    std::sort(f.others.begin(), f.others.end());
    f.others.erase(std::unique(f.others.begin(), f.others.end()), f.others.end());
    return f;
}

void preparePullFenceStatements(pqxx::connection_base &c)
{
    // backend_xid is shown for every role's backends (PostgreSQL 15, checked
    // with an unprivileged role); datid too.
    c.prepare("fence_backends",
              "SELECT pg_snapshot_xmax(pg_current_snapshot())::text, a.backend_xid::text, "
              "a.datid = (SELECT oid FROM pg_database WHERE datname = current_database()) "
              "FROM (SELECT 1) one LEFT JOIN pg_stat_activity a ON a.backend_xid IS NOT NULL");
    c.prepare("fence_prepared", "SELECT transaction::text, database = current_database() FROM pg_prepared_xacts");
}

PullFence readPullFence(pqxx::transaction_base &tx)
{
    const auto backends = tx.exec_prepared("fence_backends");
    const auto xmax = backends[0][0].as<std::uint64_t>();
    std::vector<RunningXid> running;
    for (const auto &row : backends)
        if (!row[1].is_null())
            running.push_back({row[1].as<std::uint32_t>(), !row[2].is_null() && row[2].as<bool>()});
    for (const auto &row : tx.exec_prepared("fence_prepared"))
        running.push_back({row[0].as<std::uint32_t>(), row[1].as<bool>()});
    return computePullFence(xmax, running);
}

std::string pullFenceSql(const std::string &boundParam, const std::string &othersParam)
{
    const std::string bound = boundParam + "::xid8";
    return "CASE WHEN EXISTS (SELECT 1 FROM pg_snapshot_xip(pg_current_snapshot()) x WHERE x < " + bound
        + " AND x <> ALL (" + othersParam + "::xid8[])) THEN pg_snapshot_xmin(pg_current_snapshot()) ELSE greatest("
        + bound + ", pg_snapshot_xmin(pg_current_snapshot())) END";
}

} // namespace msp::server
