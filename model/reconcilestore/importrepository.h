#pragma once

#include "domain/result.h"
#include "domain/user.h"
#include "reconcile/recordimport.h"
#include "reconcilestore/columnpreset.h"

#include <QDateTime>
#include <QList>

#include <optional>
#include <utility>

namespace msp::store {
class ClinicStore;
}

namespace msp::reconcilestore {

struct ImportRequest {
    QString fileName; // shown in the list of imports; the path is not kept
    QByteArray bytes;
    Source source = Source::Pos;
    EntityId presetId;
    reconcile::ColumnMapping mapping;
    reconcile::ImportOptions options;
};

struct ImportBatch {
    EntityId id;
    QString sha256; // of the file's bytes, hex
    QString fileName;
    Source source = Source::Pos;
    EntityId presetId;
    qint64 rowCount = 0; // data rows read
    qint64 addedCount = 0;
    qint64 duplicateCount = 0; // rows an earlier import already holds
    qint64 issueCount = 0;
    EntityId importedBy;
    QDateTime importedAt;
};

struct ImportReport {
    ImportBatch batch; // the new batch; the earlier one when sameFile
    bool sameFile = false; // this exact file was imported before: nothing added
    std::vector<reconcile::RowIssue> issues; // bad rows, reported and left out
    reconcile::ImportSummary summary;
};

// One money movement read from an imported file. Text as the file wrote it;
// the matcher folds it.
struct ImportedRow {
    EntityId id;
    EntityId importId;
    Source source = Source::Pos;
    qint64 line = 0;
    QString externalId;
    int day = 0; // days since 1970-01-01
    qint64 amountMinor = 0;
    QString name;
    QString product;
    QString reference;
};

// Imported files, their rows and the saved column-mapping presets. An import
// is one transaction with its audit event: a failure part-way leaves nothing.
class ImportRepository
{
public:
    explicit ImportRepository(store::ClinicStore &store)
        : m_store(store)
    {
    }

    // Bad rows land in the report's issues and do not stop the import. The
    // same file again, or rows an overlapping file already brought, add
    // nothing and are counted.
    Result<ImportReport> importFile(const Actor &actor, const ImportRequest &request);
    Result<QList<ImportBatch>> batches();
    // Rows dated within [fromDay, toDay].
    Result<QList<ImportedRow>> rows(int fromDay, int toDay);
    Result<std::optional<ImportedRow>> row(const EntityId &id);
    // The first and last day of the rows an import added (days since
    // 1970-01-01); nothing when it added none (every row already imported).
    Result<std::optional<std::pair<int, int>>> dayRange(const EntityId &importId);

    // The built-in presets, then the clinic's own by name.
    Result<QList<ColumnPreset>> presets();
    // Saves under the preset's name (replacing a saved one of that name).
    Result<ColumnPreset> savePreset(const Actor &actor, ColumnPreset preset);

private:
    Result<std::optional<ImportBatch>> batchWithSha(const QString &sha);
    store::ClinicStore &m_store;
};

} // namespace msp::reconcilestore
