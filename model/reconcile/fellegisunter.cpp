#include "reconcile/fellegisunter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cmath>

namespace msp::reconcile {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("msp::reconcile::FellegiSunter", text);
}

} // namespace

FellegiSunter::FellegiSunter(std::vector<ComparisonSpec> comparisons)
    : m_specs(std::move(comparisons))
{
    Q_ASSERT(m_specs.size() <= size_t(kMaxComparisons));
    resetToDefaults();
}

void FellegiSunter::resetToDefaults()
{
    m_m.assign(m_specs.size(), {});
    m_u.assign(m_specs.size(), {});
    for (size_t c = 0; c < m_specs.size(); ++c) {
        const int levels = int(m_specs[c].levels.size());
        Q_ASSERT(levels >= 2 && levels <= kMaxLevels);
        m_m[c].assign(size_t(levels), 1.0);
        m_u[c].assign(size_t(levels), 1.0);
        for (int l = 1; l < levels; ++l) {
            m_m[c][size_t(l)] = std::pow(4.0, l - 1);
            m_u[c][size_t(l)] = std::pow(4.0, levels - 1 - l);
        }
    }
    m_prior = 0.01;
    normalise();
}

void FellegiSunter::normalise()
{
    const auto norm = [](std::vector<double> &p) {
        double total = 0;
        for (size_t l = 1; l < p.size(); ++l) {
            p[l] = std::max(p[l], kFloor);
            total += p[l];
        }
        for (size_t l = 1; l < p.size(); ++l)
            p[l] /= total;
        p[0] = 1.0; // missing: no evidence either way
    };
    for (auto &p : m_m)
        norm(p);
    for (auto &p : m_u)
        norm(p);
    updateWeights();
}

void FellegiSunter::updateWeights()
{
    m_weights.assign(m_specs.size(), {});
    for (size_t c = 0; c < m_specs.size(); ++c) {
        m_weights[c].assign(m_m[c].size(), 0.0);
        for (size_t l = 1; l < m_m[c].size(); ++l)
            m_weights[c][l] = std::log2(m_m[c][l] / m_u[c][l]);
    }
}

// Levels are ordered by closeness, so a closer level may never count as
// less evidence of a match than a looser one. EM on skewed data (a common
// reward amount that many non-matches share) can otherwise settle on a
// solution where "same amount" argues against a match. Adjacent violators are
// pooled: both levels get the pooled m and u, hence one weight.
void FellegiSunter::enforceMonotone(std::vector<double> &m, std::vector<double> &u)
{
    struct Block {
        size_t first;
        size_t last;
        double m;
        double u;
    };
    std::vector<Block> blocks;
    for (size_t l = 1; l < m.size(); ++l) {
        blocks.push_back({l, l, m[l], u[l]});
        while (blocks.size() >= 2) {
            const Block &b = blocks[blocks.size() - 1];
            const Block &a = blocks[blocks.size() - 2];
            if (a.m * b.u <= b.m * a.u) // ratio(a) <= ratio(b): in order
                break;
            const Block merged {a.first, b.last, a.m + b.m, a.u + b.u};
            blocks.pop_back();
            blocks.back() = merged;
        }
    }
    for (const Block &b : blocks) {
        const double n = double(b.last - b.first + 1);
        for (size_t l = b.first; l <= b.last; ++l) {
            m[l] = b.m / n;
            u[l] = b.u / n;
        }
    }
}

void FellegiSunter::estimateU(const PatternCounts &randomPairs)
{
    std::vector<std::vector<double>> acc(m_specs.size());
    for (size_t c = 0; c < m_specs.size(); ++c)
        acc[c].assign(m_u[c].size(), 0.5); // Laplace-style smoothing
    for (const auto &[p, n] : randomPairs) {
        for (size_t c = 0; c < m_specs.size(); ++c)
            acc[c][size_t(levelOf(p, int(c)))] += n;
    }
    m_u = acc;
    normalise();
}

