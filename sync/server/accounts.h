#pragma once

#include "domain/result.h"

#include <string>

namespace pqxx {
class transaction_base;
}

namespace msp::server {

struct NewAccount {
    std::string userId;
    std::string password; // shown once
    std::string otpauthUri;
};

// Creates a user with a random one-time password and a TOTP secret.
Result<NewAccount> createAccount(pqxx::transaction_base &tx, const std::string &orgId, const std::string &orgName,
                                 const std::string &email, const std::string &role, int argon2MemoryKiB);

// `medspasync-server init`: a clinic and its first admin, printed to stdout.
int runInit(const std::string &conninfo, const std::string &orgName, const std::string &adminEmail,
            int argon2MemoryKiB);

// The token key and generation id, made on first start and kept in the database.
struct ServerSecrets {
    std::string tokenKey;
    std::string generation;
};
Result<ServerSecrets> loadServerSecrets(const std::string &conninfo, const std::string &configuredKeyHex);

} // namespace msp::server
