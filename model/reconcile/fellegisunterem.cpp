// EM for the Fellegi-Sunter model: m, u and the prior from unlabelled pattern
// counts.
//
// Plain EM converges linearly, and on reconciliation data one parameter can
// crawl: the m of a level that the seed put near zero ("amount different")
// grows by a few per cent an iteration towards a small but real value, taking
// hundreds of iterations. Steps are therefore accelerated with SQUAREM
// (Varadhan and Roland, 2008): from two EM steps, extrapolate along their
// direction, then take one EM step from there, which also restores the
// constraints; when the extrapolation does not improve the likelihood, the
// plain step is kept. Extrapolation runs on logs (log-odds for the prior), so
// parameters near zero move by ratios as EM moves them.
//
// Convergence is judged between one iteration's parameters and the next, both
// after the levels were made monotone. (It used to compare EM's raw update with
// the previous, pooled value: wherever pooling was active the two differ by
// the same amount every time, so EM never "converged" and always ran to its
// cap.)

#include "reconcile/fellegisunter.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>

namespace msp::reconcile {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("msp::reconcile::FellegiSunter", text);
}

double norm(const std::vector<double> &v)
{
    double s = 0;
    for (const double x : v)
        s += x * x;
    return std::sqrt(s);
}

} // namespace

double FellegiSunter::emStep(const PatternRows &rows, double total, const EmOptions &o, double &prior, bool &capped)
{
    const size_t nc = m_specs.size();
    std::vector<std::vector<double>> mAcc(nc);
    std::vector<std::vector<double>> uAcc(nc);
    for (size_t c = 0; c < nc; ++c) {
        mAcc[c].assign(m_m[c].size(), 0.0);
        uAcc[c].assign(m_u[c].size(), 0.0);
    }
    double matchMass = 0;
    double logLikelihood = 0;
    for (const auto &[p, n] : rows) {
        double lm = prior;
        double lu = 1.0 - prior;
        for (size_t c = 0; c < nc; ++c) {
            const auto l = size_t(levelOf(p, int(c)));
            lm *= m_m[c][l];
            lu *= m_u[c][l];
        }
        const double post = lm + lu > 0 ? lm / (lm + lu) : 0.0;
        logLikelihood += lm + lu > 0 ? n * std::log(lm + lu) : -HUGE_VAL;
        matchMass += n * post;
        for (size_t c = 0; c < nc; ++c) {
            const auto l = size_t(levelOf(p, int(c)));
            mAcc[c][l] += n * post;
            uAcc[c][l] += n * (1.0 - post);
        }
    }
    double newPrior = matchMass / total;
    if (newPrior > o.maxPrior) {
        newPrior = o.maxPrior;
        capped = true;
    }
    prior = std::max(newPrior, 1e-9);
    const auto update = [](std::vector<double> &target, const std::vector<double> &acc) {
        double sum = 0;
        for (size_t l = 1; l < acc.size(); ++l)
            sum += acc[l];
        if (sum <= 0)
            return;
        for (size_t l = 1; l < acc.size(); ++l)
            target[l] = std::max(acc[l] / sum, kFloor);
    };
    for (size_t c = 0; c < nc; ++c) {
        update(m_m[c], mAcc[c]);
        if (o.estimateU)
            update(m_u[c], uAcc[c]);
        enforceMonotone(m_m[c], m_u[c]);
    }
    normalise();
    return logLikelihood;
}

std::vector<double> FellegiSunter::emParameters(double prior) const
{
    std::vector<double> x {std::log(prior / (1.0 - prior))};
    for (size_t c = 0; c < m_specs.size(); ++c) {
        for (size_t l = 1; l < m_m[c].size(); ++l) {
            x.push_back(std::log(m_m[c][l]));
            x.push_back(std::log(m_u[c][l]));
        }
    }
    return x;
}

void FellegiSunter::setEmParameters(const std::vector<double> &x, double maxPrior, double &prior)
{
    prior = std::clamp(1.0 / (1.0 + std::exp(-x[0])), 1e-9, maxPrior);
    size_t i = 1;
    for (size_t c = 0; c < m_specs.size(); ++c) {
        for (size_t l = 1; l < m_m[c].size(); ++l) {
            m_m[c][l] = std::exp(x[i++]);
            m_u[c][l] = std::exp(x[i++]);
        }
    }
    normalise();
}