void FellegiSunter::seed(const PatternCounts &likelyMatches, const PatternCounts &candidatePairs)
{
    const auto fill = [&](const PatternCounts &counts, std::vector<std::vector<double>> &target) {
        std::vector<std::vector<double>> acc(m_specs.size());
        double total = 0;
        for (size_t c = 0; c < m_specs.size(); ++c)
            acc[c].assign(target[c].size(), 0.5);
        for (const auto &[p, n] : counts) {
            total += n;
            for (size_t c = 0; c < m_specs.size(); ++c)
                acc[c][size_t(levelOf(p, int(c)))] += n;
        }
        if (total > 0)
            target = acc;
        return total;
    };
    const double seeds = fill(likelyMatches, m_m);
    const double all = fill(candidatePairs, m_u);
    if (seeds > 0 && all > 0)
        m_prior = std::clamp(seeds / all, 1e-6, 0.5);
    normalise();
}

double FellegiSunter::priorWeight() const
{
    return std::log2(m_prior / (1.0 - m_prior));
}

double FellegiSunter::probability(double matchWeight) const
{
    const double w = matchWeight + priorWeight();
    return 1.0 / (1.0 + std::exp2(-w));
}

void FellegiSunter::refine(const std::vector<LabelledPattern> &labels, double strength)
{
    const size_t nc = m_specs.size();
    std::vector<std::vector<double>> mAcc(nc);
    std::vector<std::vector<double>> uAcc(nc);
    for (size_t c = 0; c < nc; ++c) {
        mAcc[c].assign(m_m[c].size(), 0.0);
        uAcc[c].assign(m_u[c].size(), 0.0);
        for (size_t l = 1; l < m_m[c].size(); ++l) {
            mAcc[c][l] = strength * m_m[c][l];
            uAcc[c][l] = strength * m_u[c][l];
        }
    }
    for (const auto &label : labels) {
        for (size_t c = 0; c < nc; ++c) {
            const auto l = size_t(levelOf(label.pattern, int(c)));
            if (l == 0)
                continue;
            (label.isMatch ? mAcc : uAcc)[c][l] += 1.0;
        }
    }
    m_m = mAcc;
    m_u = uAcc;
    normalise();
}

QByteArray FellegiSunter::toJson() const
{
    QJsonArray comparisons;
    for (size_t c = 0; c < m_specs.size(); ++c) {
        QJsonArray mm;
        QJsonArray uu;
        for (size_t l = 1; l < m_m[c].size(); ++l) {
            mm.append(m_m[c][l]);
            uu.append(m_u[c][l]);
        }
        comparisons.append(QJsonObject {
            {QStringLiteral("name"), m_specs[c].name}, {QStringLiteral("m"), mm}, {QStringLiteral("u"), uu}});
    }
    const QJsonObject root {{QStringLiteral("version"), 1},
                            {QStringLiteral("prior"), m_prior},
                            {QStringLiteral("comparisons"), comparisons}};
    return QJsonDocument(root).toJson(QJsonDocument::Compact);
}

Result<FellegiSunter> FellegiSunter::fromJson(QByteArrayView json, const std::vector<ComparisonSpec> &specs)
{
    const auto bad = [] {
        return Error::invalid(QStringLiteral("model"),
                              tr("The saved matching model is unreadable or from another version; it will be "
                                 "learnt again from the next import."));
    };
    const QJsonDocument doc = QJsonDocument::fromJson(json.toByteArray());
    if (!doc.isObject() || doc.object().value(QStringLiteral("version")).toInt() != 1)
        return bad();
    const QJsonArray comparisons = doc.object().value(QStringLiteral("comparisons")).toArray();
    if (comparisons.size() != qsizetype(specs.size()))
        return bad();
    FellegiSunter model(specs);
    for (size_t c = 0; c < specs.size(); ++c) {
        const QJsonObject o = comparisons.at(qsizetype(c)).toObject();
        const QJsonArray mm = o.value(QStringLiteral("m")).toArray();
        const QJsonArray uu = o.value(QStringLiteral("u")).toArray();
        if (o.value(QStringLiteral("name")).toString() != specs[c].name || mm.size() != specs[c].levels.size() - 1
            || uu.size() != mm.size())
            return bad();
        for (qsizetype l = 0; l < mm.size(); ++l) {
            model.m_m[c][size_t(l + 1)] = mm.at(l).toDouble();
            model.m_u[c][size_t(l + 1)] = uu.at(l).toDouble();
        }
    }
    const double prior = doc.object().value(QStringLiteral("prior")).toDouble();
    if (!(prior > 0 && prior < 1))
        return bad();
    model.m_prior = prior;
    model.normalise();
    return model;
}

} // namespace msp::reconcile
