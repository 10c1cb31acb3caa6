#include "generators.h"
#include "reconcile/fellegisunter.h"
#include "reconcile/personlinker.h"
#include "reconcile/transactionreconciler.h"

#include <QTest>

#include <random>

using namespace msp::reconcile;

class TestFellegiSunter : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void emRecoversKnownMixture();
    void emConvergesWhereLevelsArePooled();
    void emConvergesOnGeneratedData();
    void guardTripsOnDataWithoutMatches();
    void guardCapsRunawayPrior();
    void refineLearnsFromDecisions();
    void weightsAndProbability();
    void jsonRoundTrip();
};

namespace {

std::vector<ComparisonSpec> threeComparisons()
{
    const auto spec = [](const char *name) {
        return ComparisonSpec {
            QString::fromLatin1(name),
            {QStringLiteral("missing"), QStringLiteral("different"), QStringLiteral("close"), QStringLiteral("same")}};
    };
    return {spec("a"), spec("b"), spec("c")};
}

// Pattern counts drawn from a two-class mixture with the given m and u.
PatternCounts sample(double prior, const double m[3][3], const double u[3][3], int n, std::uint32_t seed,
                     double missing = 0.0)
{
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> uni(0, 1);
    PatternCounts counts;
    for (int i = 0; i < n; ++i) {
        const bool match = uni(rng) < prior;
        Pattern p = 0;
        for (int c = 0; c < 3; ++c) {
            const double *probs = match ? m[c] : u[c];
            double r = uni(rng);
            int level = 1;
            for (int l = 0; l < 3; ++l) {
                if (r < probs[l]) {
                    level = l + 1;
                    break;
                }
                r -= probs[l];
            }
            if (uni(rng) < missing)
                level = 0;
            p = withLevel(p, c, level);
        }
        counts[p] += 1;
    }
    return counts;
}

constexpr double kM[3][3] = {{0.05, 0.15, 0.80}, {0.10, 0.10, 0.80}, {0.02, 0.08, 0.90}};
constexpr double kU[3][3] = {{0.85, 0.10, 0.05}, {0.90, 0.07, 0.03}, {0.95, 0.04, 0.01}};

} // namespace

void TestFellegiSunter::emRecoversKnownMixture()
{
    FellegiSunter model(threeComparisons());
    const PatternCounts counts = sample(0.2, kM, kU, 200000, 42, 0.05);
    const EmReport r = model.estimate(counts);
    QVERIFY(r.converged);
    QVERIFY(!r.noMatches);
    QVERIFY(!r.priorCapped);
    QVERIFY2(std::abs(r.prior - 0.2) < 0.01, qPrintable(QString::number(r.prior)));
    for (int c = 0; c < 3; ++c) {
        for (int l = 0; l < 3; ++l) {
            QVERIFY2(std::abs(model.m(c, l + 1) - kM[c][l]) < 0.02,
                     qPrintable(QStringLiteral("m %1 %2: %3").arg(c).arg(l).arg(model.m(c, l + 1))));
            QVERIFY(std::abs(model.u(c, l + 1) - kU[c][l]) < 0.02);
        }
    }
}

// When a closer level is rarer among matches than a looser one, the two are
// pooled to keep the weights monotone. EM's raw update then differs from the
// pooled value by the same amount at every iteration; the convergence test
// used to compare those two, so EM never converged and ran to its cap.
void TestFellegiSunter::emConvergesWhereLevelsArePooled()
{
    constexpr double m[3][3] = {{0.10, 0.01, 0.89}, {0.10, 0.10, 0.80}, {0.02, 0.08, 0.90}};
    constexpr double u[3][3] = {{0.80, 0.19, 0.01}, {0.90, 0.07, 0.03}, {0.95, 0.04, 0.01}};
    FellegiSunter model(threeComparisons());
    const EmOptions options;
    const EmReport r = model.estimate(sample(0.2, m, u, 100000, 5), options);
    QCOMPARE(model.m(0, 1), model.m(0, 2)); // "different" and "close" pooled
    QVERIFY(r.converged);
    QVERIFY2(r.iterations < options.maxIterations / 4, qPrintable(QString::number(r.iterations)));
    QVERIFY(std::abs(r.prior - 0.2) < 0.01);
}

