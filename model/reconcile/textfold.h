#pragma once

#include <string>
#include <string_view>

namespace msp::reconcile {

// Accent- and case-folded UTF-8: "José MÜLLER" -> "jose muller". Pure ASCII
// takes a byte loop; anything else goes through QString NFD, drops combining
// marks and case-folds. Whitespace runs become one space, ends are trimmed.
std::string foldText(std::string_view utf8);

// foldText, then only letters, digits and single spaces: "O'Brien-Smith" ->
// "obrien smith". Apostrophes join, other punctuation separates.
std::string foldName(std::string_view utf8);

// Digits of an E.164 number without the '+': "(555) 123-4567" -> "15551234567"
// with default country "1"; "0412 345 678" -> "61412345678" with "61". A
// leading + or 00 keeps the number's own country code. Empty when it has fewer
// than seven digits.
std::string phoneDigits(std::string_view text, std::string_view defaultCountryCode = "1");

// Trimmed, lower-cased; empty unless it has one '@' with text either side.
std::string normaliseEmail(std::string_view text);

// Only the digits, for street numbers and postcodes.
std::string digitsOnly(std::string_view text);

// Tokens sorted and joined by one space: "smith jane" -> "jane smith".
std::string sortedTokens(std::string_view folded);

} // namespace msp::reconcile
