#include "migrations.h"

#include "schema.h"
#include "schemav2.h"
#include "schemav3.h"
#include "schemav4.h"
#include "schemav5.h"
#include "schemav6.h"

#include <QCoreApplication>

#include <iterator>
#include <pqxx/pqxx>

namespace msp::server {

namespace {
// Any constant shared by every instance; it names the migration lock.
constexpr long long kMigrationLock = 0x4d53505359'4e43LL;
const char *const kMigrations[] = {kSchemaV1, kSchemaV2, kSchemaV3, kSchemaV4, kSchemaV5, kSchemaV6};
static_assert(std::size(kMigrations) == std::size_t(kSchemaVersion));
} // namespace

Result<int> migrate(const std::string &conninfo)
{
    try {
        pqxx::connection conn(conninfo);
        pqxx::work tx(conn);
        tx.exec_params("SELECT pg_advisory_xact_lock($1)", kMigrationLock);
        tx.exec("CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, "
                "applied_at timestamptz NOT NULL DEFAULT now())");
        const int current = tx.exec1("SELECT coalesce(max(version), 0) FROM schema_migrations")[0].as<int>();
        if (current > kSchemaVersion)
            return Error::make(ErrorCode::StoreTooNew,
                               QCoreApplication::translate("msp::server",
                                                           "The database has schema version %1, newer than this "
                                                           "server (%2); run the newer server.")
                                   .arg(current)
                                   .arg(kSchemaVersion));
        for (int v = current + 1; v <= kSchemaVersion; ++v) {
            tx.exec(kMigrations[v - 1]);
            tx.exec_params("INSERT INTO schema_migrations (version) VALUES ($1)", v);
        }
        tx.commit();
        return kSchemaVersion;
    } catch (const std::exception &e) {
        return Error::make(ErrorCode::StoreIo,
                           QCoreApplication::translate("msp::server", "Could not migrate the database: %1")
                               .arg(QString::fromUtf8(e.what())));
    }
}

} // namespace msp::server
