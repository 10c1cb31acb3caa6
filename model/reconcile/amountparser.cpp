#include "reconcile/amountparser.h"

#include <string>

namespace msp::reconcile {

std::optional<std::int64_t> parseAmount(std::string_view text)
{
    bool negative = false;
    std::string digits; // digits and at most one '.' as the decimal point
    int lastSeparator = -1; // index in `digits` where a separator was seen
    bool sawDigit = false;
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            digits.push_back(c);
            sawDigit = true;
        } else if (c == '.' || c == ',') {
            if (sawDigit) {
                lastSeparator = int(digits.size());
            }
        } else if (c == '-' || c == '(') {
            negative = true;
        } else if (c == ' ' || c == '\'' || c == '$' || c == ')' || c == '+' || (unsigned char)c >= 0x80
                   || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) {
            // currency signs, codes and thousands spaces
        } else {
            return std::nullopt;
        }
    }
    if (text.find("\xE2\x88\x92") != std::string_view::npos) // U+2212 MINUS SIGN
        negative = true;
    if (!sawDigit || digits.size() > 17)
        return std::nullopt;
    int decimals = 0;
    if (lastSeparator >= 0) {
        // "1,234" and "1.234" group thousands; "12,5", "12.50" and "0.0290"
        // have decimals.
        const int after = int(digits.size()) - lastSeparator;
        if (after == 1 || after == 2 || after == 4)
            decimals = after;
        else if (after > 4)
            return std::nullopt;
    }
    std::int64_t units = 0;
    for (const char c : digits)
        units = units * 10 + (c - '0');
    // To cents: pad or round half away from zero.
    if (decimals == 0)
        units *= 100;
    else if (decimals == 1)
        units *= 10;
    else if (decimals == 3)
        units = (units + 5) / 10;
    else if (decimals == 4)
        units = (units + 50) / 100;
    return negative ? -units : units;
}

} // namespace msp::reconcile
