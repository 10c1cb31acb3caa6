#include "store/migrations.h"

#include "store/database.h"
#include "store/schema.h"
#include "store/storeerrors.h"
#include "store/transaction.h"

#include <QLoggingCategory>

#include <array>

Q_DECLARE_LOGGING_CATEGORY(lcStore)

namespace msp::store {

namespace {
struct Migration {
    int version;
    Result<void> (*apply)(Database &);
};

constexpr std::array kMigrations {
    Migration {1, &applySchemaV1}, // the initial clinic schema
    Migration {2, &applySchemaV2}, // client search index (FTS4)
    Migration {3, &applySchemaV3}, // scheduling: buffered blocks, series, waitlist, fees
    Migration {4, &applySchemaV4}, // sync: stable push ids, the "Needs attention" inbox
    Migration {5, &applySchemaV5}, // checkout: payments, refunds, deposits
    Migration {6, &applySchemaV6}, // client search: folded sort keys, docids in name order, prefix indexes
    Migration {7, &applySchemaV7}, // reconciliation: imports, rows, presets, decisions, learnt models
    Migration {8, &applySchemaV8}, // duplicate clients: merged marker, merge journal for undo
    Migration {9, &applySchemaV9}, // checkout: Stripe payment and payout state from the server's webhooks
    Migration {10, &applySchemaV10}, // scheduling: a covering busy-block index, unused block indexes dropped
    Migration {11, &applySchemaV11}, // reconciliation: a decision can be undone (kept, marked, no longer counted)
    Migration {12, &applySchemaV12}, // checkout: a refund may return a deposit (no invoice)
    Migration {13, &applySchemaV13}, // sync: payments and refunds made on another device are marked
    Migration {14, &applySchemaV14}, // sync: cheaper appointment inserts (block trigger, series index)
};
} // namespace

int latestSchemaVersion()
{
    return kMigrations.back().version;
}

Result<void> migrate(Database &db, int target)
{
    if (target < 0)
        target = latestSchemaVersion();
    auto current = db.userVersion();
    if (!current)
        return current.error();
    if (*current > latestSchemaVersion())
        return tooNewError(db.path(), *current, latestSchemaVersion());
    for (const Migration &m : kMigrations) {
        if (m.version <= *current || m.version > target)
            continue;
        auto tx = Transaction::begin(db);
        if (!tx)
            return tx.error();
        MSP_TRY(m.apply(db));
        MSP_TRY(db.setUserVersion(m.version));
        MSP_TRY(tx->commit());
        qCInfo(lcStore) << "store migrated to schema" << m.version;
    }
    return ok();
}

} // namespace msp::store
