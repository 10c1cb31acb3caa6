#pragma once

#include <cstdint>
#include <string>
#include <string_view>

namespace msp::reconcile {

// NYSIIS (New York State Identification and Intelligence System) code of a
// folded name, at most six letters: "smith" and "smyth" -> "SNAT". Used as a
// blocking key, so a misspelt surname still meets its record.
std::string nysiis(std::string_view folded);

// 64-bit FNV-1a of a key, for hashing blocking keys without keeping strings.
std::uint64_t hashKey(std::string_view key, std::uint64_t salt = 0);

} // namespace msp::reconcile