EmReport FellegiSunter::estimate(const PatternCounts &counts, const EmOptions &o)
{
    EmReport r;
    PatternRows rows(counts.begin(), counts.end());
    // A hash map's order depends on how it was filled (by one thread or
    // merged from several); floating-point sums depend on the order, so the
    // rows are summed in pattern order and the model is the same either way.
    std::sort(rows.begin(), rows.end());
    double total = 0;
    for (const auto &row : rows)
        total += row.second;
    if (total <= 0) {
        r.noMatches = true;
        r.message = tr("There were no candidate pairs to learn from.");
        return r;
    }
    const size_t nc = m_specs.size();
    double prior = std::clamp(m_prior, 1e-6, o.maxPrior);
    // Largest change of a probability (m, u or the prior) from the snapshot.
    const auto changeSince
        = [&](const std::vector<std::vector<double>> &m, const std::vector<std::vector<double>> &u, double p) {
              double change = std::abs(prior - p);
              for (size_t c = 0; c < nc; ++c) {
                  for (size_t l = 1; l < m[c].size(); ++l) {
                      change = std::max(change, std::abs(m_m[c][l] - m[c][l]));
                      change = std::max(change, std::abs(m_u[c][l] - u[c][l]));
                  }
              }
              return change;
          };
    double stepMax = 4; // longest extrapolation; grows while long ones succeed
    int steps = 0;
    while (steps < o.maxIterations) {
        const auto m0 = m_m;
        const auto u0 = m_u;
        const double prior0 = prior;
        const std::vector<double> x0 = emParameters(prior);
        emStep(rows, total, o, prior, r.priorCapped);
        ++steps;
        if (changeSince(m0, u0, prior0) < o.tolerance) {
            r.converged = true;
            break;
        }
        if (steps + 2 > o.maxIterations)
            continue;
        const std::vector<double> x1 = emParameters(prior);
        const double ll1 = emStep(rows, total, o, prior, r.priorCapped);
        ++steps;
        const std::vector<double> x2 = emParameters(prior);
        std::vector<double> step(x0.size());
        std::vector<double> bend(x0.size());
        for (size_t i = 0; i < x0.size(); ++i) {
            step[i] = x1[i] - x0[i];
            bend[i] = x2[i] - 2.0 * x1[i] + x0[i];
        }
        const double bendNorm = norm(bend);
        if (bendNorm <= 0)
            continue;
        const double alpha = std::clamp(-norm(step) / bendNorm, -stepMax, -1.0);
        if (alpha == -1.0)
            continue; // no longer than the two plain steps already taken
        const auto m2 = m_m;
        const auto u2 = m_u;
        const double prior2 = prior;
        std::vector<double> x(x0.size());
        for (size_t i = 0; i < x0.size(); ++i)
            x[i] = x0[i] - 2.0 * alpha * step[i] + alpha * alpha * bend[i];
        setEmParameters(x, o.maxPrior, prior);
        bool capped = false;
        const double ll = emStep(rows, total, o, prior, capped);
        ++steps;
        if (!std::isfinite(ll) || ll < ll1) {
            // The extrapolation overshot: keep the plain steps.
            m_m = m2;
            m_u = u2;
            prior = prior2;
            updateWeights();
            stepMax = std::max(4.0, stepMax / 4);
        } else {
            r.priorCapped = r.priorCapped || capped;
            if (alpha == -stepMax)
                stepMax *= 4;
        }
    }
    r.iterations = steps;
    m_prior = prior;
    r.prior = prior;
    r.expectedMatches = prior * total;

    // Guards. A real match class agrees at the top level far more often than
    // the rest on most comparisons; EM on data without matches splits the
    // non-matches into two look-alike classes instead.
    int informative = 0;
    int agreeing = 0;
    for (size_t c = 0; c < nc; ++c) {
        const size_t top = m_m[c].size() - 1;
        double kl = 0;
        for (size_t l = 1; l < m_m[c].size(); ++l)
            kl += m_m[c][l] * std::log2(m_m[c][l] / m_u[c][l]);
        r.separationBits += kl;
        double observed = 0;
        for (const auto &[p, n] : rows)
            observed += levelOf(p, int(c)) != 0 ? n : 0;
        if (observed < total * 0.05)
            continue; // a column that is nearly always empty says nothing
        ++informative;
        agreeing += m_m[c][top] > 2.0 * m_u[c][top] && m_m[c][top] > 0.3;
    }
    r.noMatches = r.expectedMatches < 1.0 || r.separationBits < 3.0 || agreeing * 2 < informative;
    if (r.noMatches)
        r.message = tr("The files show no clear set of matching pairs; the built-in weights were used instead of "
                       "learnt ones. Check that both files describe the same people or payments.");
    else if (r.priorCapped)
        r.message = tr("The learnt match rate ran past what the files can hold and was capped; review the matches.");
    return r;
}

} // namespace msp::reconcile
