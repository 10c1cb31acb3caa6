#include "reconcile/transactionreconciler.h"

#include "reconcile/assignment.h"
#include "reconcile/leftovermatcher.h"
#include "reconcile/parallel.h"
#include "reconcile/splitmatcher.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <unordered_map>
#include <unordered_set>

namespace msp::reconcile {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("msp::reconcile::TransactionReconciler", text);
}

void report(const ReconcileOptions &o, const char *stage, qint64 done, qint64 total)
{
    if (o.progress)
        o.progress(tr(stage), done, total);
}

std::vector<Pattern> comparePairs(const TransactionComparator &cmp, const std::vector<std::uint64_t> &pairs,
                                  int threads, PatternCounts &counts)
{
    std::vector<Pattern> patterns(pairs.size());
    constexpr size_t kPairsPerChunk = 4096;
    std::vector<PatternCounts> local(parallelSlots(pairs.size(), threads, kPairsPerChunk));
    parallelFor(pairs.size(), threads, kPairsPerChunk, [&](size_t begin, size_t end, size_t slot) {
        for (size_t i = begin; i < end; ++i) {
            patterns[i] = cmp.compare(pairFirst(pairs[i]), pairSecond(pairs[i]));
            local[slot][patterns[i]] += 1.0;
        }
    });
    for (const auto &c : local)
        for (const auto &[p, n] : c)
            counts[p] += n;
    return patterns;
}

void keepUnused(std::vector<std::uint32_t> &ids, const std::vector<bool> &used)
{
    ids.erase(std::remove_if(ids.begin(), ids.end(), [&](std::uint32_t i) { return used[i]; }), ids.end());
}

// Pairs too weak on their own, weighed again among the items left over
// (see matchLeftovers): a redemption exported without the patient's name
// shows only a common reward amount and a date, as dozens of others nearby
// do, but once those have found their checkout lines it is often the only
// candidate left. Only pairs less likely than not on their own are matched
// this way.
void matchByElimination(const CandidatePairs &candidates, const std::vector<Pattern> &patterns,
                        const FellegiSunter &model, const std::unordered_set<std::uint64_t> &excluded, double threshold,
                        std::vector<bool> &leftUsed, std::vector<bool> &rightUsed,
                        std::vector<TransactionMatch> &matches)
{
    const size_t smaller = std::min(leftUsed.size(), rightUsed.size());
    if (smaller == 0)
        return;
    std::vector<LeftoverPair> open;
    std::vector<size_t> openPair;
    for (size_t i = 0; i < candidates.pairs.size(); ++i) {
        const std::uint32_t a = pairFirst(candidates.pairs[i]);
        const std::uint32_t b = pairSecond(candidates.pairs[i]);
        if (leftUsed[a] || rightUsed[b])
            continue;
        const double w = model.weight(patterns[i]);
        if (w <= 0 || (!excluded.empty() && excluded.count(std::uint64_t(a) << 32 | b)))
            continue;
        // A pair at an even chance or better on its own evidence was judged
        // by the clinic's threshold already: raising the threshold must not
        // bring it back with a higher score. It still counts as a rival.
        open.push_back({a, b, w, model.probability(w) < 0.5});
        openPair.push_back(i);
    }
    // Share of the smaller side's items that the model expects to have a
    // counterpart among the candidates.
    const double expected = model.prior() * double(candidates.pairs.size());
    for (const LeftoverMatch &found : matchLeftovers(open, expected / double(smaller), threshold)) {
        const LeftoverPair &p = open[found.pair];
        TransactionMatch m;
        m.left = {p.a};
        m.right = {p.b};
        m.pattern = patterns[openPair[found.pair]];
        m.weight = p.weight;
        m.probability = found.probability;
        m.grade = MatchGrade::Imprecise;
        m.byElimination = true;
        m.rivals = found.rivals;
        leftUsed[p.a] = rightUsed[p.b] = true;
        matches.push_back(std::move(m));
    }
}

} // namespace

