#include "reconcile/personlinker.h"

#include "reconcile/assignment.h"
#include "reconcile/parallel.h"
#include "reconcile/personblocker.h"
#include "reconcile/personcomparator.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>
#include <random>
#include <unordered_map>

namespace msp::reconcile {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("msp::reconcile::PersonLinker", text);
}

void report(const LinkOptions &o, const char *stage, qint64 done, qint64 total)
{
    if (o.progress)
        o.progress(tr(stage), done, total);
}

constexpr size_t kPairsPerChunk = 4096;

struct Scored {
    std::vector<Pattern> patterns;
    PatternCounts counts;
};

Scored comparePairs(const PersonComparator &cmp, const std::vector<std::uint64_t> &pairs, const LinkOptions &o)
{
    Scored s;
    s.patterns.resize(pairs.size());
    std::vector<PatternCounts> local(parallelSlots(pairs.size(), o.threads, kPairsPerChunk));
    parallelFor(pairs.size(), o.threads, kPairsPerChunk, [&](size_t begin, size_t end, size_t slot) {
        PatternCounts &counts = local[slot];
        for (size_t i = begin; i < end; ++i) {
            const Pattern p = cmp.compare(pairFirst(pairs[i]), pairSecond(pairs[i]));
            s.patterns[i] = p;
            counts[p] += 1.0;
        }
    });
    for (auto &c : local) {
        for (const auto &[p, n] : c)
            s.counts[p] += n;
    }
    return s;
}

PatternCounts randomPairCounts(const PersonComparator &cmp, size_t nLeft, size_t nRight, bool dedupe)
{
    PatternCounts counts;
    if (nLeft == 0 || nRight == 0 || (dedupe && nLeft < 2))
        return counts;
    std::mt19937_64 rng(20240312);
    std::uniform_int_distribution<std::uint32_t> da(0, std::uint32_t(nLeft - 1));
    std::uniform_int_distribution<std::uint32_t> db(0, std::uint32_t(nRight - 1));
    const size_t samples = std::min<size_t>(200000, dedupe ? nLeft * (nLeft - 1) / 2 : nLeft * nRight);
    for (size_t s = 0; s < samples; ++s) {
        const std::uint32_t a = da(rng);
        const std::uint32_t b = db(rng);
        if (dedupe && a == b)
            continue;
        counts[cmp.compare(a, b)] += 1.0;
    }
    return counts;
}

