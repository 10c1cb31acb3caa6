#include "reconcile/splitmatcher.h"

#include "reconcile/similarity.h"

#include <algorithm>
#include <cstdlib>
#include <map>

namespace msp::reconcile {

namespace {

bool namesCompatible(const TransactionRecord &a, const TransactionRecord &b)
{
    if (!a.reference.empty() && a.reference == b.reference)
        return true;
    // Without a shared payer or reference any few amounts that add up would
    // do, which on a busy day is noise.
    if (a.name.empty() || b.name.empty())
        return false;
    return a.name == b.name || jaroWinkler(a.name, b.name) >= 0.9;
}

bool sumMatches(std::int64_t whole, std::int64_t sum, const std::vector<Fee> &fees)
{
    return whole == sum || isExplainedByFee(sum, whole, fees) || isExplainedByFee(whole, sum, fees);
}

void search(const std::vector<TransactionRecord> &wholes, const std::vector<TransactionRecord> &parts,
            const std::vector<std::uint32_t> &wholeIds, const std::vector<std::uint32_t> &partIds, bool wholeIsLeft,
            const std::vector<Fee> &fees, const SplitOptions &o, std::vector<bool> &usedWhole,
            std::vector<bool> &usedPart, std::vector<SplitMatch> &out)
{
    std::multimap<int, std::uint32_t> byDay;
    for (const auto p : partIds)
        byDay.emplace(parts[p].day, p);
    std::vector<std::uint32_t> cands;
    for (const auto w : wholeIds) {
        if (usedWhole[w])
            continue;
        const TransactionRecord &x = wholes[w];
        cands.clear();
        for (auto it = byDay.lower_bound(x.day - o.maxLagDays); it != byDay.end() && it->first <= x.day + o.maxLagDays;
             ++it) {
            const TransactionRecord &y = parts[it->second];
            if (usedPart[it->second] || (y.amount > 0) != (x.amount > 0) || std::llabs(y.amount) >= std::llabs(x.amount)
                || !namesCompatible(x, y))
                continue;
            cands.push_back(it->second);
        }
        std::sort(cands.begin(), cands.end(), [&](std::uint32_t a, std::uint32_t b) {
            return std::abs(parts[a].day - x.day) < std::abs(parts[b].day - x.day);
        });
        if (cands.size() > o.maxCandidates)
            cands.resize(o.maxCandidates);
        std::vector<std::uint32_t> found;
        const size_t n = cands.size();
        for (size_t i = 0; i < n && found.empty(); ++i)
            for (size_t j = i + 1; j < n && found.empty(); ++j)
                if (sumMatches(x.amount, parts[cands[i]].amount + parts[cands[j]].amount, fees))
                    found = {cands[i], cands[j]};
        for (size_t i = 0; o.maxParts >= 3 && i < n && found.empty(); ++i)
            for (size_t j = i + 1; j < n && found.empty(); ++j)
                for (size_t k = j + 1; k < n && found.empty(); ++k)
                    if (sumMatches(x.amount, parts[cands[i]].amount + parts[cands[j]].amount + parts[cands[k]].amount,
                                   fees))
                        found = {cands[i], cands[j], cands[k]};
        if (found.empty())
            continue;
        usedWhole[w] = true;
        for (const auto p : found)
            usedPart[p] = true;
        out.push_back({w, wholeIsLeft, found});
    }
}

} // namespace

std::vector<SplitMatch> findSplits(const std::vector<TransactionRecord> &left,
                                   const std::vector<TransactionRecord> &right,
                                   const std::vector<std::uint32_t> &unmatchedLeft,
                                   const std::vector<std::uint32_t> &unmatchedRight, const std::vector<Fee> &fees,
                                   const SplitOptions &o)
{
    std::vector<SplitMatch> out;
    std::vector<bool> usedLeft(left.size(), false);
    std::vector<bool> usedRight(right.size(), false);
    search(left, right, unmatchedLeft, unmatchedRight, true, fees, o, usedLeft, usedRight, out);
    search(right, left, unmatchedRight, unmatchedLeft, false, fees, o, usedRight, usedLeft, out);
    return out;
}

} // namespace msp::reconcile