ReconcileResult reconcileTransactions(const std::vector<TransactionRecord> &left,
                                      const std::vector<TransactionRecord> &right, const ReconcileOptions &o)
{
    ReconcileResult result;
    result.model = FellegiSunter(TransactionComparator::specs());
    report(o, "Finding candidate pairs", 0, 4);
    const CandidatePairs candidates = transactionCandidates(left, right, o.blocking, o.threads);
    result.blocking = candidates.stats;
    const TransactionComparator cmp(left, right, o.fees);
    report(o, "Comparing pairs", 1, 4);
    PatternCounts counts;
    const std::vector<Pattern> patterns = comparePairs(cmp, candidates.pairs, o.threads, counts);

    report(o, "Learning weights", 2, 4);
    const double n = double(candidates.pairs.size());
    if (o.model) {
        result.model = *o.model;
    } else {
        EmOptions em;
        // One-to-one: there cannot be more matches than items on the smaller side.
        em.maxPrior = n > 0 ? std::clamp(double(std::min(left.size(), right.size())) / n, 1e-6, 0.5) : 0.5;
        result.model.setPrior(em.maxPrior * 0.5);
        PatternCounts likely;
        for (const auto &[p, c] : counts) {
            if (levelOf(p, TransactionComparator::Amount) >= 4 && levelOf(p, TransactionComparator::DateLag) >= 3
                && levelOf(p, TransactionComparator::Name) >= 3)
                likely[p] += c;
        }
        result.model.seed(likely, counts);
        result.model.setPrior(std::min(result.model.prior(), em.maxPrior));
        result.em = result.model.estimate(counts, em);
        if (result.em.noMatches) {
            result.model.resetToDefaults();
            result.model.setPrior(n > 0 ? std::clamp(1.0 / n, 1e-9, 0.5) : 0.5);
        }
    }
    if (!o.labels.empty()) {
        std::vector<LabelledPattern> labelled;
        for (const auto &l : o.labels)
            labelled.push_back({cmp.compare(l.a, l.b), l.isMatch});
        result.model.refine(labelled);
    }

    report(o, "Assigning", 3, 4);
    std::vector<Edge> edges;
    std::vector<size_t> edgePair;
    const double prior = result.model.priorWeight();
    std::unordered_set<std::uint64_t> excluded;
    for (const auto &[a, b] : o.excludedPairs)
        excluded.insert(std::uint64_t(a) << 32 | b);
    // Whether a pattern reaches the threshold is decided once per distinct
    // pattern, not once per pair.
    // Five comparisons of four bits: a pattern is below 2^20 and indexes a table.
    Pattern largest = 0;
    for (const auto &[p, c] : counts)
        largest = std::max(largest, p);
    std::vector<std::uint8_t> keep(size_t(largest) + 1, 0);
    for (const auto &[p, c] : counts)
        keep[size_t(p)] = result.model.probability(result.model.weight(p)) >= o.threshold;
    for (size_t i = 0; i < candidates.pairs.size(); ++i) {
        if (!keep[size_t(patterns[i])])
            continue;
        if (!excluded.empty()
            && excluded.count(std::uint64_t(pairFirst(candidates.pairs[i])) << 32 | pairSecond(candidates.pairs[i])))
            continue;
        const double w = result.model.weight(patterns[i]);
        edges.push_back({pairFirst(candidates.pairs[i]), pairSecond(candidates.pairs[i]), std::max(1e-6, w + prior)});
        edgePair.push_back(i);
    }
    std::vector<bool> leftUsed(left.size(), false);
    std::vector<bool> rightUsed(right.size(), false);
    for (const size_t e : assignOneToOne(edges)) {
        const size_t i = edgePair[e];
        TransactionMatch m;
        m.left = {edges[e].a};
        m.right = {edges[e].b};
        m.pattern = patterns[i];
        m.weight = result.model.weight(patterns[i]);
        m.probability = result.model.probability(m.weight);
        m.grade = gradeForTransactionPattern(m.pattern);
        leftUsed[edges[e].a] = rightUsed[edges[e].b] = true;
        result.matches.push_back(std::move(m));
    }
    for (std::uint32_t i = 0; i < left.size(); ++i)
        if (!leftUsed[i])
            result.unmatchedLeft.push_back(i);
    for (std::uint32_t i = 0; i < right.size(); ++i)
        if (!rightUsed[i])
            result.unmatchedRight.push_back(i);

    if (o.splits) {
        // A one-to-one match whose amounts disagree may really be one part of
        // a split: its items join the search, and a split that uses them
        // replaces the match.
        std::vector<std::uint32_t> looseLeft = result.unmatchedLeft;
        std::vector<std::uint32_t> looseRight = result.unmatchedRight;
        for (const auto &m : result.matches) {
            if (levelOf(m.pattern, TransactionComparator::Amount) == 1) {
                looseLeft.push_back(m.left.front());
                looseRight.push_back(m.right.front());
            }
        }
        const std::vector<SplitMatch> splits = findSplits(left, right, looseLeft, looseRight, o.fees);
        std::vector<bool> inSplitLeft(left.size(), false);
        std::vector<bool> inSplitRight(right.size(), false);
        for (const SplitMatch &s : splits) {
            (s.wholeIsLeft ? inSplitLeft : inSplitRight)[s.whole] = true;
            for (const auto p : s.parts)
                (s.wholeIsLeft ? inSplitRight : inSplitLeft)[p] = true;
        }
        std::vector<TransactionMatch> kept;
        for (auto &m : result.matches) {
            if (inSplitLeft[m.left.front()] || inSplitRight[m.right.front()]) {
                leftUsed[m.left.front()] = rightUsed[m.right.front()] = false;
                continue;
            }
            kept.push_back(std::move(m));
        }
        result.matches = std::move(kept);
        result.unmatchedLeft.clear();
        result.unmatchedRight.clear();
        for (std::uint32_t i = 0; i < left.size(); ++i)
            if (!leftUsed[i])
                result.unmatchedLeft.push_back(i);
        for (std::uint32_t i = 0; i < right.size(); ++i)
            if (!rightUsed[i])
                result.unmatchedRight.push_back(i);
        for (const SplitMatch &s : splits) {
            TransactionMatch m;
            m.left = s.wholeIsLeft ? std::vector<std::uint32_t> {s.whole} : s.parts;
            m.right = s.wholeIsLeft ? s.parts : std::vector<std::uint32_t> {s.whole};
            m.probability = 0.9; // an exact sum in the window is strong but not proof
            m.weight = std::log2(m.probability / (1 - m.probability)) - prior;
            m.grade = MatchGrade::Imprecise;
            for (const auto l : m.left)
                leftUsed[l] = true;
            for (const auto r : m.right)
                rightUsed[r] = true;
            result.matches.push_back(std::move(m));
        }
        keepUnused(result.unmatchedLeft, leftUsed);
        keepUnused(result.unmatchedRight, rightUsed);
        std::sort(result.unmatchedLeft.begin(), result.unmatchedLeft.end());
        std::sort(result.unmatchedRight.begin(), result.unmatchedRight.end());
    }

    const size_t beforeElimination = result.matches.size();
    matchByElimination(candidates, patterns, result.model, excluded, o.threshold, leftUsed, rightUsed, result.matches);
    if (result.matches.size() != beforeElimination) {
        keepUnused(result.unmatchedLeft, leftUsed);
        keepUnused(result.unmatchedRight, rightUsed);
    }

    // A matched row with an identical twin left over on its side was most
    // likely entered or exported twice.
    const auto twins = [](const std::vector<TransactionRecord> &side, const std::vector<std::uint32_t> &unmatched) {
        std::unordered_map<std::uint64_t, int> seen;
        for (const auto i : unmatched)
            ++seen[side[i].fingerprint];
        return seen;
    };
    const auto leftTwins = twins(left, result.unmatchedLeft);
    const auto rightTwins = twins(right, result.unmatchedRight);
    for (auto &m : result.matches) {
        if (m.isSplit())
            continue;
        if (leftTwins.count(left[m.left.front()].fingerprint) || rightTwins.count(right[m.right.front()].fingerprint))
            m.grade = MatchGrade::Duplicate;
    }
    report(o, "Done", 4, 4);
    return result;
}

QString explainMatch(const std::vector<TransactionRecord> &left, const std::vector<TransactionRecord> &right,
                     const ReconcileResult &result, const TransactionMatch &match, const std::vector<Fee> &fees)
{
    if (match.isSplit()) {
        const bool wholeLeft = match.left.size() == 1;
        const qsizetype parts = qsizetype(wholeLeft ? match.right.size() : match.left.size());
        return tr("one payment split into %1 lines whose amounts add up").arg(parts);
    }
    // A comparator over just the two rows: building one over whole files
    // costs a pass over them, and this is called per row of a screen.
    const std::vector<TransactionRecord> one {left[match.left.front()]};
    const std::vector<TransactionRecord> other {right[match.right.front()]};
    const TransactionComparator cmp(one, other, fees);
    const QString words = summarise(cmp.explain(0, 0, result.model));
    if (!match.byElimination)
        return words;
    const QString only = match.rivals == 0 ? tr("the only candidate left") : tr("the likeliest of the rows left");
    return words.isEmpty() ? only : words + QStringLiteral(", ") + only;
}

} // namespace msp::reconcile
