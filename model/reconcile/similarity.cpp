#include "reconcile/similarity.h"

#include <algorithm>
#include <array>
#include <cstdlib>

namespace msp::reconcile {

double jaroWinkler(std::string_view a, std::string_view b)
{
    if (a.empty() || b.empty())
        return 0.0;
    if (a == b)
        return 1.0;
    constexpr size_t kMax = 64;
    a = a.substr(0, kMax);
    b = b.substr(0, kMax);
    if (a.size() > b.size())
        std::swap(a, b);
    const int la = int(a.size());
    const int lb = int(b.size());
    const int window = std::max(0, lb / 2 - 1);
    std::array<bool, kMax> matchedB {};
    std::array<char, kMax> charsA {};
    int matches = 0;
    for (int i = 0; i < la; ++i) {
        const int lo = std::max(0, i - window);
        const int hi = std::min(lb - 1, i + window);
        for (int j = lo; j <= hi; ++j) {
            if (!matchedB[size_t(j)] && a[size_t(i)] == b[size_t(j)]) {
                matchedB[size_t(j)] = true;
                charsA[size_t(matches++)] = a[size_t(i)];
                break;
            }
        }
    }
    if (matches == 0)
        return 0.0;
    int transpositions = 0;
    int k = 0;
    for (int j = 0; j < lb; ++j) {
        if (matchedB[size_t(j)]) {
            transpositions += charsA[size_t(k)] != b[size_t(j)];
            ++k;
        }
    }
    const double m = matches;
    const double jaro = (m / la + m / lb + (m - transpositions / 2.0) / m) / 3.0;
    int prefix = 0;
    while (prefix < 4 && prefix < la && a[size_t(prefix)] == b[size_t(prefix)])
        ++prefix;
    return jaro + prefix * 0.1 * (1.0 - jaro);
}

LetterBag letterBag(std::string_view s)
{
    LetterBag bag {};
    for (const char ch : s) {
        const auto c = (unsigned char)ch;
        const size_t bin = (c >= 'a' && c <= 'z') ? size_t(c - 'a') : (c >= '0' && c <= '9') ? 26 : 27;
        if (bag[bin] < 255)
            ++bag[bin];
    }
    return bag;
}

double jaroWinklerUpperBound(std::string_view a, std::string_view b, const LetterBag &bagA, const LetterBag &bagB)
{
    if (a.empty() || b.empty())
        return 0.0;
    int common = 0;
    for (size_t i = 0; i < bagA.size(); ++i)
        common += std::min(bagA[i], bagB[i]);
    const double la = double(std::min<size_t>(a.size(), 64));
    const double lb = double(std::min<size_t>(b.size(), 64));
    const double m = std::min({double(common), la, lb});
    const double jaro = (m / la + m / lb + 1.0) / 3.0;
    int prefix = 0;
    while (prefix < 4 && size_t(prefix) < a.size() && size_t(prefix) < b.size()
           && a[size_t(prefix)] == b[size_t(prefix)])
        ++prefix;
    return jaro + prefix * 0.1 * (1.0 - jaro);
}

bool isOneEditApart(std::string_view a, std::string_view b)
{
    if (a == b)
        return false;
    const auto la = a.size();
    const auto lb = b.size();
    if (la == lb) {
        size_t i = 0;
        while (i < la && a[i] == b[i])
            ++i;
        // substitution
        if (a.substr(i + 1) == b.substr(i + 1))
            return true;
        // adjacent transposition
        return i + 1 < la && a[i] == b[i + 1] && a[i + 1] == b[i] && a.substr(i + 2) == b.substr(i + 2);
    }
    if (la + 1 != lb && lb + 1 != la)
        return false;
    const std::string_view &shorter = la < lb ? a : b;
    const std::string_view &longer = la < lb ? b : a;
    size_t i = 0;
    while (i < shorter.size() && shorter[i] == longer[i])
        ++i;
    return shorter.substr(i) == longer.substr(i + 1);
}

int boundedLevenshtein(std::string_view a, std::string_view b, int limit)
{
    if (std::abs(int(a.size()) - int(b.size())) > limit)
        return limit + 1;
    constexpr size_t kMax = 64;
    a = a.substr(0, kMax);
    b = b.substr(0, kMax);
    std::array<int, kMax + 1> prev {};
    std::array<int, kMax + 1> cur {};
    for (size_t j = 0; j <= b.size(); ++j)
        prev[j] = int(j);
    for (size_t i = 1; i <= a.size(); ++i) {
        cur[0] = int(i);
        int rowMin = cur[0];
        for (size_t j = 1; j <= b.size(); ++j) {
            const int cost = a[i - 1] == b[j - 1] ? 0 : 1;
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost});
            rowMin = std::min(rowMin, cur[j]);
        }
        if (rowMin > limit)
            return limit + 1;
        std::swap(prev, cur);
    }
    return std::min(prev[b.size()], limit + 1);
}

} // namespace msp::reconcile
