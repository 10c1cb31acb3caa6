#pragma once

#include <string>

namespace pqxx {
class connection_base;
class transaction_base;
} // namespace pqxx

namespace msp::server {

struct Context;

// Failed sign-ins per account and per address, counted in the database so
// the limits hold across every instance of the server (schemav5.h). The
// in-memory RateLimiter stays in front as the instance's own first line.
class LoginLimits
{
public:
    LoginLimits(const Context &ctx, const std::string &account, const std::string &address);

    // Seconds to wait before trying again, or 0 when a try is allowed.
    int retryAfter(pqxx::transaction_base &tx) const;
    // Counts one failure for both keys (and forgets failures a day old).
    void recordFailure(pqxx::transaction_base &tx) const;
    // A successful sign-in forgets the account's failures.
    void reset(pqxx::transaction_base &tx) const;

    static void prepare(pqxx::connection_base &conn);

private:
    int wait(pqxx::transaction_base &tx, const std::string &keyHash, int maxFailures) const;

    std::string m_account;
    std::string m_address;
    int m_maxAccount;
    int m_maxAddress;
    int m_window;
};

} // namespace msp::server