// Checkout lines against reward redemptions and card payouts, and people with
// duplicates, as the benches generate them: EM settles well before its cap.
// (On the transactions one m starts near zero and plain EM needs about 300
// iterations to grow it; the steps are extrapolated.)
void TestFellegiSunter::emConvergesOnGeneratedData()
{
    const EmOptions defaults;
    const auto t = generators::transactions(5000, 2024);
    const ReconcileResult transactions = reconcileTransactions(t.left, t.right);
    QVERIFY(transactions.em.converged);
    QVERIFY(!transactions.em.noMatches);
    QVERIFY2(transactions.em.iterations < defaults.maxIterations / 2,
             qPrintable(QString::number(transactions.em.iterations)));
    std::vector<std::uint32_t> entity;
    const LinkResult people = dedupePeople(generators::people(4000, 1000, 77, entity));
    QVERIFY(people.em.converged);
    QVERIFY(!people.em.noMatches);
    QVERIFY2(people.em.iterations < defaults.maxIterations / 2, qPrintable(QString::number(people.em.iterations)));
}

void TestFellegiSunter::guardTripsOnDataWithoutMatches()
{
    FellegiSunter model(threeComparisons());
    const PatternCounts counts = sample(0.0, kM, kU, 100000, 7);
    const EmReport r = model.estimate(counts);
    QVERIFY(r.noMatches);
    QVERIFY(!r.message.isEmpty());
}

void TestFellegiSunter::guardCapsRunawayPrior()
{
    FellegiSunter model(threeComparisons());
    EmOptions o;
    o.maxPrior = 0.05; // the files can hold at most 5 % matches
    const EmReport r = model.estimate(sample(0.4, kM, kU, 50000, 9), o);
    QVERIFY(r.priorCapped);
    QVERIFY(r.prior <= 0.05 + 1e-12);
}

void TestFellegiSunter::refineLearnsFromDecisions()
{
    FellegiSunter model(threeComparisons());
    const Pattern p = withLevel(withLevel(withLevel(0, 0, 3), 1, 1), 2, 1); // only "a" agrees
    const double before = model.weight(p);
    std::vector<LabelledPattern> rejected(50, LabelledPattern {p, false});
    model.refine(rejected);
    QVERIFY(model.weight(p) < before);
    FellegiSunter other(threeComparisons());
    std::vector<LabelledPattern> confirmed(50, LabelledPattern {p, true});
    other.refine(confirmed);
    QVERIFY(other.weight(p) > before);
}

void TestFellegiSunter::weightsAndProbability()
{
    FellegiSunter model(threeComparisons());
    model.setPrior(0.5);
    QCOMPARE(model.probability(0.0), 0.5);
    QVERIFY(model.probability(10) > 0.999);
    const Pattern allMissing = 0;
    QCOMPARE(model.weight(allMissing), 0.0);
    const Pattern allSame = withLevel(withLevel(withLevel(0, 0, 3), 1, 3), 2, 3);
    const Pattern allDifferent = withLevel(withLevel(withLevel(0, 0, 1), 1, 1), 2, 1);
    QVERIFY(model.weight(allSame) > 0);
    QVERIFY(model.weight(allDifferent) < 0);
}

void TestFellegiSunter::jsonRoundTrip()
{
    FellegiSunter model(threeComparisons());
    (void)model.estimate(sample(0.2, kM, kU, 20000, 3));
    const auto back = FellegiSunter::fromJson(model.toJson(), threeComparisons());
    QVERIFY(back.isOk());
    QVERIFY(std::abs(back->prior() - model.prior()) < 1e-9);
    QVERIFY(std::abs(back->m(2, 3) - model.m(2, 3)) < 1e-9);
    auto other = threeComparisons();
    other.pop_back();
    QVERIFY(!FellegiSunter::fromJson(model.toJson(), other).isOk());
    QVERIFY(!FellegiSunter::fromJson("{}", threeComparisons()).isOk());
}

QTEST_GUILESS_MAIN(TestFellegiSunter)
#include "tst_fellegisunter.moc"
