// Accuracy on generated clinic data: checkout lines against reward
// redemptions and card payouts, and people with FEBRL-style duplicates.

#include "benchsupport.h"
#include "generators.h"
#include "reconcile/personlinker.h"
#include "reconcile/transactionreconciler.h"

#include <QTest>

#include <set>

using namespace msp::reconcile;

class TestGeneratedAccuracy : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void transactions();
    void people();
};

void TestGeneratedAccuracy::transactions()
{
    const auto data = generators::transactions(
        qEnvironmentVariableIntValue("RECON_N") > 0 ? size_t(qEnvironmentVariableIntValue("RECON_N")) : 20000, 2024);
    QElapsedTimer timer;
    timer.start();
    ReconcileOptions options;
    options.splits = qEnvironmentVariableIsEmpty("RECON_NOSPLIT");
    QElapsedTimer stageTimer;
    stageTimer.start();
    if (!qEnvironmentVariableIsEmpty("RECON_STAGES"))
        options.progress = [&](const QString &stage, qint64, qint64) {
            std::printf("  %7.2f s  %s\n", stageTimer.nsecsElapsed() / 1e9, qPrintable(stage));
        };
    const ReconcileResult result = reconcileTransactions(data.left, data.right, options);
    const double seconds = timer.nsecsElapsed() / 1e9;
    const std::set<std::pair<std::uint32_t, std::uint32_t>> truth(data.truth.begin(), data.truth.end());
    std::size_t predicted = 0;
    std::size_t tp = 0;
    for (const auto &m : result.matches)
        for (const auto a : m.left)
            for (const auto b : m.right) {
                ++predicted;
                tp += truth.count({a, b});
            }
    if (!qEnvironmentVariableIsEmpty("RECON_MISSED")) {
        std::set<std::pair<std::uint32_t, std::uint32_t>> got;
        for (const auto &m : result.matches)
            for (const auto a : m.left)
                for (const auto b : m.right)
                    got.emplace(a, b);
        int shown = 0;
        for (const auto &[a, b] : data.truth) {
            if (got.count({a, b}) || shown++ > 12)
                continue;
            std::printf("missed: %d %lld '%s' '%s' | %d %lld '%s' '%s'\n", data.left[a].day,
                        (long long)data.left[a].amount, data.left[a].name.c_str(), data.left[a].product.c_str(),
                        data.right[b].day, (long long)data.right[b].amount, data.right[b].name.c_str(),
                        data.right[b].product.c_str());
        }
    }
    std::size_t covered = 0;
    const auto candidates = transactionCandidates(data.left, data.right);
    const std::set<std::uint64_t> cand(candidates.pairs.begin(), candidates.pairs.end());
    for (const auto &[a, b] : data.truth)
        covered += cand.count((std::uint64_t(a) << 32) | b);
    const auto acc = benchsupport::accuracy(double(tp), double(predicted), double(truth.size()));
    std::printf("\nGenerated rewards/POS and payouts: %zu x %zu, %zu true links, %llu candidate pairs\n",
                data.left.size(), data.right.size(), truth.size(), (unsigned long long)candidates.stats.candidatePairs);
    std::printf("%-28s %10.4f\n%-28s %10.4f\n%-28s %10.4f\n%-28s %10.4f\n%-28s %10.6f\n%-28s %10.3f\n", "precision",
                acc.precision, "recall", acc.recall, "F1", acc.f1, "pair completeness",
                double(covered) / double(truth.size()), "reduction ratio", candidates.stats.reductionRatio, "seconds",
                seconds);
    std::printf("EM: %d iterations, prior %.4f, capped %d, no matches %d\n", result.em.iterations, result.em.prior,
                int(result.em.priorCapped), int(result.em.noMatches));
    for (int c = 0; c < result.model.comparisonCount(); ++c) {
        std::printf("  %-10s", qPrintable(result.model.comparisons()[size_t(c)].name));
        for (int l = 1; l < result.model.levelCount(c); ++l)
            std::printf(" %s %+.1f", qPrintable(result.model.comparisons()[size_t(c)].levels[l]),
                        result.model.levelWeight(c, l));
        std::printf("\n");
    }
    benchsupport::figure("generated_transactions_precision", acc.precision, "ratio");
    benchsupport::figure("generated_transactions_recall", acc.recall, "ratio");
    benchsupport::figure("generated_transactions_f1", acc.f1, "ratio");
    benchsupport::figure("generated_transactions_pair_completeness", double(covered) / double(truth.size()), "ratio");
    benchsupport::figure("generated_transactions_reduction_ratio", candidates.stats.reductionRatio, "ratio");
    QVERIFY(acc.f1 > 0.9);
}

void TestGeneratedAccuracy::people()
{
    std::vector<std::uint32_t> entity;
    const auto records = generators::people(16000, 4000, 77, entity);
    const LinkResult result = dedupePeople(records);
    std::size_t tp = 0;
    for (const auto &p : result.pairs)
        tp += entity[p.a] == entity[p.b];
    std::unordered_map<std::uint32_t, std::size_t> sizes;
    for (const auto e : entity)
        ++sizes[e];
    double truth = 0;
    for (const auto &[e, n] : sizes)
        truth += double(n) * double(n - 1) / 2;
    const auto acc = benchsupport::accuracy(double(tp), double(result.pairs.size()), truth);
    std::printf("\nGenerated people: %zu records, %.0f true pairs, %llu candidate pairs\n", records.size(), truth,
                (unsigned long long)result.blocking.candidatePairs);
    std::printf("%-28s %10.4f\n%-28s %10.4f\n%-28s %10.4f\n", "precision", acc.precision, "recall", acc.recall, "F1",
                acc.f1);
    benchsupport::figure("generated_people_precision", acc.precision, "ratio");
    benchsupport::figure("generated_people_recall", acc.recall, "ratio");
    benchsupport::figure("generated_people_f1", acc.f1, "ratio");
    QVERIFY(acc.f1 > 0.9);
}

QTEST_GUILESS_MAIN(TestGeneratedAccuracy)
#include "tst_generatedaccuracy.moc"
