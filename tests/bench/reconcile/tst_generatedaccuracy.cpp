// Accuracy on generated clinic data: checkout lines against reward
// redemptions and card payouts, and people with FEBRL-style duplicates.

#include "benchsupport.h"
#include "generators.h"
#include "reconcile/personlinker.h"
#include "reconcile/transactionreconciler.h"

#include <QTest>

#include <map>
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
        // Why each missed planted pair was missed.
        const TransactionComparator cmp(data.left, data.right, options.fees);
        std::vector<int> leftTo(data.left.size(), -1);
        std::vector<int> rightTo(data.right.size(), -1);
        std::vector<bool> leftSplit(data.left.size(), false);
        std::vector<bool> rightSplit(data.right.size(), false);
        for (const auto &m : result.matches) {
            if (m.isSplit()) {
                for (const auto a : m.left)
                    leftSplit[a] = true;
                for (const auto b : m.right)
                    rightSplit[b] = true;
                continue;
            }
            leftTo[m.left.front()] = int(m.right.front());
            rightTo[m.right.front()] = int(m.left.front());
        }
        std::vector<int> truthOfLeft(data.left.size(), -1);
        for (const auto &[a, b] : data.truth)
            truthOfLeft[a] = int(b);
        std::map<std::string, int> why;
        std::map<std::string, int> patternsMissed;
        for (const auto &[a, b] : data.truth) {
            if (got.count({a, b}))
                continue;
            const Pattern p = cmp.compare(a, b);
            const double prob = result.model.probability(result.model.weight(p));
            std::string reason;
            if (leftSplit[a] || rightSplit[b])
                reason = "taken by a split";
            else if (prob < options.threshold && (leftTo[a] >= 0 || rightTo[b] >= 0))
                reason = "weak, an item matched elsewhere";
            else if (prob < options.threshold)
                reason = "weak, left open";
            else if (leftTo[a] >= 0 || rightTo[b] >= 0)
                reason = "assignment chose another";
            else
                reason = "other";
            ++why[reason];
            char key[64];
            std::snprintf(key, sizeof key, "A%d D%d N%d P%d p=%.3f", levelOf(p, 0), levelOf(p, 1), levelOf(p, 2),
                          levelOf(p, 3), prob);
            ++patternsMissed[reason + " " + key];
        }
        int eliminated = 0;
        int eliminatedRight = 0;
        for (const auto &m : result.matches) {
            if (!m.byElimination)
                continue;
            ++eliminated;
            eliminatedRight += truth.count({m.left.front(), m.right.front()}) ? 1 : 0;
        }
        std::printf("matched by elimination %d, of which true %d\n", eliminated, eliminatedRight);
        for (const auto &m : result.matches) {
            if (m.isSplit() || truth.count({m.left.front(), m.right.front()}))
                continue;
            const auto a = m.left.front();
            const auto b = m.right.front();
            std::printf("false: %s p=%.3f %d %lld '%s' '%s' | %d %lld '%s' '%s'\n",
                        m.byElimination ? "eliminated" : "assigned", m.probability, data.left[a].day,
                        (long long)data.left[a].amount, data.left[a].name.c_str(), data.left[a].product.c_str(),
                        data.right[b].day, (long long)data.right[b].amount, data.right[b].name.c_str(),
                        data.right[b].product.c_str());
        }
        for (const auto &[k, v] : why)
            std::printf("missed because %-28s %d\n", k.c_str(), v);
        for (const auto &[k, v] : patternsMissed)
            std::printf("  %-60s %d\n", k.c_str(), v);
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
    std::printf("EM: %d iterations, converged %d, prior %.4f, capped %d, no matches %d\n", result.em.iterations,
                int(result.em.converged), result.em.prior, int(result.em.priorCapped), int(result.em.noMatches));
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
    benchsupport::figure("generated_transactions_em_iterations", result.em.iterations, "iterations");
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
    std::printf("EM: %d iterations, converged %d\n", result.em.iterations, int(result.em.converged));
    benchsupport::figure("generated_people_f1", acc.f1, "ratio");
    benchsupport::figure("generated_people_em_iterations", result.em.iterations, "iterations");
    QVERIFY(acc.f1 > 0.9);
}

QTEST_GUILESS_MAIN(TestGeneratedAccuracy)
#include "tst_generatedaccuracy.moc"
