#pragma once

#include "answerlanguage.h"
#include "config.h"
#include "logger.h"
#include "metrics.h"
#include "pullprefetch.h"
#include "pullsnapshots.h"
#include "ratelimiter.h"
#include "streamhub.h"
#include "tokens.h"
#include "workerpool.h"

#include <atomic>
#include <memory>

namespace msp::server {

// The long-lived services of one server process, built once in main().
struct Context {
    explicit Context(Config c)
        : config(std::move(c))
        , accountLimiter(config.loginMaxFailuresPerAccount, config.loginWindowSeconds)
        , addressLimiter(config.loginMaxFailuresPerAddress, config.loginWindowSeconds)
    {
    }
    Config config;
    AnswerLanguages languages;
    Logger log;
    Metrics metrics;
    RateLimiter accountLimiter;
    RateLimiter addressLimiter;
    StreamHub hub;
    std::unique_ptr<TokenSigner> signer;
    // Declared before the pool: jobs of the pool hold on to it.
    std::unique_ptr<PullPrefetch> prefetch; // none: pages are read when asked for
    std::unique_ptr<WorkerPool> pool;
    std::unique_ptr<PullSnapshots> snapshots; // first pulls; none: they read the feed
    std::string generation; // names this database in pull cursors
    std::atomic<bool> migrated {false};
};

} // namespace msp::server
