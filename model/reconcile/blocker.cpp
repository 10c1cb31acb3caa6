#include "reconcile/blocker.h"

#include "reconcile/parallel.h"

#include <algorithm>
#include <limits>
#include <utility>

namespace msp::reconcile {

namespace {

constexpr std::uint32_t kComplete = std::numeric_limits<std::uint32_t>::max();

// One key's blocks: the records of each block side by side in `members`
// (an oversized block in sort-key order), block b being
// [starts[b], starts[b + 1]).
struct KeyBlocks {
    std::vector<std::uint32_t> members;
    std::vector<std::uint32_t> starts;
    std::vector<bool> windowed; // per block
};

// A run of consecutive blocks of one key, the unit of work for one thread.
struct Task {
    std::uint32_t key = 0;
    std::uint32_t firstBlock = 0;
    std::uint32_t endBlock = 0;
};

} // namespace

CandidatePairs candidatePairs(const BlockingKeys &bk, const BlockingOptions &o, int threads)
{
    CandidatePairs out;
    const size_t n = bk.keys.empty() ? 0 : bk.keys.front().size();
    const size_t nk = bk.keys.size();
    // Record-major copies: a pair's check of the earlier keys reads one row
    // per record instead of one cache line per key. rank is the record's
    // place in its oversized block of that key, or kComplete.
    std::vector<std::uint64_t> keyOf(n * nk);
    std::vector<std::uint32_t> rankOf(n * nk, kComplete);
    std::vector<KeyBlocks> blocks(nk);
    parallelFor(nk, threads, 1, [&](size_t begin, size_t end, size_t) {
        std::vector<std::pair<std::uint64_t, std::uint32_t>> order;
        for (size_t k = begin; k < end; ++k) {
            order.clear();
            for (size_t i = 0; i < n; ++i) {
                keyOf[i * nk + k] = bk.keys[k][i];
                if (bk.keys[k][i] != 0)
                    order.emplace_back(bk.keys[k][i], std::uint32_t(i));
            }
            std::sort(order.begin(), order.end());
            KeyBlocks &kb = blocks[k];
            kb.members.reserve(order.size());
            size_t start = 0;
            while (start < order.size()) {
                size_t stop = start + 1;
                while (stop < order.size() && order[stop].first == order[start].first)
                    ++stop;
                if (stop - start >= 2) { // a block of one makes no pair
                    const bool windowed = stop - start > o.maxBlock;
                    kb.starts.push_back(std::uint32_t(kb.members.size()));
                    kb.windowed.push_back(windowed);
                    if (windowed) {
                        // Similar records side by side; ties by record.
                        for (size_t x = start; x < stop; ++x)
                            order[x].first = bk.sortKey.empty() ? 0 : bk.sortKey[order[x].second];
                        std::sort(order.begin() + std::ptrdiff_t(start), order.begin() + std::ptrdiff_t(stop));
                    }
                    for (size_t x = start; x < stop; ++x) {
                        if (windowed)
                            rankOf[size_t(order[x].second) * nk + k] = std::uint32_t(x - start);
                        kb.members.push_back(order[x].second);
                    }
                }
                start = stop;
            }
            kb.starts.push_back(std::uint32_t(kb.members.size()));
        }
    });

    // Whether key e < k already produced the pair: same key value, and
    // either a complete block or within the window of its oversized one.
    const auto seenEarlier = [&](size_t k, std::uint32_t i, std::uint32_t j) {
        const std::uint64_t *ki = &keyOf[size_t(i) * nk];
        const std::uint64_t *kj = &keyOf[size_t(j) * nk];
        for (size_t e = 0; e < k; ++e) {
            if (ki[e] == 0 || ki[e] != kj[e])
                continue;
            const std::uint32_t ri = rankOf[size_t(i) * nk + e];
            if (ri == kComplete)
                return true;
            const std::uint32_t rj = rankOf[size_t(j) * nk + e];
            if ((ri > rj ? ri - rj : rj - ri) <= o.window)
                return true;
        }
        return false;
    };

    // Tasks of similar work (pairs a block can give), in key and block
    // order: their outputs joined in task order are the same list whatever
    // the thread count.
    std::vector<Task> tasks;
    double totalWork = 0;
    const auto blockWork = [&](const KeyBlocks &kb, size_t b) {
        const double size = double(kb.starts[b + 1] - kb.starts[b]);
        return kb.windowed[b] ? size * double(o.window) : size * (size - 1) / 2;
    };
    for (const KeyBlocks &kb : blocks)
        for (size_t b = 0; b + 1 < kb.starts.size(); ++b)
            totalWork += blockWork(kb, b);
    const double taskWork = std::max(1.0, totalWork / 64.0);
    for (size_t k = 0; k < nk; ++k) {
        const KeyBlocks &kb = blocks[k];
        double work = 0;
        Task task {std::uint32_t(k), 0, 0};
        for (size_t b = 0; b + 1 < kb.starts.size(); ++b) {
            work += blockWork(kb, b);
            out.stats.oversizedBlocks += kb.windowed[b] ? 1 : 0;
            task.endBlock = std::uint32_t(b + 1);
            if (work >= taskWork) {
                tasks.push_back(task);
                task.firstBlock = task.endBlock;
                work = 0;
            }
        }
        if (task.endBlock > task.firstBlock)
            tasks.push_back(task);
    }

    std::vector<std::vector<std::uint64_t>> parts(tasks.size());
    parallelFor(tasks.size(), threads, 1, [&](size_t begin, size_t end, size_t) {
        for (size_t t = begin; t < end; ++t) {
            const Task &task = tasks[t];
            const KeyBlocks &kb = blocks[task.key];
            std::vector<std::uint64_t> &pairs = parts[t];
            const auto emit = [&](std::uint32_t i, std::uint32_t j) {
                if (bk.link) {
                    const bool iLeft = i < bk.leftCount;
                    if (iLeft == (j < bk.leftCount))
                        return;
                    if (!iLeft)
                        std::swap(i, j);
                    if (!seenEarlier(task.key, i, j))
                        pairs.push_back((std::uint64_t(i) << 32) | (j - bk.leftCount));
                } else {
                    if (i > j)
                        std::swap(i, j);
                    if (!seenEarlier(task.key, i, j))
                        pairs.push_back((std::uint64_t(i) << 32) | j);
                }
            };
            for (size_t b = task.firstBlock; b < task.endBlock; ++b) {
                const std::uint32_t *m = kb.members.data() + kb.starts[b];
                const size_t size = kb.starts[b + 1] - kb.starts[b];
                const size_t reach = kb.windowed[b] ? o.window : size;
                for (size_t x = 0; x < size; ++x)
                    for (size_t y = x + 1; y < size && y <= x + reach; ++y)
                        emit(m[x], m[y]);
            }
        }
    });
    size_t total = 0;
    for (const auto &p : parts)
        total += p.size();
    out.pairs.reserve(total);
    for (auto &p : parts) {
        out.pairs.insert(out.pairs.end(), p.begin(), p.end());
        std::vector<std::uint64_t>().swap(p);
    }
    out.stats.candidatePairs = out.pairs.size();
    const double nl = bk.link ? double(bk.leftCount) : double(n);
    out.stats.totalPairs = bk.link ? nl * double(n - bk.leftCount) : nl * (nl - 1) / 2;
    out.stats.reductionRatio = out.stats.totalPairs > 0 ? 1.0 - double(out.pairs.size()) / out.stats.totalPairs : 1.0;
    return out;
}

} // namespace msp::reconcile
