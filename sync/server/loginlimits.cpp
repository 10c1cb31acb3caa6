#include "loginlimits.h"

#include "context.h"
#include "tokens.h"

#include <algorithm>
#include <pqxx/pqxx>

namespace msp::server {

LoginLimits::LoginLimits(const Context &ctx, const std::string &account, const std::string &address)
    : m_account(sha256Hex("account:" + account))
    , m_address(sha256Hex("address:" + address))
    , m_maxAccount(ctx.config.loginMaxFailuresPerAccount)
    , m_maxAddress(ctx.config.loginMaxFailuresPerAddress)
    , m_window(ctx.config.loginWindowSeconds)
{
}

void LoginLimits::prepare(pqxx::connection_base &conn)
{
    // The failure that must leave the window before a try is allowed again:
    // the max-th most recent one. No row: under the limit.
    conn.prepare("login_failure_wait",
                 "SELECT ceil(extract(epoch FROM at + make_interval(secs => $2) - clock_timestamp()))::int + 1 "
                 "FROM login_failures WHERE key_hash = $1 AND at > clock_timestamp() - make_interval(secs => $2) "
                 "ORDER BY at DESC OFFSET $3 - 1 LIMIT 1");
    conn.prepare("login_failure_add", "INSERT INTO login_failures (key_hash) VALUES ($1), ($2)");
    conn.prepare("login_failure_prune", "DELETE FROM login_failures WHERE at < clock_timestamp() - interval '1 day'");
    conn.prepare("login_failure_reset", "DELETE FROM login_failures WHERE key_hash = $1");
}

int LoginLimits::wait(pqxx::transaction_base &tx, const std::string &keyHash, int maxFailures) const
{
    const auto r = tx.exec_prepared("login_failure_wait", keyHash, m_window, maxFailures);
    return r.empty() ? 0 : std::max(1, r[0][0].as<int>());
}

int LoginLimits::retryAfter(pqxx::transaction_base &tx) const
{
    return std::max(wait(tx, m_account, m_maxAccount), wait(tx, m_address, m_maxAddress));
}

void LoginLimits::recordFailure(pqxx::transaction_base &tx) const
{
    tx.exec_prepared("login_failure_add", m_account, m_address);
    tx.exec_prepared("login_failure_prune");
}

void LoginLimits::reset(pqxx::transaction_base &tx) const
{
    tx.exec_prepared("login_failure_reset", m_account);
}

} // namespace msp::server
