#pragma once

#include <algorithm>
#include <cstddef>
#include <thread>
#include <vector>

namespace msp::reconcile {

// Runs fn(begin, end, slot) over [0, n) cut into contiguous chunks, one per
// worker, on up to `threads` threads (the caller's thread does the first
// chunk). Chunks are never smaller than `minChunk`, below which starting a
// thread costs more than it saves. Callers keep per-slot outputs and join them
// in slot order, so results do not depend on the thread count.
template<typename Fn>
void parallelFor(std::size_t n, int threads, std::size_t minChunk, Fn &&fn)
{
    const std::size_t most = std::max<std::size_t>(1, n / std::max<std::size_t>(1, minChunk));
    const std::size_t workers = std::clamp<std::size_t>(std::size_t(std::max(threads, 1)), 1, most);
    if (workers <= 1) {
        fn(std::size_t(0), n, std::size_t(0));
        return;
    }
    const std::size_t chunk = (n + workers - 1) / workers;
    std::vector<std::thread> pool;
    pool.reserve(workers - 1);
    for (std::size_t w = 1; w < workers; ++w) {
        const std::size_t begin = std::min(n, w * chunk);
        const std::size_t end = std::min(n, begin + chunk);
        pool.emplace_back([begin, end, w, &fn] { fn(begin, end, w); });
    }
    fn(std::size_t(0), std::min(n, chunk), std::size_t(0));
    for (auto &t : pool)
        t.join();
}

// How many slots parallelFor will use for n items, to size per-slot outputs.
inline std::size_t parallelSlots(std::size_t n, int threads, std::size_t minChunk)
{
    const std::size_t most = std::max<std::size_t>(1, n / std::max<std::size_t>(1, minChunk));
    return std::clamp<std::size_t>(std::size_t(std::max(threads, 1)), 1, most);
}

} // namespace msp::reconcile
