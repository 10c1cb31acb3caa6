#pragma once

#include <string_view>

namespace msp::reconcile {

// The formal given name a nickname stands for ("bill" -> "william", "liz" ->
// "elizabeth"), from a built-in table of common English short forms; the name
// itself when it is not a known nickname. Input is folded (lower-case ASCII).
std::string_view canonicalGivenName(std::string_view folded);

} // namespace msp::reconcile
