#include "reconfixture.h"

#include <QTest>

using namespace msp;
using namespace msp::test;
using namespace msp::reconcilestore;

// Imports: one transaction with its audit event, the same file twice adds
// nothing, overlapping exports add only their new rows, bad rows are reported
// with their line and do not stop the import.
class TestReconcileImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsRowsWithAuditEvent();
    void sameFileTwiceAddsNothing();
    void overlappingFileAddsOnlyNewRows();
    void identicalRowsInOneFileBothKept();
    void badRowsReportedWithLine_data();
    void badRowsReportedWithLine();
    void failureMidImportLeavesNothing();
    void presetsMapByHeaderAndSave();
    void frontDeskMayNotImport();
};

namespace {
qint64 rowCount(ReconFixture &f)
{
    return rawScalar(f.store(), "SELECT count(*) FROM reconcile_row;");
}
} // namespace

void TestReconcileImport::importsRowsWithAuditEvent()
{
    ReconFixture f;
    QCOMPARE(f.error, QString());
    const QByteArray csv = standardScenario(f);
    ImportRepository repo(f.store());
    const WriteCounts before = writeCounts(f.store());
    auto r = repo.importFile(adminActor(), f.request(csv));
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    QVERIFY(!r->sameFile);
    QCOMPARE(r->batch.rowCount, 6);
    QCOMPARE(r->batch.addedCount, 6);
    QCOMPARE(r->batch.duplicateCount, 0);
    QCOMPARE(rowCount(f), 6);
    QCOMPARE(lastAuditAction(f.store()), QStringLiteral("reconcile.import"));
    QCOMPARE(lastAuditEntity(f.store()), r->batch.id);
    QCOMPARE(lastOutboxName(f.store()), QStringLiteral("import_reconcile_file"));
    QCOMPARE(writeCounts(f.store()).audit, before.audit + 1);
    auto rows = repo.rows(0, 100000);
    QVERIFY(rows);
    QCOMPARE(rows->first().name, QStringLiteral("Ana Lopez"));
    QCOMPARE(rows->first().amountMinor, 6000);
    QCOMPARE(rows->first().reference, QStringLiteral("ALLE-1001"));
    auto batches = repo.batches();
    QVERIFY(batches);
    QCOMPARE(batches->size(), 1);
    QCOMPARE(batches->first().sha256.size(), 64);
    QCOMPARE(batches->first().importedBy, adminActor().userId);
}

void TestReconcileImport::sameFileTwiceAddsNothing()
{
    ReconFixture f;
    const QByteArray csv = standardScenario(f);
    ImportRepository repo(f.store());
    auto first = repo.importFile(adminActor(), f.request(csv));
    QVERIFY(first);
    const WriteCounts before = writeCounts(f.store());
    auto again = repo.importFile(adminActor(), f.request(csv));
    QVERIFY(again);
    QVERIFY(again->sameFile);
    QCOMPARE(again->batch.id, first->batch.id);
    QCOMPARE(rowCount(f), 6);
    QCOMPARE(writeCounts(f.store()), before);
    QCOMPARE(repo.batches()->size(), 1);
}

void TestReconcileImport::overlappingFileAddsOnlyNewRows()
{
    ReconFixture f;
    standardScenario(f);
    ImportRepository repo(f.store());
    const ReconFixture::PortalRow a {QStringLiteral("03/02/2026"), 0, QStringLiteral("60"), QStringLiteral("A-1")};
    const ReconFixture::PortalRow b {QStringLiteral("03/03/2026"), 1, QStringLiteral("40"), QStringLiteral("A-2")};
    const ReconFixture::PortalRow c {QStringLiteral("03/04/2026"), 2, QStringLiteral("80"), QStringLiteral("A-3")};
    QVERIFY(repo.importFile(adminActor(), f.request(f.alleCsv({a, b}))));
    // Next week's export repeats the last row, its amount written another way.
    const ReconFixture::PortalRow b2 {QStringLiteral("03/03/2026"), 1, QStringLiteral("$40.00"), QStringLiteral("A-2")};
    auto r = repo.importFile(adminActor(), f.request(f.alleCsv({b2, c})));
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    QVERIFY(!r->sameFile);
    QCOMPARE(r->batch.addedCount, 1);
    QCOMPARE(r->batch.duplicateCount, 1);
    QCOMPARE(rowCount(f), 3);
}

void TestReconcileImport::identicalRowsInOneFileBothKept()
{
    ReconFixture f;
    ImportRepository repo(f.store());
    const ReconFixture::PortalRow a {QStringLiteral("03/02/2026"), 0, QStringLiteral("60"), QString()};
    auto r = repo.importFile(adminActor(), f.request(f.alleCsv({a, a})));
    QVERIFY(r);
    QCOMPARE(r->batch.addedCount, 2);
    // An export holding the same two rows again adds nothing.
    auto again = repo.importFile(adminActor(), f.request(f.alleCsv({a, a}) + "\n"));
    QVERIFY(again);
    QVERIFY(!again->sameFile);
    QCOMPARE(again->batch.addedCount, 0);
    QCOMPARE(again->batch.duplicateCount, 2);
}

