#pragma once

#include <QString>

#include <optional>

namespace msp::sync {

// Where the rotating refresh token is kept between runs: the OS keychain in the
// app, memory in tests. Access tokens are short-lived and stay in memory.
class CredentialStore
{
public:
    virtual ~CredentialStore() = default;
    virtual std::optional<QString> refreshToken() = 0;
    virtual bool setRefreshToken(const QString &token) = 0; // empty clears it
};

class MemoryCredentialStore : public CredentialStore
{
public:
    std::optional<QString> refreshToken() override
    {
        return m_token.isEmpty() ? std::nullopt : std::optional<QString>(m_token);
    }
    bool setRefreshToken(const QString &token) override
    {
        m_token = token;
        return true;
    }

private:
    QString m_token;
};

} // namespace msp::sync
