#include "reconcile/similarity.h"

#include <algorithm>
#include <array>
#include <bit>
#include <cstdlib>
#include <cstring>

namespace msp::reconcile {

namespace {

constexpr size_t kMax = 64;

// Bits [lo, hi] set, 0 <= lo <= hi < 64.
std::uint64_t bitRange(int lo, int hi)
{
    const std::uint64_t upTo = hi >= 63 ? ~std::uint64_t(0) : (std::uint64_t(1) << (hi + 1)) - 1;
    return upTo & ~((std::uint64_t(1) << lo) - 1);
}

// For each byte value, the positions where it occurs in `s` (at most 64
// bytes). Only the entries of bytes in `s` and `other` are written, so the
// table needs no clearing of its 256 entries on each call.
void positionsOf(std::string_view s, std::string_view other, std::uint64_t (&table)[256])
{
    for (const char c : other)
        table[(unsigned char)c] = 0;
    for (const char c : s)
        table[(unsigned char)c] = 0;
    for (size_t j = 0; j < s.size(); ++j)
        table[(unsigned char)s[j]] |= std::uint64_t(1) << j;
}

} // namespace

// Bit-parallel: each character of the shorter string takes the first free
// position of the same character within the window, found as the lowest bit of
// a mask, which is the classic algorithm's choice.
double jaroWinkler(std::string_view a, std::string_view b)
{
    if (a.empty() || b.empty())
        return 0.0;
    if (a == b)
        return 1.0;
    a = a.substr(0, kMax);
    b = b.substr(0, kMax);
    if (a.size() > b.size())
        std::swap(a, b);
    const int la = int(a.size());
    const int lb = int(b.size());
    const int window = std::max(0, lb / 2 - 1);
    std::uint64_t positions[256];
    positionsOf(b, a, positions);
    std::uint64_t matchedA = 0;
    std::uint64_t matchedB = 0;
    int matches = 0;
    for (int i = 0; i < la; ++i) {
        const std::uint64_t free = positions[(unsigned char)a[size_t(i)]] & ~matchedB
            & bitRange(std::max(0, i - window), std::min(lb - 1, i + window));
        if (free != 0) {
            matchedB |= free & (~free + 1);
            matchedA |= std::uint64_t(1) << i;
            ++matches;
        }
    }
    if (matches == 0)
        return 0.0;
    int transpositions = 0;
    while (matchedA != 0) {
        const int i = std::countr_zero(matchedA);
        const int j = std::countr_zero(matchedB);
        transpositions += a[size_t(i)] != b[size_t(j)];
        matchedA &= matchedA - 1;
        matchedB &= matchedB - 1;
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
        if (bag[bin] < 127) // below 128: jaroWinklerUpperBound takes minima eight bytes at a time
            ++bag[bin];
    }
    return bag;
}

double jaroWinklerUpperBound(std::string_view a, std::string_view b, const LetterBag &bagA, const LetterBag &bagB)
{
    if (a.empty() || b.empty())
        return 0.0;
    // Byte-wise min of the counts, eight at a time (counts stay below 128).
    constexpr std::uint64_t high = 0x8080808080808080ULL;
    std::uint64_t common = 0;
    for (size_t i = 0; i < bagA.size(); i += 8) {
        std::uint64_t x;
        std::uint64_t y;
        std::memcpy(&x, bagA.data() + i, 8);
        std::memcpy(&y, bagB.data() + i, 8);
        const std::uint64_t xAtLeastY = (((x | high) - y) & high) >> 7; // 1 per byte where x >= y
        const std::uint64_t mask = xAtLeastY * 0xFF;
        const std::uint64_t least = (y & mask) | (x & ~mask);
        // Sum of the eight bytes: pairs into 16-bit lanes first, so nothing
        // carries over.
        const std::uint64_t lanes = (least & 0x00FF00FF00FF00FFULL) + ((least >> 8) & 0x00FF00FF00FF00FFULL);
        common += (lanes * 0x0001000100010001ULL) >> 48;
    }
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

// Myers' bit-vector algorithm (Hyyro's formulation): one pass over b with a
// handful of word operations per character, exact for a of up to 64 bytes.
int boundedLevenshtein(std::string_view a, std::string_view b, int limit)
{
    if (std::abs(int(a.size()) - int(b.size())) > limit)
        return limit + 1;
    a = a.substr(0, kMax);
    b = b.substr(0, kMax);
    if (a.empty() || b.empty())
        return std::min(int(std::max(a.size(), b.size())), limit + 1);
    std::uint64_t positions[256];
    positionsOf(a, b, positions);
    const std::uint64_t last = std::uint64_t(1) << (a.size() - 1);
    std::uint64_t plus = ~std::uint64_t(0);
    std::uint64_t minus = 0;
    int distance = int(a.size());
    for (const char c : b) {
        const std::uint64_t eq = positions[(unsigned char)c];
        const std::uint64_t xv = eq | minus;
        const std::uint64_t xh = (((eq & plus) + plus) ^ plus) | eq;
        std::uint64_t hPlus = minus | ~(xh | plus);
        std::uint64_t hMinus = plus & xh;
        if (hPlus & last)
            ++distance;
        else if (hMinus & last)
            --distance;
        hPlus = (hPlus << 1) | 1;
        hMinus <<= 1;
        plus = hMinus | ~(xv | hPlus);
        minus = hPlus & xv;
    }
    return std::min(distance, limit + 1);
}

} // namespace msp::reconcile
