#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace pqxx {
class connection_base;
class transaction_base;
} // namespace pqxx

namespace msp::server {

// The pull fence of this database (README.md, "The pull fence"). A pull
// serves rows with txid below the fence only; pg_snapshot_xmin would do, but
// it is cluster-wide, so a long transaction in another database of the
// cluster would hold back every device. The fence is read in a statement of
// its own before the pull query, in the same READ COMMITTED transaction:
//
//   bound   = min(xmax of that statement's snapshot, the xids of the running
//             transactions of our database: backends, then prepared ones)
//   others  = the running xids of other databases below the bound
//
// and the pull query (a later snapshot) uses greatest(bound, its own xmin),
// unless its snapshot still has a running xid below the bound that is not in
// `others`: that is a transaction we could not see, so that pull keeps to
// the cluster-wide xmin (never unsafe).
struct PullFence {
    std::uint64_t bound = 0;
    std::vector<std::uint64_t> others;

    // As parameters of the feed statements: $bound::xid8, $others::xid8[].
    std::string boundText() const { return std::to_string(bound); }
    std::string othersText() const;
};

// A 32-bit xid as the 64-bit one nearest to `reference` (the same epoch, or
// the one before or after it across a wraparound): running xids are always
// within 2^31 of the newest.
std::uint64_t fullXid(std::uint32_t xid, std::uint64_t reference);

struct RunningXid {
    std::uint32_t xid = 0;
    bool ourDatabase = false;
};

// The pure part: the bound and the other databases' xids below it.
PullFence computePullFence(std::uint64_t snapshotXmax, const std::vector<RunningXid> &running);

// Runs the two statements (backends first, then prepared transactions: a
// transaction being prepared is listed there before it leaves its backend).
PullFence readPullFence(pqxx::transaction_base &tx);
void preparePullFenceStatements(pqxx::connection_base &conn);

// The SQL of the fence for the current snapshot, given the parameters
// holding the bound and the others (e.g. "$5", "$6").
std::string pullFenceSql(const std::string &boundParam, const std::string &othersParam);

} // namespace msp::server