void TestReconcileImport::badRowsReportedWithLine_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<QString>("amount");
    QTest::addColumn<QString>("reason");
    QTest::newRow("not a date") << "next tuesday"
                                << "60"
                                << "not a date";
    QTest::newRow("impossible date") << "02/30/2026"
                                     << "60"
                                     << "not a date";
    QTest::newRow("not an amount") << "03/02/2026"
                                   << "sixty"
                                   << "not an amount";
}

void TestReconcileImport::badRowsReportedWithLine()
{
    QFETCH(QString, date);
    QFETCH(QString, amount);
    QFETCH(QString, reason);
    ReconFixture f;
    ImportRepository repo(f.store());
    const ReconFixture::PortalRow good {QStringLiteral("03/02/2026"), 0, QStringLiteral("60"), QStringLiteral("A-1")};
    const ReconFixture::PortalRow bad {date, 1, amount, QStringLiteral("A-2")};
    const ReconFixture::PortalRow after {QStringLiteral("03/04/2026"), 2, QStringLiteral("80"), QStringLiteral("A-3")};
    auto r = repo.importFile(adminActor(), f.request(f.alleCsv({good, bad, after})));
    QVERIFY2(r, r ? "" : qPrintable(r.error().message));
    QCOMPARE(r->batch.addedCount, 2);
    QCOMPARE(r->batch.issueCount, 1);
    QCOMPARE(r->issues.size(), size_t(1));
    QCOMPARE(r->issues.front().line, 3); // header is line 1
    QVERIFY2(r->issues.front().reason.contains(reason), qPrintable(r->issues.front().reason));
}

void TestReconcileImport::failureMidImportLeavesNothing()
{
    ReconFixture f;
    const QByteArray csv = standardScenario(f);
    ImportRepository repo(f.store());
    const WriteCounts before = writeCounts(f.store());
    QVERIFY(f.store().database().exec("CREATE TEMP TRIGGER inject_failure BEFORE INSERT ON main.reconcile_row "
                                      "WHEN NEW.line = 5 BEGIN SELECT RAISE(ABORT, 'injected failure'); END;"));
    auto r = repo.importFile(adminActor(), f.request(csv));
    QVERIFY(!r);
    QVERIFY2(r.error().message.contains(u"injected failure"), qPrintable(r.error().message));
    QVERIFY(f.store().database().exec("DROP TRIGGER temp.inject_failure;"));
    QCOMPARE(rowCount(f), 0);
    QCOMPARE(rawScalar(f.store(), "SELECT count(*) FROM reconcile_import;"), 0);
    QCOMPARE(writeCounts(f.store()), before);
    // The same file imports once the fault is gone: nothing half-done blocks it.
    auto again = repo.importFile(adminActor(), f.request(csv));
    QVERIFY(again);
    QVERIFY(!again->sameFile);
    QCOMPARE(rowCount(f), 6);
}

void TestReconcileImport::presetsMapByHeaderAndSave()
{
    ReconFixture f;
    ImportRepository repo(f.store());
    auto presets = repo.presets();
    QVERIFY(presets);
    QCOMPARE(presets->size(), 6);
    // A clinic's own export with renamed columns, mapped by hand and saved.
    const QByteArray csv = "When;Client;Paid;Voucher\n2026-03-02;Ana Lopez;60,00;V-1\n";
    auto table = reconcile::CsvTable::parse(csv);
    QVERIFY(table);
    QCOMPARE(table->delimiter(), ';');
    reconcile::ColumnMapping m;
    m.set(reconcile::Field::Date, 0);
    m.set(reconcile::Field::Memo, 1);
    m.set(reconcile::Field::Amount, 2);
    m.set(reconcile::Field::Reference, 3);
    ColumnPreset p;
    p.name = QStringLiteral("Spa voucher portal");
    p.source = Source::Aspire;
    p.headers = headersOf(*table, m);
    auto saved = repo.savePreset(adminActor(), p);
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
    QCOMPARE(lastAuditAction(f.store()), QStringLiteral("reconcile.preset_save"));
    presets = repo.presets();
    QCOMPARE(presets->size(), 7);
    const ColumnPreset back = presets->last();
    QCOMPARE(back.name, p.name);
    QCOMPARE(back.source, Source::Aspire);
    const reconcile::ColumnMapping again = mappingFor(*table, back);
    QCOMPARE(again.columns, m.columns);
    ImportRequest r;
    r.bytes = csv;
    r.source = Source::Aspire;
    r.mapping = again;
    auto imported = repo.importFile(adminActor(), r);
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
    QCOMPARE(imported->batch.addedCount, 1);
    QCOMPARE(repo.rows(0, 100000)->first().amountMinor, 6000);
    // A built-in name cannot be taken.
    p.name = QStringLiteral("Stripe payouts");
    QVERIFY(!repo.savePreset(adminActor(), p));
}

void TestReconcileImport::frontDeskMayNotImport()
{
    ReconFixture f;
    ImportRepository repo(f.store());
    auto r = repo.importFile(actorWithRole(Role::FrontDesk), f.request(standardScenario(f)));
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::NotPermitted);
    QCOMPARE(rowCount(f), 0);
}

QTEST_GUILESS_MAIN(TestReconcileImport)
#include "tst_reconcileimport.moc"
