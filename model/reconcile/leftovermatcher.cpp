#include "reconcile/leftovermatcher.h"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

namespace msp::reconcile {

namespace {

struct UnionFind {
    std::vector<std::uint32_t> parent;
    explicit UnionFind(std::size_t n)
        : parent(n)
    {
        std::iota(parent.begin(), parent.end(), 0u);
    }
    std::uint32_t find(std::uint32_t x)
    {
        while (parent[x] != x)
            x = parent[x] = parent[parent[x]];
        return x;
    }
    void unite(std::uint32_t x, std::uint32_t y) { parent[find(x)] = find(y); }
};

// Sums, over every one-to-one set of a group's pairs, the product of their
// odds: returned, and in `mass` for each pair over the sets that contain it.
struct GroupWeigher {
    std::vector<std::vector<int>> byLeft; // group-local pairs of each left item
    std::vector<double> odds; // per group-local pair
    std::vector<int> rightOf; // per group-local pair
    std::vector<bool> rightUsed;
    std::vector<int> chosen;
    std::vector<double> mass;

    double visit(std::size_t left, double product)
    {
        if (left == byLeft.size()) {
            for (const int p : chosen)
                mass[std::size_t(p)] += product;
            return product;
        }
        double sum = visit(left + 1, product); // this left item stays unpaired
        for (const int p : byLeft[left]) {
            const auto right = std::size_t(rightOf[std::size_t(p)]);
            if (rightUsed[right])
                continue;
            rightUsed[right] = true;
            chosen.push_back(p);
            sum += visit(left + 1, product * odds[std::size_t(p)]);
            chosen.pop_back();
            rightUsed[right] = false;
        }
        return sum;
    }
};

} // namespace

std::vector<LeftoverMatch> matchLeftovers(const std::vector<LeftoverPair> &pairs, double hasCounterpart,
                                          double threshold, int maxSide)
{
    std::vector<LeftoverMatch> out;
    if (pairs.empty())
        return out;
    const double share = std::clamp(hasCounterpart, 0.01, 0.99);
    const double priorOdds = share / (1.0 - share);
    // Items are renumbered densely: lefts first, then rights.
    std::unordered_map<std::uint32_t, std::uint32_t> leftId;
    std::unordered_map<std::uint32_t, std::uint32_t> rightId;
    for (const auto &p : pairs) {
        leftId.try_emplace(p.a, std::uint32_t(leftId.size()));
        rightId.try_emplace(p.b, std::uint32_t(rightId.size()));
    }
    const auto lefts = std::uint32_t(leftId.size());
    UnionFind groups(lefts + rightId.size());
    for (const auto &p : pairs)
        groups.unite(leftId[p.a], lefts + rightId[p.b]);
    // Pairs by group, in the order given, so the result does not depend on
    // hash order.
    std::unordered_map<std::uint32_t, std::vector<std::size_t>> members;
    std::vector<std::uint32_t> order;
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        const std::uint32_t g = groups.find(leftId[pairs[i].a]);
        auto &list = members[g];
        if (list.empty())
            order.push_back(g);
        list.push_back(i);
    }
    for (const std::uint32_t g : order) {
        const std::vector<std::size_t> &group = members[g];
        std::unordered_map<std::uint32_t, int> localLeft;
        std::unordered_map<std::uint32_t, int> localRight;
        for (const std::size_t i : group) {
            localLeft.try_emplace(pairs[i].a, int(localLeft.size()));
            localRight.try_emplace(pairs[i].b, int(localRight.size()));
        }
        if (int(localLeft.size()) > maxSide || int(localRight.size()) > maxSide)
            continue; // too tangled to weigh: left for staff
        GroupWeigher w;
        w.byLeft.resize(localLeft.size());
        w.rightUsed.assign(localRight.size(), false);
        w.mass.assign(group.size(), 0.0);
        for (std::size_t k = 0; k < group.size(); ++k) {
            const LeftoverPair &p = pairs[group[k]];
            w.byLeft[std::size_t(localLeft[p.a])].push_back(int(k));
            w.odds.push_back(std::exp2(p.weight) * priorOdds);
            w.rightOf.push_back(localRight[p.b]);
        }
        const double total = w.visit(0, 1.0);
        for (std::size_t k = 0; k < group.size(); ++k) {
            const double probability = w.mass[k] / total;
            if (probability >= threshold && pairs[group[k]].mayMatch)
                out.push_back({group[k], probability, int(group.size()) - 1});
        }
    }
    // At most one pair per item (two pairs of one item can both pass only
    // with a threshold below one half).
    std::stable_sort(out.begin(), out.end(),
                     [](const LeftoverMatch &x, const LeftoverMatch &y) { return x.probability > y.probability; });
    std::unordered_set<std::uint32_t> usedLeft;
    std::unordered_set<std::uint32_t> usedRight;
    std::vector<LeftoverMatch> kept;
    for (const auto &m : out) {
        const LeftoverPair &p = pairs[m.pair];
        if (usedLeft.count(p.a) || usedRight.count(p.b))
            continue;
        usedLeft.insert(p.a);
        usedRight.insert(p.b);
        kept.push_back(m);
    }
    std::sort(kept.begin(), kept.end(), [](const LeftoverMatch &x, const LeftoverMatch &y) { return x.pair < y.pair; });
    return kept;
}

} // namespace msp::reconcile
