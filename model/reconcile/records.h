#pragma once

#include <cstdint>
#include <string>

namespace msp::reconcile {

// A person as the matcher sees one: every field already folded (lower-case
// ASCII where the alphabet allows), empty when missing.
struct PersonRecord {
    std::string id; // from the id column, else the line number
    std::int64_t line = 0;
    std::string givenName;
    std::string surname;
    std::string dateOfBirth; // "YYYYMMDD", digits as written even if not a real date
    std::string streetNumber;
    std::string address;
    std::string address2;
    std::string suburb;
    std::string postcode;
    std::string state;
    std::string phone; // E.164 digits without '+'
    std::string email;
};

// One money movement: a checkout tender line, a reward redemption, a payout.
struct TransactionRecord {
    std::string id;
    std::int64_t line = 0;
    int day = 0; // days since 1970-01-01 in the clinic's calendar
    std::int64_t amount = 0; // minor units, signed
    std::string name; // payer / memo, folded, tokens sorted
    std::string product;
    std::string reference; // authorisation code or reference, folded
    // Hash of the normalised row, so the store can recognise a file imported
    // twice and add nothing.
    std::uint64_t fingerprint = 0;
};

// A decision staff made on a pair (left index, right index): the learning
// signal that refines the model.
struct LabelledPair {
    std::uint32_t a = 0;
    std::uint32_t b = 0;
    bool isMatch = false;
};

} // namespace msp::reconcile
