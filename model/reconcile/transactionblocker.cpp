#include "reconcile/transactionblocker.h"

#include "reconcile/phonetic.h"
#include "reconcile/stringpool.h"

#include <algorithm>
#include <cstdlib>
#include <thread>
#include <unordered_map>

namespace msp::reconcile {

namespace {

// Right items sorted by (day, amount): a day's rows are a contiguous run and
// an amount range inside it is two binary searches.
struct DayAmountIndex {
    std::vector<std::uint32_t> order;
    std::vector<int> days;
    std::vector<std::int64_t> amounts;
    int firstDay = 0;
    std::vector<std::uint32_t> dayStart; // offset of each day from firstDay, plus end

    explicit DayAmountIndex(const std::vector<TransactionRecord> &r)
    {
        order.resize(r.size());
        for (std::uint32_t i = 0; i < r.size(); ++i)
            order[i] = i;
        std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) {
            return r[a].day != r[b].day ? r[a].day < r[b].day : r[a].amount < r[b].amount;
        });
        for (const auto i : order) {
            days.push_back(r[i].day);
            amounts.push_back(r[i].amount);
        }
        if (r.empty())
            return;
        firstDay = days.front();
        const int span = days.back() - firstDay + 1;
        dayStart.assign(size_t(span) + 1, 0);
        size_t k = 0;
        for (int d = 0; d <= span; ++d) {
            while (k < days.size() && days[k] < firstDay + d)
                ++k;
            dayStart[size_t(d)] = std::uint32_t(k);
        }
    }

    template<typename Fn>
    void visit(int fromDay, int toDay, std::int64_t low, std::int64_t high, Fn fn) const
    {
        if (days.empty())
            return;
        const int lastDay = firstDay + int(dayStart.size()) - 2;
        for (int d = std::max(fromDay, firstDay); d <= std::min(toDay, lastDay); ++d) {
            const auto begin = amounts.begin() + dayStart[size_t(d - firstDay)];
            const auto end = amounts.begin() + dayStart[size_t(d - firstDay + 1)];
            for (auto it = std::lower_bound(begin, end, low); it != end && *it <= high; ++it)
                fn(order[size_t(it - amounts.begin())]);
        }
    }
};

} // namespace

