#pragma once

#include <string_view>

namespace msp::reconcile {

// Jaro-Winkler similarity in [0, 1] on bytes (names are folded to ASCII
// first), prefix scale 0.1 over at most four characters. No allocation: this
// is the inner loop of every comparison.
double jaroWinkler(std::string_view a, std::string_view b);

// True when b is a with one character substituted, inserted or deleted, or two
// adjacent characters transposed (Damerau distance 1). False when equal.
bool isOneEditApart(std::string_view a, std::string_view b);

// Levenshtein distance, giving up (returning limit + 1) past `limit`.
int boundedLevenshtein(std::string_view a, std::string_view b, int limit);

} // namespace msp::reconcile
