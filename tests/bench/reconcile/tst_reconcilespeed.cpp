// Speed on two cores: 100k x 100k transactions, 100k and 1M people
// deduplicated, CSV import of 100k rows; peak memory from getrusage.

#include "benchsupport.h"
#include "generators.h"
#include "reconcile/csvtable.h"
#include "reconcile/personlinker.h"
#include "reconcile/recordimport.h"
#include "reconcile/transactionreconciler.h"

#include <QTest>

using namespace msp::reconcile;

class TestReconcileSpeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void transactions100k();
    void csvImport100k();
    void people100k();
    void people1M();
};

namespace {

void row(const char *what, double seconds, double cpu, double goal, std::size_t pairs)
{
    std::printf("%-28s %8.2f s  cpu %8.2f s  (goal %6.1f s)  %10zu candidate pairs  peak %7.1f MiB\n", what, seconds,
                cpu, goal, pairs, benchsupport::peakMemoryMiB());
}

// Wall time per stage, from the engine's progress reports, so a change can be
// told apart from noise on a shared machine.
struct Stages {
    QElapsedTimer clock;
    QString current;
    qint64 since = 0;
    std::vector<std::pair<QString, double>> seconds;

    ProgressCallback callback()
    {
        clock.start();
        return [this](const QString &stage, qint64, qint64) {
            if (stage == current)
                return;
            close();
            current = stage;
        };
    }
    void close()
    {
        const qint64 now = clock.nsecsElapsed();
        if (!current.isEmpty())
            seconds.emplace_back(current, double(now - since) / 1e9);
        since = now;
    }
    void print()
    {
        for (const auto &[stage, s] : seconds)
            std::printf("    %-30s %9.2f s\n", qPrintable(stage), s);
    }
};

} // namespace

void TestReconcileSpeed::transactions100k()
{
    const auto data = generators::transactions(100000, 99);
    QElapsedTimer t;
    t.start();
    const double cpu0 = benchsupport::cpuSeconds();
    Stages stages;
    ReconcileOptions options;
    options.progress = stages.callback();
    const auto result = reconcileTransactions(data.left, data.right, options);
    const double s = t.nsecsElapsed() / 1e9;
    const double cpu = benchsupport::cpuSeconds() - cpu0;
    row("transactions 100k x 100k", s, cpu, 3.0, result.blocking.candidatePairs);
    stages.print();
    benchsupport::figure("reconcile_100k_x_100k_seconds", s, "s");
    benchsupport::figure("reconcile_100k_x_100k_peak_memory", benchsupport::peakMemoryMiB(), "MiB");
    QVERIFY(result.matches.size() > 90000);
}

void TestReconcileSpeed::csvImport100k()
{
    const auto data = generators::transactions(100000, 5);
    QByteArray csv = "ID,Date,Amount,Payer,Product\n";
    for (const auto &x : data.left)
        csv += QByteArray::fromStdString(x.id) + ",2024-03-" + QByteArray::number(1 + x.day % 28) + ",\"$"
            + QByteArray::number(double(x.amount) / 100.0, 'f', 2) + "\"," + QByteArray::fromStdString(x.name) + ','
            + QByteArray::fromStdString(x.product) + '\n';
    QElapsedTimer t;
    t.start();
    const double cpu0 = benchsupport::cpuSeconds();
    const auto table = CsvTable::parse(csv);
    QVERIFY(table.isOk());
    const auto imported = importTransactions(*table, {"ID"});
    const double s = t.nsecsElapsed() / 1e9;
    const double cpu = benchsupport::cpuSeconds() - cpu0;
    QVERIFY(imported.isOk());
    QCOMPARE(imported->records.size(), data.left.size());
    row("CSV import 100k rows", s, cpu, 0, 0);
    benchsupport::figure("csv_import_100k_seconds", s, "s");
}

void TestReconcileSpeed::people100k()
{
    std::vector<std::uint32_t> entity;
    const auto records = generators::people(80000, 20000, 3, entity);
    QElapsedTimer t;
    t.start();
    const double cpu0 = benchsupport::cpuSeconds();
    Stages stages;
    LinkOptions options;
    options.progress = stages.callback();
    const auto result = dedupePeople(records, options);
    const double s = t.nsecsElapsed() / 1e9;
    const double cpu = benchsupport::cpuSeconds() - cpu0;
    row("people 100k deduplicated", s, cpu, 10.0, result.blocking.candidatePairs);
    stages.print();
    benchsupport::figure("dedupe_100k_seconds", s, "s");
    benchsupport::figure("dedupe_100k_peak_memory", benchsupport::peakMemoryMiB(), "MiB");
    QVERIFY(!result.pairs.empty());
}

void TestReconcileSpeed::people1M()
{
    std::vector<std::uint32_t> entity;
    const auto records = generators::people(800000, 200000, 4, entity);
    QElapsedTimer t;
    t.start();
    const double cpu0 = benchsupport::cpuSeconds();
    Stages stages;
    LinkOptions options;
    options.progress = stages.callback();
    const auto result = dedupePeople(records, options);
    const double s = t.nsecsElapsed() / 1e9;
    const double cpu = benchsupport::cpuSeconds() - cpu0;
    row("people 1M deduplicated", s, cpu, 120.0, result.blocking.candidatePairs);
    stages.print();
    benchsupport::figure("dedupe_1m_seconds", s, "s");
    benchsupport::figure("dedupe_1m_peak_memory", benchsupport::peakMemoryMiB(), "MiB");
    QVERIFY(!result.pairs.empty());
}

QTEST_GUILESS_MAIN(TestReconcileSpeed)
#include "tst_reconcilespeed.moc"
