#include "reconcile/assignment.h"

#include <algorithm>
#include <limits>
#include <numeric>
#include <unordered_map>

namespace msp::reconcile {

namespace {

struct UnionFind {
    std::vector<std::uint32_t> parent;
    explicit UnionFind(size_t n)
        : parent(n)
    {
        std::iota(parent.begin(), parent.end(), 0u);
    }
    std::uint32_t find(std::uint32_t x)
    {
        while (parent[x] != x) {
            parent[x] = parent[parent[x]];
            x = parent[x];
        }
        return x;
    }
    void unite(std::uint32_t a, std::uint32_t b) { parent[find(a)] = find(b); }
};

void greedy(const std::vector<Edge> &edges, std::vector<size_t> ids, std::vector<size_t> &chosen)
{
    std::stable_sort(ids.begin(), ids.end(), [&](size_t x, size_t y) {
        if (edges[x].score != edges[y].score)
            return edges[x].score > edges[y].score;
        return x < y;
    });
    std::unordered_map<std::uint32_t, bool> usedA;
    std::unordered_map<std::uint32_t, bool> usedB;
    for (const size_t id : ids) {
        const Edge &e = edges[id];
        if (usedA[e.a] || usedB[e.b])
            continue;
        usedA[e.a] = usedB[e.b] = true;
        chosen.push_back(id);
    }
}

// Maximum-weight assignment on a dense n x n matrix (Kuhn-Munkres with
// potentials, minimising the negated scores). Missing edges score 0, which
// means "leave unmatched".
void hungarian(const std::vector<Edge> &edges, const std::vector<size_t> &ids, std::vector<size_t> &chosen)
{
    std::vector<std::uint32_t> as;
    std::vector<std::uint32_t> bs;
    for (const size_t id : ids) {
        as.push_back(edges[id].a);
        bs.push_back(edges[id].b);
    }
    std::sort(as.begin(), as.end());
    as.erase(std::unique(as.begin(), as.end()), as.end());
    std::sort(bs.begin(), bs.end());
    bs.erase(std::unique(bs.begin(), bs.end()), bs.end());
    const size_t n = std::max(as.size(), bs.size());
    std::vector<double> cost((n + 1) * (n + 1), 0.0);
    std::vector<size_t> best((n + 1) * (n + 1), std::numeric_limits<size_t>::max());
    for (const size_t id : ids) {
        const size_t i = size_t(std::lower_bound(as.begin(), as.end(), edges[id].a) - as.begin()) + 1;
        const size_t j = size_t(std::lower_bound(bs.begin(), bs.end(), edges[id].b) - bs.begin()) + 1;
        const size_t cell = i * (n + 1) + j;
        if (-edges[id].score < cost[cell]) {
            cost[cell] = -edges[id].score;
            best[cell] = id;
        }
    }
    const double inf = std::numeric_limits<double>::infinity();
    std::vector<double> u(n + 1, 0.0);
    std::vector<double> v(n + 1, 0.0);
    std::vector<size_t> p(n + 1, 0);
    std::vector<size_t> way(n + 1, 0);
    for (size_t i = 1; i <= n; ++i) {
        p[0] = i;
        size_t j0 = 0;
        std::vector<double> minv(n + 1, inf);
        std::vector<bool> used(n + 1, false);
        do {
            used[j0] = true;
            const size_t i0 = p[j0];
            double delta = inf;
            size_t j1 = 0;
            for (size_t j = 1; j <= n; ++j) {
                if (used[j])
                    continue;
                const double cur = cost[i0 * (n + 1) + j] - u[i0] - v[j];
                if (cur < minv[j]) {
                    minv[j] = cur;
                    way[j] = j0;
                }
                if (minv[j] < delta) {
                    delta = minv[j];
                    j1 = j;
                }
            }
            for (size_t j = 0; j <= n; ++j) {
                if (used[j]) {
                    u[p[j]] += delta;
                    v[j] -= delta;
                } else {
                    minv[j] -= delta;
                }
            }
            j0 = j1;
        } while (p[j0] != 0);
        do {
            const size_t j1 = way[j0];
            p[j0] = p[j1];
            j0 = j1;
        } while (j0 != 0);
    }
    for (size_t j = 1; j <= n; ++j) {
        const size_t cell = p[j] * (n + 1) + j;
        if (p[j] != 0 && best[cell] != std::numeric_limits<size_t>::max())
            chosen.push_back(best[cell]);
    }
}

} // namespace

std::vector<size_t> assignOneToOne(const std::vector<Edge> &edges, AssignmentMethod method, size_t maxHungarian)
{
    std::vector<size_t> chosen;
    if (edges.empty())
        return chosen;
    if (method == AssignmentMethod::Greedy) {
        std::vector<size_t> all(edges.size());
        std::iota(all.begin(), all.end(), size_t(0));
        greedy(edges, std::move(all), chosen);
        std::sort(chosen.begin(), chosen.end());
        return chosen;
    }
    // Connected groups over left ids and right ids (right offset past left).
    std::unordered_map<std::uint32_t, std::uint32_t> leftNode;
    std::unordered_map<std::uint32_t, std::uint32_t> rightNode;
    std::uint32_t nodes = 0;
    for (const Edge &e : edges) {
        if (leftNode.try_emplace(e.a, nodes).second)
            ++nodes;
        if (rightNode.try_emplace(e.b, nodes).second)
            ++nodes;
    }
    UnionFind uf(nodes);
    for (const Edge &e : edges)
        uf.unite(leftNode[e.a], rightNode[e.b]);
    std::unordered_map<std::uint32_t, std::vector<size_t>> groups;
    for (size_t i = 0; i < edges.size(); ++i)
        groups[uf.find(leftNode[edges[i].a])].push_back(i);
    for (auto &[root, ids] : groups) {
        if (ids.size() == 1) {
            chosen.push_back(ids.front());
            continue;
        }
        std::vector<std::uint32_t> as;
        std::vector<std::uint32_t> bs;
        for (const size_t id : ids) {
            as.push_back(edges[id].a);
            bs.push_back(edges[id].b);
        }
        std::sort(as.begin(), as.end());
        std::sort(bs.begin(), bs.end());
        const size_t side = std::max(size_t(std::unique(as.begin(), as.end()) - as.begin()),
                                     size_t(std::unique(bs.begin(), bs.end()) - bs.begin()));
        if (method == AssignmentMethod::Hungarian || side <= maxHungarian)
            hungarian(edges, ids, chosen);
        else
            greedy(edges, ids, chosen);
    }
    std::sort(chosen.begin(), chosen.end());
    return chosen;
}

} // namespace msp::reconcile
