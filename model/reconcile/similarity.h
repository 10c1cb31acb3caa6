#pragma once

#include <array>
#include <cstdint>
#include <string_view>

namespace msp::reconcile {

// Jaro-Winkler similarity in [0, 1] on bytes (names are folded to ASCII
// first), prefix scale 0.1 over at most four characters. No allocation: this
// is the inner loop of every comparison.
double jaroWinkler(std::string_view a, std::string_view b);

// Letter counts of a folded string (a-z, digits, other), kept per record so
// that most pairs of unrelated names are rejected without running Jaro.
using LetterBag = std::array<std::uint8_t, 32>; // 28 used: a-z, digits, other
LetterBag letterBag(std::string_view s);

// An upper bound of jaroWinkler(a, b) from the bags: Jaro's matching
// characters cannot outnumber the characters the two strings share.
double jaroWinklerUpperBound(std::string_view a, std::string_view b, const LetterBag &bagA, const LetterBag &bagB);

// True when b is a with one character substituted, inserted or deleted, or two
// adjacent characters transposed (Damerau distance 1). False when equal.
bool isOneEditApart(std::string_view a, std::string_view b);

// Levenshtein distance, giving up (returning limit + 1) past `limit`.
int boundedLevenshtein(std::string_view a, std::string_view b, int limit);

} // namespace msp::reconcile
