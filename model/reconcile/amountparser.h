#pragma once

#include <cstdint>
#include <optional>
#include <string_view>

namespace msp::reconcile {

// "$1,234.56", "-$12.00", "(12.00)", "1.234,56 €", "USD 60", "60" to minor
// units (cents). The decimal separator is the last '.' or ',' followed by one
// or two digits; other separators group thousands. Amounts in parentheses or
// with a leading or trailing minus are negative.
std::optional<std::int64_t> parseAmount(std::string_view text);

} // namespace msp::reconcile
