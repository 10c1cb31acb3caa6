#include "accounts.h"
#include "app.h"
#include "context.h"
#include "httpserver.h"
#include "migrations.h"
#include "notifylistener.h"

#include <QCoreApplication>

#include <cstdio>

using namespace msp::server;

int main(int argc, char **argv)
{
    QCoreApplication qapp(argc, argv);
    auto parsed = parseConfig(QCoreApplication::arguments());
    if (!parsed) {
        std::fprintf(stderr, "medspasync-server: %s\n", qPrintable(parsed.error().message));
        return 2;
    }
    if (parsed->helpRequested) {
        std::printf("%s", qPrintable(parsed->helpText));
        return 0;
    }
    const Config &config = parsed->config;
    if (config.init)
        return runInit(config.database, config.initOrg, config.initAdminEmail, config.argon2MemoryKiB);

    Context ctx(config);
    auto migrated = migrate(config.database);
    if (!migrated) {
        ctx.log.error("migration_failed", {{"error", migrated.error().message.toStdString()}});
        return 1;
    }
    ctx.migrated = true;
    auto secrets = loadServerSecrets(config.database, config.tokenKeyHex);
    if (!secrets) {
        ctx.log.error("startup_failed", {{"error", secrets.error().message.toStdString()}});
        return 1;
    }
    ctx.signer = std::make_unique<TokenSigner>(secrets->tokenKey);
    ctx.generation = secrets->generation;
    ctx.log.info("migrated", {{"schema_version", std::to_string(*migrated)}, {"generation", ctx.generation}});
    ctx.pool = std::make_unique<WorkerPool>(config.database, config.dbWorkers, 10000, ctx.metrics);
    ctx.snapshots = std::make_unique<PullSnapshots>(ctx.config, ctx.metrics, ctx.log);
    ctx.snapshots->startSweeper(*ctx.pool);
    if (config.pullReadAhead > 0)
        ctx.prefetch = std::make_unique<PullPrefetch>(
            config.pullSnapshotsMax, std::chrono::seconds(config.pullSnapshotIdleSeconds), ctx.metrics);
    NotifyListener listener(ctx);
    listener.start();
    App app(ctx);
    auto served = runHttpServer(app);
    listener.stop();
    ctx.snapshots->stopSweeper();
    ctx.pool->stop();
    if (!served) {
        ctx.log.error("serve_failed", {{"error", served.error().message.toStdString()}});
        return 1;
    }
    return 0;
}
