#pragma once

#include "domain/result.h"
#include "reconcile/pattern.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <utility>
#include <vector>

namespace msp::reconcile {

struct ComparisonSpec {
    QString name; // "amount", "given name"
    QStringList levels; // [0] missing, [1] different, then closer agreement
};

struct EmOptions {
    int maxIterations = 200;
    double tolerance = 1e-7;
    // Upper bound on the share of candidate pairs that can be matches. For a
    // one-to-one link it is min(left, right) / candidates: more matches than
    // that cannot exist, and EM running past it is fitting noise.
    double maxPrior = 0.5;
    bool estimateU = true;
};

struct EmReport {
    int iterations = 0;
    bool converged = false;
    double prior = 0; // share of candidate pairs that are matches
    double expectedMatches = 0;
    bool priorCapped = false; // the runaway guard held the match rate down
    bool noMatches = false; // the data shows no separable match class
    double separationBits = 0; // KL(m || u) summed over comparisons
    QString message; // for people, when a guard tripped
};

struct LabelledPattern {
    Pattern pattern = 0;
    bool isMatch = false;
};

// Fellegi-Sunter record-linkage model: for each comparison and level, m (the
// chance of that level among matches) and u (among non-matches). A pair's
// match weight is the sum of log2(m/u) over its levels; the prior turns it
// into a probability.
class FellegiSunter
{
public:
    explicit FellegiSunter(std::vector<ComparisonSpec> comparisons = {});

    const std::vector<ComparisonSpec> &comparisons() const { return m_specs; }
    int comparisonCount() const { return int(m_specs.size()); }
    int levelCount(int comparison) const { return int(m_specs[size_t(comparison)].levels.size()); }

    double m(int comparison, int level) const { return m_m[size_t(comparison)][size_t(level)]; }
    double u(int comparison, int level) const { return m_u[size_t(comparison)][size_t(level)]; }
    void setM(int comparison, int level, double p) { m_m[size_t(comparison)][size_t(level)] = p; }
    void setU(int comparison, int level, double p) { m_u[size_t(comparison)][size_t(level)] = p; }
    double prior() const { return m_prior; }
    void setPrior(double p) { m_prior = p; }

    // Built-in starting values: matches mostly agree at the top level,
    // non-matches mostly disagree. EM starts here, and falls back here when
    // the data cannot be trusted.
    void resetToDefaults();
    // u from pairs drawn at random, which are nearly all non-matches.
    void estimateU(const PatternCounts &randomPairs);
    EmReport estimate(const PatternCounts &candidatePairs, const EmOptions &options = {});
    // Starting values from the data: m from pairs that are almost surely
    // matches (agreeing closely on the identifying comparisons), u from all
    // candidates. EM from the built-in defaults can settle on the wrong split
    // when one kind of match (card payouts less a fee) outnumbers another
    // (rewards at a common amount); seeding it avoids that.
    void seed(const PatternCounts &likelyMatches, const PatternCounts &candidatePairs);
    // Staff decisions refine the estimate: confirmed pairs pull m, rejected
    // pairs pull u, each label worth one pair against `strength` pseudo-pairs
    // of the current estimate.
    void refine(const std::vector<LabelledPattern> &labels, double strength = 20.0);

    double levelWeight(int comparison, int level) const { return m_weights[size_t(comparison)][size_t(level)]; }
    double weight(Pattern p) const
    {
        double w = 0;
        for (size_t c = 0; c < m_weights.size(); ++c)
            w += m_weights[c][size_t(levelOf(p, int(c)))];
        return w;
    }
    double priorWeight() const; // log2(prior / (1 - prior))
    double probability(double matchWeight) const; // with the prior

    QByteArray toJson() const;
    static Result<FellegiSunter> fromJson(QByteArrayView json, const std::vector<ComparisonSpec> &comparisons);

private:
    static constexpr double kFloor = 1e-6; // no level is ever impossible

    using PatternRows = std::vector<std::pair<Pattern, double>>;
    // One EM iteration from the current m, u and `prior`, in place; returns
    // the log-likelihood of the parameters it started from.
    double emStep(const PatternRows &rows, double total, const EmOptions &options, double &prior, bool &capped);
    // m, u and the prior as one vector of logs and log-odds, in which EM's
    // steps are extrapolated; and back.
    std::vector<double> emParameters(double prior) const;
    void setEmParameters(const std::vector<double> &x, double maxPrior, double &prior);
    void normalise();
    void updateWeights();
    static void enforceMonotone(std::vector<double> &m, std::vector<double> &u);

    std::vector<ComparisonSpec> m_specs;
    std::vector<std::vector<double>> m_m;
    std::vector<std::vector<double>> m_u;
    std::vector<std::vector<double>> m_weights;
    double m_prior = 0.01;
};

} // namespace msp::reconcile
