#pragma once

#include "domain/result.h"

#include <QStringList>

#include <string>
#include <vector>

namespace msp::server {

// Everything the server reads at start. Sources, later ones winning: the file
// named by --config (lines "key = value"), MEDSPASYNC_<KEY> environment
// variables, then command-line flags --key value.
struct Config {
    std::string listenHost = "127.0.0.1";
    int listenPort = 8443;
    std::string database; // libpq connection string
    std::string tlsCert;
    std::string tlsKey;
    std::string tokenKeyHex; // empty: made and kept in the database on first start
    int accessTtlSeconds = 900;
    int refreshTtlSeconds = 30 * 24 * 3600;
    // How long a just-used refresh token may be presented once more (its
    // answer was lost) before a second use counts as theft.
    int refreshGraceSeconds = 60;
    int dbWorkers = 4;
    int ioThreads = 2;
    std::size_t bodyLimitBytes = 16 * 1024 * 1024;
    int readTimeoutSeconds = 30;
    int loginMaxFailuresPerAccount = 5;
    int loginMaxFailuresPerAddress = 20;
    int loginWindowSeconds = 900;
    int pullPageSize = 1000;
    // A first pull pages through one exported snapshot (pullsnapshots.h):
    // closed when no page came for this long, at the latest at the age,
    // and at most this many held open by one instance (0: never).
    int pullSnapshotIdleSeconds = 120;
    int pullSnapshotMaxAgeSeconds = 3600;
    int pullSnapshotsMax = 16;
    // Whether the next page of a first pull is read while the current one
    // is sent (pullprefetch.h); 0: not.
    int pullReadAhead = 1;
    int argon2MemoryKiB = 19 * 1024;
    // Stripe webhook signing secrets (whsec_...): two while one is rolled.
    std::vector<std::string> stripeWebhookSecrets;

    // `init` subcommand
    bool init = false;
    std::string initOrg;
    std::string initAdminEmail;
};

struct ConfigParse {
    Config config;
    bool helpRequested = false;
    QString helpText;
};

Result<ConfigParse> parseConfig(const QStringList &arguments);

} // namespace msp::server
