#include "reconcile/blocker.h"

#include <algorithm>
#include <utility>

namespace msp::reconcile {

CandidatePairs candidatePairs(const BlockingKeys &bk, const BlockingOptions &o)
{
    CandidatePairs out;
    const size_t n = bk.keys.empty() ? 0 : bk.keys.front().size();
    const size_t nk = bk.keys.size();
    // Whether record i sat in a complete (not windowed) block of key k; a pair
    // already produced by an earlier complete block is not produced again.
    std::vector<std::vector<bool>> complete(nk, std::vector<bool>(n, false));
    std::vector<std::pair<std::uint64_t, std::uint32_t>> order;
    order.reserve(n);

    const auto seenEarlier = [&](size_t k, std::uint32_t i, std::uint32_t j) {
        for (size_t e = 0; e < k; ++e) {
            const std::uint64_t ki = bk.keys[e][i];
            if (ki != 0 && ki == bk.keys[e][j] && complete[e][i])
                return true;
        }
        return false;
    };
    const auto emit = [&](size_t k, std::uint32_t i, std::uint32_t j) {
        if (bk.link) {
            const bool iLeft = i < bk.leftCount;
            const bool jLeft = j < bk.leftCount;
            if (iLeft == jLeft)
                return;
            if (!iLeft)
                std::swap(i, j);
            if (seenEarlier(k, i, j))
                return;
            out.pairs.push_back((std::uint64_t(i) << 32) | (j - bk.leftCount));
        } else {
            if (i > j)
                std::swap(i, j);
            if (i == j || seenEarlier(k, i, j))
                return;
            out.pairs.push_back((std::uint64_t(i) << 32) | j);
        }
    };

    for (size_t k = 0; k < nk; ++k) {
        order.clear();
        for (size_t i = 0; i < n; ++i) {
            if (bk.keys[k][i] != 0)
                order.emplace_back(bk.keys[k][i], std::uint32_t(i));
        }
        std::sort(order.begin(), order.end());
        size_t start = 0;
        while (start < order.size()) {
            size_t end = start + 1;
            while (end < order.size() && order[end].first == order[start].first)
                ++end;
            const size_t size = end - start;
            if (size <= o.maxBlock) {
                for (size_t x = start; x < end; ++x) {
                    complete[k][order[x].second] = true;
                    for (size_t y = x + 1; y < end; ++y)
                        emit(k, order[x].second, order[y].second);
                }
            } else {
                ++out.stats.oversizedBlocks;
                std::vector<std::pair<std::uint64_t, std::uint32_t>> block;
                block.reserve(size);
                for (size_t x = start; x < end; ++x)
                    block.emplace_back(bk.sortKey.empty() ? 0 : bk.sortKey[order[x].second], order[x].second);
                std::sort(block.begin(), block.end());
                for (size_t x = 0; x < block.size(); ++x) {
                    for (size_t y = x + 1; y < block.size() && y <= x + o.window; ++y)
                        emit(k, block[x].second, block[y].second);
                }
            }
            start = end;
        }
    }
    // Windows of different keys can meet the same pair twice.
    if (out.stats.oversizedBlocks > 0) {
        std::sort(out.pairs.begin(), out.pairs.end());
        out.pairs.erase(std::unique(out.pairs.begin(), out.pairs.end()), out.pairs.end());
    }
    out.stats.candidatePairs = out.pairs.size();
    const double nl = bk.link ? double(bk.leftCount) : double(n);
    out.stats.totalPairs = bk.link ? nl * double(n - bk.leftCount) : nl * (nl - 1) / 2;
    out.stats.reductionRatio = out.stats.totalPairs > 0 ? 1.0 - double(out.pairs.size()) / out.stats.totalPairs : 1.0;
    return out;
}

} // namespace msp::reconcile
