#pragma once

#include <cstdint>
#include <optional>
#include <string>

namespace msp::server {

// What an access token asserts. The device's token epoch is checked against
// the database on every request, so revoking a device or detecting a reused
// refresh token ends every access token it holds at once.
struct AccessClaims {
    std::string userId;
    std::string orgId;
    std::string deviceId;
    std::string role;
    int epoch = 0;
    std::int64_t expiresAt = 0; // unix seconds
};

enum class TokenCheck { Valid, Malformed, BadSignature, Expired };

// Compact HMAC-SHA256 signed tokens: base64url(claims JSON) "." base64url(mac).
class TokenSigner
{
public:
    explicit TokenSigner(std::string key);
    std::string sign(const AccessClaims &claims) const;
    TokenCheck verify(const std::string &token, std::int64_t now, AccessClaims &out) const;

private:
    std::string m_key;
};

std::string randomToken(int bytes = 32); // base64url
std::string sha256Hex(const std::string &data);
std::int64_t unixNow();

} // namespace msp::server
