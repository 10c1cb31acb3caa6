#include "reconcilestore/importrepository.h"

#include "store/auditlog.h"
#include "store/clinicstore.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/permissions.h"
#include "store/query.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>

#include <unordered_map>

namespace msp::reconcilestore {

using reconcile::Field;

namespace {
QString cellText(const reconcile::CsvTable &t, const reconcile::ColumnMapping &m, qsizetype row, Field f)
{
    const int c = m.column(f);
    if (c < 0 || row < 0)
        return {};
    const auto v = t.cell(row, c);
    return QString::fromUtf8(v.data(), qsizetype(v.size())).trimmed();
}

ImportBatch readBatch(const store::Query &q)
{
    ImportBatch b;
    b.id = q.id(0);
    b.sha256 = q.text(1);
    b.fileName = q.text(2);
    b.source = sourceFromKey(q.text(3)).value_or(Source::Pos);
    b.presetId = q.id(4);
    b.rowCount = q.int64(5);
    b.addedCount = q.int64(6);
    b.duplicateCount = q.int64(7);
    b.issueCount = q.int64(8);
    b.importedBy = q.id(9);
    b.importedAt = q.dateTime(10);
    return b;
}

constexpr const char *kBatchColumns = "SELECT id, file_sha256, file_name, source, preset_id, row_count, added_count, "
                                      "duplicate_count, issue_count, imported_by, imported_at FROM reconcile_import ";
} // namespace

Result<std::optional<ImportBatch>> ImportRepository::batchWithSha(const QString &sha)
{
    const QByteArray sql = QByteArray(kBatchColumns) + "WHERE file_sha256 = ?1 ORDER BY imported_at LIMIT 1;";
    auto q = m_store.database().prepare(sql.constData());
    if (!q)
        return q.error();
    q->bind(1, sha);
    auto row = q->next();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<ImportBatch>();
    return std::optional<ImportBatch>(readBatch(*q));
}

Result<ImportReport> ImportRepository::importFile(const Actor &actor, const ImportRequest &r)
{
    MSP_TRY(store::requirePermission(actor, Permission::Reconcile));
    ImportReport report;
    const QString sha = QString::fromLatin1(QCryptographicHash::hash(r.bytes, QCryptographicHash::Sha256).toHex());
    auto earlier = batchWithSha(sha);
    if (!earlier)
        return earlier.error();
    if (*earlier) {
        report.batch = **earlier;
        report.sameFile = true;
        return report;
    }
    auto table = reconcile::CsvTable::parse(r.bytes);
    if (!table)
        return table.error();
    auto imported = reconcile::importTransactions(*table, r.mapping, r.options);
    if (!imported)
        return imported.error();
    report.summary = imported->summary;
    report.issues = imported->summary.issues;

    QHash<qint64, qsizetype> rowOfLine;
    for (qsizetype i = 0; i < table->rowCount(); ++i)
        rowOfLine.insert(table->lineOf(i), i);

    ImportBatch &b = report.batch;
    b.id = EntityId::generate();
    b.sha256 = sha;
    b.fileName = r.fileName;
    b.source = r.source;
    b.presetId = r.presetId;
    b.rowCount = imported->summary.rowsRead;
    b.issueCount = qint64(report.issues.size());
    b.importedBy = actor.userId;
    b.importedAt = QDateTime::currentDateTimeUtc();

    store::Database &db = m_store.database();
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto qb = db.prepare("INSERT INTO reconcile_import (id, file_sha256, file_name, source, preset_id, row_count, "
                         "added_count, duplicate_count, issue_count, imported_by, imported_at) "
                         "VALUES (?1,?2,?3,?4,?5,?6,0,0,?7,?8,?9);");
    if (!qb)
        return qb.error();
    MSP_TRY(qb->bind(1, b.id)
                .bind(2, b.sha256)
                .bind(3, b.fileName)
                .bind(4, sourceKey(b.source))
                .bind(5, b.presetId)
                .bind(6, b.rowCount)
                .bind(7, b.issueCount)
                .bind(8, b.importedBy)
                .bind(9, b.importedAt)
                .run());
    const QString side = sideOf(r.source) == Side::Left ? QStringLiteral("left") : QStringLiteral("right");
    std::unordered_map<std::uint64_t, qint64> occurrences;
    QJsonArray added;
    for (const reconcile::TransactionRecord &x : imported->records) {
        const qsizetype row = rowOfLine.value(x.line, -1);
        ImportedRow out;
        out.id = EntityId::generate();
        out.externalId = r.mapping.has(Field::Id) ? QString::fromStdString(x.id) : QString();
        out.name = cellText(*table, r.mapping, row, Field::Memo);
        if (out.name.isEmpty())
            out.name = QString(cellText(*table, r.mapping, row, Field::GivenName) + u' '
                               + cellText(*table, r.mapping, row, Field::Surname))
                           .trimmed();
        out.product = cellText(*table, r.mapping, row, Field::Product);
        out.reference = cellText(*table, r.mapping, row, Field::Reference);
        auto q = db.prepare("INSERT OR IGNORE INTO reconcile_row (id, import_id, side, source, line, external_id, day, "
                            "amount_minor, name, product, reference, fingerprint, occurrence) "
                            "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13);");
        if (!q)
            return q.error();
        MSP_TRY(q->bind(1, out.id)
                    .bind(2, b.id)
                    .bind(3, side)
                    .bind(4, sourceKey(r.source))
                    .bind(5, qint64(x.line))
                    .bind(6, out.externalId)
                    .bind(7, x.day)
                    .bind(8, qint64(x.amount))
                    .bind(9, out.name)
                    .bind(10, out.product)
                    .bind(11, out.reference)
                    .bind(12, qint64(x.fingerprint))
                    .bind(13, ++occurrences[x.fingerprint])
                    .run());
        if (db.changes() == 0) {
            ++b.duplicateCount;
            continue;
        }
        ++b.addedCount;
        added.append(QJsonObject {{QStringLiteral("id"), out.id.toString()},
                                  {QStringLiteral("day"), x.day},
                                  {QStringLiteral("amount_minor"), qint64(x.amount)},
                                  {QStringLiteral("name"), out.name},
                                  {QStringLiteral("product"), out.product},
                                  {QStringLiteral("reference"), out.reference}});
    }
    auto qc = db.prepare("UPDATE reconcile_import SET added_count = ?2, duplicate_count = ?3 WHERE id = ?1;");
    if (!qc)
        return qc.error();
    MSP_TRY(qc->bind(1, b.id).bind(2, b.addedCount).bind(3, b.duplicateCount).run());
    // Counts only: the rows hold client names and amounts.
    MSP_TRY(m_store.audit().append(actor, QStringLiteral("reconcile.import"), QStringLiteral("reconcile_import"), b.id,
                                   QStringLiteral("source: %1, rows: %2, added: %3, already imported: %4, problems: %5")
                                       .arg(sourceKey(b.source))
                                       .arg(b.rowCount)
                                       .arg(b.addedCount)
                                       .arg(b.duplicateCount)
                                       .arg(b.issueCount)));
    auto m = m_store.outbox().enqueue(QStringLiteral("import_reconcile_file"), b.id,
                                      {{QStringLiteral("source"), sourceKey(b.source)},
                                       {QStringLiteral("file_sha256"), b.sha256},
                                       {QStringLiteral("rows"), added}});
    if (!m)
        return m.error();
    MSP_TRY(tx->commit());
    return report;
}

Result<QList<ImportBatch>> ImportRepository::batches()
{
    const QByteArray sql = QByteArray(kBatchColumns) + "ORDER BY imported_at DESC, id DESC;";
    auto q = m_store.database().prepare(sql.constData());
    if (!q)
        return q.error();
    return store::collectRows<ImportBatch>(*q, readBatch);
}

namespace {
constexpr const char *kRowColumns
    = "SELECT id, import_id, source, line, external_id, day, amount_minor, name, product, "
      "reference FROM reconcile_row ";

ImportedRow readRow(const store::Query &r)
{
    ImportedRow x;
    x.id = r.id(0);
    x.importId = r.id(1);
    x.source = sourceFromKey(r.text(2)).value_or(Source::Pos);
    x.line = r.int64(3);
    x.externalId = r.text(4);
    x.day = int(r.int64(5));
    x.amountMinor = r.int64(6);
    x.name = r.text(7);
    x.product = r.text(8);
    x.reference = r.text(9);
    return x;
}
} // namespace

Result<QList<ImportedRow>> ImportRepository::rows(int fromDay, int toDay)
{
    const QByteArray sql = QByteArray(kRowColumns) + "WHERE day BETWEEN ?1 AND ?2 ORDER BY day, line, id;";
    auto q = m_store.database().prepare(sql.constData());
    if (!q)
        return q.error();
    q->bind(1, fromDay).bind(2, toDay);
    return store::collectRows<ImportedRow>(*q, readRow);
}

Result<std::optional<ImportedRow>> ImportRepository::row(const EntityId &id)
{
    const QByteArray sql = QByteArray(kRowColumns) + "WHERE id = ?1;";
    auto q = m_store.database().prepare(sql.constData());
    if (!q)
        return q.error();
    q->bind(1, id);
    auto next = q->next();
    if (!next)
        return next.error();
    if (!*next)
        return std::optional<ImportedRow>();
    return std::optional<ImportedRow>(readRow(*q));
}

Result<std::optional<std::pair<int, int>>> ImportRepository::dayRange(const EntityId &importId)
{
    auto q = m_store.database().prepare("SELECT min(day), max(day), count(*) FROM reconcile_row WHERE import_id = ?1;");
    if (!q)
        return q.error();
    q->bind(1, importId);
    auto next = q->next();
    if (!next)
        return next.error();
    if (!*next || q->int64(2) == 0)
        return std::optional<std::pair<int, int>>();
    return std::optional<std::pair<int, int>>(std::pair {int(q->int64(0)), int(q->int64(1))});
}

} // namespace msp::reconcilestore
