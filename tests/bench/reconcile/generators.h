#pragma once

// Synthetic data with realistic noise for the reconcile benches: people with
// duplicates (typos, nicknames, swapped day and month, moves, missing
// fields), and checkout lines against reward redemptions and card payouts
// (fees, one- to three-day lags, name variants, missing names).

#include "reconcile/records.h"

#include <algorithm>
#include <cstdio>
#include <random>
#include <string>
#include <utility>
#include <vector>

namespace generators {

using msp::reconcile::PersonRecord;
using msp::reconcile::TransactionRecord;

inline const std::vector<std::string> &givenNames()
{
    static const std::vector<std::string> v {
        "james",     "mary",   "john",        "patricia", "robert",    "jennifer", "michael",  "linda",    "william",
        "elizabeth", "david",  "barbara",     "richard",  "susan",     "joseph",   "jessica",  "thomas",   "sarah",
        "charles",   "karen",  "christopher", "nancy",    "daniel",    "lisa",     "matthew",  "margaret", "anthony",
        "betty",     "mark",   "sandra",      "donald",   "ashley",    "steven",   "kimberly", "paul",     "emily",
        "andrew",    "donna",  "joshua",      "michelle", "kenneth",   "carol",    "kevin",    "amanda",   "brian",
        "melissa",   "george", "deborah",     "timothy",  "stephanie", "olivia",   "emma",     "ava",      "sophia",
        "isabella",  "mia",    "amelia",      "harper",   "evelyn",    "abigail",  "chloe",    "grace",    "zoe",
        "lily",      "hannah", "nora",        "riley",    "layla",     "aria",     "ellie"};
    return v;
}

inline const std::vector<std::string> &nicknamesOf()
{
    // pairs flattened: formal, nickname
    static const std::vector<std::string> v {"william",  "bill", "elizabeth", "liz", "robert",      "bob",
                                             "richard",  "rick", "james",     "jim", "margaret",    "peggy",
                                             "michael",  "mike", "jennifer",  "jen", "thomas",      "tom",
                                             "patricia", "pat",  "joseph",    "joe", "christopher", "chris"};
    return v;
}

inline std::string syllables(std::mt19937_64 &rng, int n)
{
    static const char *parts[] = {"ka",  "lo",  "mi",  "ren", "sa",  "tor", "vel", "an",  "bri",  "dun", "el",
                                  "fay", "gor", "hal", "is",  "jo",  "mar", "ne",  "pet", "quin", "ros", "ste",
                                  "tan", "ul",  "vin", "wes", "yar", "zel", "bo",  "cor", "dal",  "fen"};
    std::string s;
    for (int i = 0; i < n; ++i)
        s += parts[rng() % 32];
    return s;
}

inline std::string typo(std::string s, std::mt19937_64 &rng)
{
    if (s.size() < 2)
        return s;
    const size_t i = rng() % s.size();
    switch (rng() % 4) {
    case 0: s[i] = char('a' + rng() % 26); break; // substitution
    case 1: s.erase(i, 1); break; // deletion
    case 2: s.insert(i, 1, char('a' + rng() % 26)); break; // insertion
    default:
        if (i + 1 < s.size())
            std::swap(s[i], s[i + 1]); // transposition
    }
    return s;
}

inline PersonRecord person(std::mt19937_64 &rng, std::uint64_t id)
{
    PersonRecord p;
    p.id = "p" + std::to_string(id);
    p.givenName = rng() % 10 < 7 ? givenNames()[rng() % givenNames().size()] : syllables(rng, 2);
    p.surname = syllables(rng, 2 + int(rng() % 2));
    char dob[9];
    std::snprintf(dob, sizeof dob, "%04d%02d%02d", 1935 + int(rng() % 70), 1 + int(rng() % 12), 1 + int(rng() % 28));
    p.dateOfBirth = dob;
    p.streetNumber = std::to_string(1 + rng() % 400);
    p.address = syllables(rng, 2) + (rng() % 2 ? " street" : " road");
    p.suburb = syllables(rng, 2);
    p.postcode = std::to_string(1000 + rng() % 8000);
    p.state = std::string(1, char('a' + rng() % 8));
    if (rng() % 2)
        p.phone = "1555" + std::to_string(1000000 + rng() % 9000000);
    if (rng() % 3 == 0)
        p.email = p.givenName + "." + p.surname + "@example.com";
    return p;
}

// One to three modifications of the kinds FEBRL applies.
inline PersonRecord duplicateOf(const PersonRecord &original, std::mt19937_64 &rng, std::uint64_t id)
{
    PersonRecord p = original;
    p.id = "p" + std::to_string(id);
    const int changes = 1 + int(rng() % 3);
    for (int c = 0; c < changes; ++c) {
        switch (rng() % 9) {
        case 0: p.surname = typo(p.surname, rng); break;
        case 1: p.givenName = typo(p.givenName, rng); break;
        case 2: {
            const auto &n = nicknamesOf();
            for (size_t i = 0; i < n.size(); i += 2)
                if (p.givenName == n[i])
                    p.givenName = n[i + 1];
            break;
        }
        case 3:
            if (p.dateOfBirth.size() == 8)
                p.dateOfBirth = p.dateOfBirth.substr(0, 4) + p.dateOfBirth.substr(6, 2) + p.dateOfBirth.substr(4, 2);
            break;
        case 4: p.dateOfBirth = typo(p.dateOfBirth, rng); break;
        case 5: p.address = typo(p.address, rng); break;
        case 6:
            p.phone.clear();
            p.email.clear();
            break;
        case 7: p.suburb.clear(); break;
        default: p.postcode = typo(p.postcode, rng); break;
        }
    }
    return p;
}

// `originals` people plus `duplicates` copies of random originals; truth is
// the index of each record's original.
inline std::vector<PersonRecord> people(std::size_t originals, std::size_t duplicates, std::uint64_t seed,
                                        std::vector<std::uint32_t> &entity)
{
    std::mt19937_64 rng(seed);
    std::vector<PersonRecord> v;
    v.reserve(originals + duplicates);
    entity.clear();
    for (std::size_t i = 0; i < originals; ++i) {
        v.push_back(person(rng, i));
        entity.push_back(std::uint32_t(i));
    }
    for (std::size_t k = 0; k < duplicates; ++k) {
        const auto o = std::uint32_t(rng() % originals);
        v.push_back(duplicateOf(v[o], rng, originals + k));
        entity.push_back(o);
    }
    return v;
}

struct TransactionSet {
    std::vector<TransactionRecord> left; // checkout tender lines
    std::vector<TransactionRecord> right; // redemptions and payouts
    std::vector<std::pair<std::uint32_t, std::uint32_t>> truth;
};

// Checkout lines over a year against their redemption (same amount) or card
// payout (less 2.9 % + 30¢), 0-3 days later, with name noise; a few rows on
// each side have no counterpart.
inline TransactionSet transactions(std::size_t n, std::uint64_t seed)
{
    std::mt19937_64 rng(seed);
    TransactionSet s;
    static const std::vector<std::pair<std::string, std::int64_t>> rewards {
        {"alle botox reward", 6000}, {"alle juvederm reward", 10000}, {"aspire botox", 5000},
        {"xperience xeomin", 4000},  {"evolus jeuveau", 7500},        {"alle kybella", 20000}};
    static const std::vector<std::string> products {
        "botox", "juvederm", "kybella", "xeomin", "jeuveau", "hydrafacial", "laser hair removal", "chemical peel"};
    std::vector<std::string> patients;
    for (std::size_t i = 0; i < std::max<std::size_t>(1000, n / 4); ++i)
        patients.push_back(givenNames()[rng() % givenNames().size()] + " " + syllables(rng, 2 + int(rng() % 2)));
    const auto sorted = [](const std::string &name) {
        const auto sp = name.find(' ');
        const std::string a = name.substr(0, sp);
        const std::string b = name.substr(sp + 1);
        return a < b ? a + " " + b : b + " " + a;
    };
    const std::size_t extra = n * 3 / 100;
    for (std::size_t i = 0; i < n; ++i) {
        TransactionRecord x;
        x.id = "L" + std::to_string(i);
        x.day = 19723 + int(rng() % 365);
        const std::string patient = patients[rng() % patients.size()];
        x.name = sorted(patient);
        TransactionRecord y;
        y.id = "R" + std::to_string(i);
        y.day = x.day + int(rng() % 4);
        const bool reward = rng() % 10 < 3;
        if (reward) {
            const auto &r = rewards[rng() % rewards.size()];
            x.amount = r.second;
            x.product = r.first.substr(r.first.find(' ') + 1);
            y.amount = r.second;
            y.product = r.first;
        } else {
            x.amount = 5000 + std::int64_t(rng() % 150000);
            x.product = products[rng() % products.size()];
            y.amount = x.amount - (x.amount * 290 + 5000) / 10000 - 30;
            y.product = rng() % 2 ? x.product : std::string();
        }
        // Name noise on the other side.
        std::string other = patient;
        const auto roll = rng() % 100;
        if (roll < 8)
            other = typo(other, rng);
        else if (roll < 12)
            other.clear();
        else if (roll < 16)
            other = other.substr(0, other.find(' ')); // first name only
        y.name = other.empty() ? std::string() : (other.find(' ') == std::string::npos ? other : sorted(other));
        s.truth.emplace_back(std::uint32_t(s.left.size()), std::uint32_t(s.right.size()));
        s.left.push_back(x);
        s.right.push_back(y);
    }
    for (std::size_t i = 0; i < extra; ++i) {
        TransactionRecord x;
        x.id = "LX" + std::to_string(i);
        x.day = 19723 + int(rng() % 365);
        x.amount = 5000 + std::int64_t(rng() % 150000);
        x.name = sorted(patients[rng() % patients.size()]);
        s.left.push_back(x);
        TransactionRecord y = x;
        y.id = "RX" + std::to_string(i);
        y.day = 19723 + int(rng() % 365);
        y.amount = 5000 + std::int64_t(rng() % 150000);
        y.name = sorted(patients[rng() % patients.size()]);
        s.right.push_back(y);
    }
    // Shuffle the right side so order says nothing.
    std::vector<std::uint32_t> perm(s.right.size());
    for (std::uint32_t i = 0; i < perm.size(); ++i)
        perm[i] = i;
    std::shuffle(perm.begin(), perm.end(), rng);
    std::vector<TransactionRecord> shuffled(s.right.size());
    std::vector<std::uint32_t> where(s.right.size());
    for (std::uint32_t i = 0; i < perm.size(); ++i) {
        shuffled[i] = s.right[perm[i]];
        where[perm[i]] = i;
    }
    s.right = std::move(shuffled);
    for (auto &t : s.truth)
        t.second = where[t.second];
    return s;
}

} // namespace generators
