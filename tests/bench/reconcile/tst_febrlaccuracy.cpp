// Accuracy of duplicate-person detection on the FEBRL sets, without the
// soc_sec_id column (clinic data has no such identifier).

#include "benchsupport.h"
#include "reconcile/csvtable.h"
#include "reconcile/personblocker.h"
#include "reconcile/personlinker.h"
#include "reconcile/recordimport.h"

#include <QDir>
#include <QFileInfo>
#include <QTest>

#include <set>
#include <string>

using namespace msp::reconcile;

class TestFebrlAccuracy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void dedupe_data();
    void dedupe();
};

namespace {

// "rec-12-dup-0" and "rec-12-org" are person 12.
std::string entityOf(const std::string &id)
{
    const auto first = id.find('-');
    const auto second = id.find('-', first + 1);
    return id.substr(first + 1, second - first - 1);
}

} // namespace

void TestFebrlAccuracy::dedupe_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("dataset1") << QStringLiteral("dataset1.csv");
    QTest::newRow("dataset2") << QStringLiteral("dataset2.csv");
}

void TestFebrlAccuracy::dedupe()
{
    QFETCH(QString, file);
    const QString path = QStringLiteral(MEDSPASYNC_SHARED_DATA "/febrl/") + file;
    if (!QFileInfo::exists(path))
        QSKIP("FEBRL data not present beside the project (../shared/data/febrl)");
    auto table = CsvTable::readFile(path);
    QVERIFY2(table.isOk(), qPrintable(table.isOk() ? QString() : table.error().message));
    auto imported = importPeople(*table, {"rec_id"});
    QVERIFY(imported.isOk());
    const auto &people = imported->records;
    QVERIFY(!imported->summary.mapping.has(Field::Reference));

    // Truth: every pair of records of one person.
    std::set<std::pair<std::uint32_t, std::uint32_t>> truth;
    for (std::uint32_t i = 0; i < people.size(); ++i)
        for (std::uint32_t j = i + 1; j < people.size(); ++j)
            if (entityOf(people[i].id) == entityOf(people[j].id))
                truth.emplace(i, j);

    QElapsedTimer timer;
    timer.start();
    const auto blocked = candidatePairs(personBlockingKeys(people, nullptr));
    std::size_t found = 0;
    for (const auto p : blocked.pairs)
        found += truth.count({pairFirst(p), pairSecond(p)});
    const double pairCompleteness = truth.empty() ? 1.0 : double(found) / double(truth.size());

    const LinkResult result = dedupePeople(people);
    const double seconds = timer.nsecsElapsed() / 1e9;
    std::size_t tp = 0;
    for (const auto &p : result.pairs)
        tp += truth.count({p.a, p.b});
    const auto acc = benchsupport::accuracy(double(tp), double(result.pairs.size()), double(truth.size()));

    const std::string name = QFileInfo(file).baseName().toStdString();
    std::printf("\nFEBRL %s: %zu records, %zu true pairs, %llu candidate pairs, EM %d iterations, prior %.5f%s\n",
                name.c_str(), people.size(), truth.size(), (unsigned long long)blocked.stats.candidatePairs,
                result.em.iterations, result.em.prior, result.em.noMatches ? " (guard tripped)" : "");
    std::printf("%-28s %10s\n", "figure", "value");
    std::printf("%-28s %10.4f\n", "precision", acc.precision);
    std::printf("%-28s %10.4f\n", "recall", acc.recall);
    std::printf("%-28s %10.4f\n", "F1", acc.f1);
    std::printf("%-28s %10.4f\n", "pair completeness", pairCompleteness);
    std::printf("%-28s %10.6f\n", "reduction ratio", blocked.stats.reductionRatio);
    std::printf("%-28s %10.3f\n", "seconds", seconds);
    benchsupport::figure(("febrl_" + name + "_precision").c_str(), acc.precision, "ratio");
    benchsupport::figure(("febrl_" + name + "_recall").c_str(), acc.recall, "ratio");
    benchsupport::figure(("febrl_" + name + "_f1").c_str(), acc.f1, "ratio");
    benchsupport::figure(("febrl_" + name + "_pair_completeness").c_str(), pairCompleteness, "ratio");
    benchsupport::figure(("febrl_" + name + "_reduction_ratio").c_str(), blocked.stats.reductionRatio, "ratio");
    benchsupport::figure(("febrl_" + name + "_peak_memory").c_str(), benchsupport::peakMemoryMiB(), "MiB");
    QVERIFY(pairCompleteness > 0.95);
}

QTEST_GUILESS_MAIN(TestFebrlAccuracy)
#include "tst_febrlaccuracy.moc"