LinkResult run(const std::vector<PersonRecord> &left, const std::vector<PersonRecord> &right, bool dedupe,
               const LinkOptions &o)
{
    LinkResult result;
    report(o, "Finding candidate pairs", 0, 4);
    CandidatePairs candidates
        = candidatePairs(personBlockingKeys(left, dedupe ? nullptr : &right, o.threads), o.blocking, o.threads);
    result.blocking = candidates.stats;
    const PersonComparator cmp(left, right, o.threads);
    report(o, "Comparing pairs", 1, 4);
    Scored scored = comparePairs(cmp, candidates.pairs, o);

    report(o, "Learning weights", 2, 4);
    result.model = FellegiSunter(PersonComparator::specs());
    if (o.model) {
        result.model = *o.model;
    } else {
        const PatternCounts random = randomPairCounts(cmp, left.size(), right.size(), dedupe);
        result.model.estimateU(random);
        const double n = double(candidates.pairs.size());
        // Each person has a handful of records at most, so matches cannot
        // outnumber records (link: the smaller file).
        const double most = dedupe ? double(left.size()) : double(std::min(left.size(), right.size()));
        EmOptions em;
        em.maxPrior = n > 0 ? std::clamp(most / n, 1e-6, 0.95) : 0.95;
        result.model.setPrior(std::min(em.maxPrior, 0.05));
        result.em = result.model.estimate(scored.counts, em);
        if (result.em.noMatches) {
            result.model.resetToDefaults();
            result.model.estimateU(random);
            result.model.setPrior(n > 0 ? std::clamp(1.0 / n, 1e-9, 0.5) : 0.5);
        }
    }
    if (!o.labels.empty()) {
        std::vector<LabelledPattern> labelled;
        for (const auto &l : o.labels)
            labelled.push_back({cmp.compare(l.a, l.b), l.isMatch});
        result.model.refine(labelled);
    }

    report(o, "Scoring", 3, 4);
    {
        // A pair whose weight, with the largest term-frequency bonus, stays
        // below the threshold's weight is dropped without exp2; the rest are
        // scored exactly as before. Chunks are joined in order.
        const double threshold = std::min(o.threshold, 1.0 - 1e-12);
        const double cut = threshold <= 0
            ? -std::numeric_limits<double>::infinity()
            : std::log2(threshold / (1.0 - threshold)) - result.model.priorWeight() - 1e-6;
        const double bonus = o.termFrequency ? 8.0 : 0.0; // two names, each at most +4 bits
        constexpr size_t kScoreChunk = 16384;
        std::vector<std::vector<ScoredPair>> parts(parallelSlots(candidates.pairs.size(), o.threads, kScoreChunk));
        parallelFor(candidates.pairs.size(), o.threads, kScoreChunk, [&](size_t begin, size_t end, size_t slot) {
            for (size_t i = begin; i < end; ++i) {
                const Pattern p = scored.patterns[i];
                double w = result.model.weight(p);
                if (w + bonus < cut)
                    continue;
                const std::uint32_t a = pairFirst(candidates.pairs[i]);
                const std::uint32_t b = pairSecond(candidates.pairs[i]);
                if (o.termFrequency)
                    w += cmp.termFrequencyAdjustment(a, b, p);
                const double prob = result.model.probability(w);
                if (prob >= o.threshold)
                    parts[slot].push_back({a, b, w, prob, p});
            }
        });
        for (const auto &part : parts)
            result.pairs.insert(result.pairs.end(), part.begin(), part.end());
    }
    // Pairs in (a, b) order from here: the assignment breaks ties by order,
    // and the blocking's order is not one to depend on.
    std::sort(result.pairs.begin(), result.pairs.end(),
              [](const ScoredPair &x, const ScoredPair &y) { return std::tie(x.a, x.b) < std::tie(y.a, y.b); });
    if (!dedupe && o.oneToOne) {
        std::vector<Edge> edges;
        edges.reserve(result.pairs.size());
        const double prior = result.model.priorWeight();
        for (const auto &sp : result.pairs)
            edges.push_back({sp.a, sp.b, std::max(1e-6, sp.weight + prior)});
        std::vector<ScoredPair> kept;
        for (const size_t id : assignOneToOne(edges))
            kept.push_back(result.pairs[id]);
        result.pairs = std::move(kept);
    }
    if (dedupe && o.closeGroups && !result.pairs.empty()) {
        // Union-find groups; pairs inside a group that were not scored above
        // the threshold are added with the weakest link's probability.
        std::vector<std::uint32_t> parent(left.size());
        std::iota(parent.begin(), parent.end(), 0u);
        const auto find = [&](std::uint32_t x) {
            while (parent[x] != x)
                x = parent[x] = parent[parent[x]];
            return x;
        };
        std::unordered_map<std::uint64_t, size_t> have;
        for (size_t i = 0; i < result.pairs.size(); ++i) {
            parent[find(result.pairs[i].a)] = find(result.pairs[i].b);
            have[(std::uint64_t(result.pairs[i].a) << 32) | result.pairs[i].b] = i;
        }
        std::unordered_map<std::uint32_t, std::vector<std::uint32_t>> groups;
        for (const auto &sp : result.pairs) {
            groups[find(sp.a)].push_back(sp.a);
            groups[find(sp.a)].push_back(sp.b);
        }
        for (auto &[root, members] : groups) {
            std::sort(members.begin(), members.end());
            members.erase(std::unique(members.begin(), members.end()), members.end());
            if (members.size() < 3 || members.size() > 12)
                continue; // a chain of a dozen is more likely a false bridge than one person
            double weakest = 1.0;
            for (size_t x = 0; x < members.size(); ++x)
                for (size_t y = x + 1; y < members.size(); ++y)
                    if (const auto it = have.find((std::uint64_t(members[x]) << 32) | members[y]); it != have.end())
                        weakest = std::min(weakest, result.pairs[it->second].probability);
            for (size_t x = 0; x < members.size(); ++x) {
                for (size_t y = x + 1; y < members.size(); ++y) {
                    const std::uint64_t key = (std::uint64_t(members[x]) << 32) | members[y];
                    if (have.count(key))
                        continue;
                    const Pattern p = cmp.compare(members[x], members[y]);
                    const double w = result.model.weight(p);
                    result.pairs.push_back({members[x], members[y], w, weakest, p});
                    have[key] = result.pairs.size() - 1;
                }
            }
        }
    }
    std::sort(result.pairs.begin(), result.pairs.end(),
              [](const ScoredPair &x, const ScoredPair &y) { return std::tie(x.a, x.b) < std::tie(y.a, y.b); });
    report(o, "Done", 4, 4);
    return result;
}

} // namespace

LinkResult dedupePeople(const std::vector<PersonRecord> &people, const LinkOptions &options)
{
    return run(people, people, true, options);
}

LinkResult linkPeople(const std::vector<PersonRecord> &left, const std::vector<PersonRecord> &right,
                      const LinkOptions &options)
{
    return run(left, right, false, options);
}

} // namespace msp::reconcile