CandidatePairs transactionCandidates(const std::vector<TransactionRecord> &left,
                                     const std::vector<TransactionRecord> &right, const TransactionBlockingOptions &o,
                                     int threads)
{
    const DayAmountIndex index(right);
    // Exact amount, name and reference: hash -> right items sorted by day.
    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> byAmount;
    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> byName;
    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> bySound;
    std::unordered_map<std::uint64_t, std::vector<std::uint32_t>> byReference;
    const auto soundKey = [](const std::string &name) {
        // NYSIIS of each token, in the tokens' (sorted) order.
        std::string key;
        size_t i = 0;
        while (i < name.size()) {
            const size_t j = std::min(name.find(' ', i), name.size());
            key += nysiis(std::string_view(name).substr(i, j - i));
            key.push_back(' ');
            i = j + 1;
        }
        return hashKey(key, 7);
    };
    // Names repeat (a regular client pays many times): each distinct name is
    // hashed and sounded out once, and rows carry its id.
    StringPool names;
    std::vector<std::uint64_t> nameHash;
    std::vector<std::uint64_t> nameSound;
    const auto nameIds = [&](const std::vector<TransactionRecord> &side) {
        std::vector<std::uint32_t> ids(side.size());
        for (size_t i = 0; i < side.size(); ++i) {
            ids[i] = names.add(side[i].name);
            while (nameHash.size() < names.size()) {
                const std::string_view name = names.view(std::uint32_t(nameHash.size()));
                nameHash.push_back(hashKey(name));
                nameSound.push_back(soundKey(std::string(name)));
            }
        }
        return ids;
    };
    const std::vector<std::uint32_t> rightName = nameIds(right);
    const std::vector<std::uint32_t> leftName = nameIds(left);
    std::vector<int> rightDay(right.size());
    for (size_t i = 0; i < right.size(); ++i)
        rightDay[i] = right[i].day;
    for (const auto i : index.order) { // already in day order
        byAmount[std::uint64_t(right[i].amount)].push_back(i);
        if (rightName[i] != 0) {
            byName[nameHash[rightName[i]]].push_back(i);
            bySound[nameSound[rightName[i]]].push_back(i);
        }
        if (!right[i].reference.empty())
            byReference[hashKey(right[i].reference)].push_back(i);
    }
    const auto inWindow
        = [&](const std::vector<std::uint32_t> &list, int from, int to, std::vector<std::uint32_t> &out) {
              auto it = std::lower_bound(list.begin(), list.end(), from,
                                         [&](std::uint32_t i, int day) { return rightDay[i] < day; });
              for (; it != list.end() && rightDay[*it] <= to; ++it)
                  out.push_back(*it);
          };

    const size_t workers = std::clamp<size_t>(size_t(std::max(threads, 1)), 1, std::max<size_t>(1, left.size() / 5000));
    std::vector<std::vector<std::uint64_t>> parts(workers);
    const auto work = [&](size_t begin, size_t end, std::vector<std::uint64_t> &out) {
        std::vector<std::uint32_t> found;
        std::vector<std::uint32_t> amountHits;
        // Keeps the `maxPerAmountKey` hits nearest in date to x.
        const auto keepNearest = [&](const TransactionRecord &x) {
            if (amountHits.size() > o.maxPerAmountKey) {
                std::nth_element(amountHits.begin(), amountHits.begin() + std::ptrdiff_t(o.maxPerAmountKey),
                                 amountHits.end(), [&](std::uint32_t p, std::uint32_t q) {
                                     return std::abs(rightDay[p] - x.day) < std::abs(rightDay[q] - x.day);
                                 });
                amountHits.resize(o.maxPerAmountKey);
            }
            found.insert(found.end(), amountHits.begin(), amountHits.end());
            amountHits.clear();
        };
        for (size_t a = begin; a < end; ++a) {
            const TransactionRecord &x = left[a];
            found.clear();
            if (const auto it = byAmount.find(std::uint64_t(x.amount)); it != byAmount.end())
                inWindow(it->second, x.day - o.exactAmountDays, x.day + o.exactAmountDays, amountHits);
            keepNearest(x);
            const std::int64_t band = std::int64_t(double(std::llabs(x.amount)) * o.bandFraction) + o.bandFixed;
            index.visit(x.day - o.bandDays, x.day + o.bandDays, x.amount - band, x.amount + band,
                        [&](std::uint32_t b) { amountHits.push_back(b); });
            keepNearest(x);
            if (leftName[a] != 0) {
                if (const auto it = byName.find(nameHash[leftName[a]]); it != byName.end())
                    inWindow(it->second, x.day - o.nameDays, x.day + o.nameDays, found);
                if (const auto it = bySound.find(nameSound[leftName[a]]); it != bySound.end())
                    inWindow(it->second, x.day - o.nameDays, x.day + o.nameDays, found);
            }
            if (!x.reference.empty()) {
                if (const auto it = byReference.find(hashKey(x.reference)); it != byReference.end())
                    found.insert(found.end(), it->second.begin(), it->second.end());
            }
            std::sort(found.begin(), found.end());
            found.erase(std::unique(found.begin(), found.end()), found.end());
            for (const auto b : found)
                out.push_back((std::uint64_t(a) << 32) | b);
        }
    };
    if (workers == 1) {
        work(0, left.size(), parts[0]);
    } else {
        std::vector<std::thread> pool;
        const size_t chunk = (left.size() + workers - 1) / workers;
        for (size_t w = 0; w < workers; ++w) {
            const size_t begin = std::min(left.size(), w * chunk);
            pool.emplace_back([&, w, begin] { work(begin, std::min(left.size(), begin + chunk), parts[w]); });
        }
        for (auto &t : pool)
            t.join();
    }
    CandidatePairs out;
    for (auto &p : parts)
        out.pairs.insert(out.pairs.end(), p.begin(), p.end());
    out.stats.candidatePairs = out.pairs.size();
    out.stats.totalPairs = double(left.size()) * double(right.size());
    out.stats.reductionRatio = out.stats.totalPairs > 0 ? 1.0 - double(out.pairs.size()) / out.stats.totalPairs : 1.0;
    return out;
}

} // namespace msp::reconcile
