#pragma once

#include "reconcile/explanation.h"
#include "reconcile/fellegisunter.h"
#include "reconcile/records.h"
#include "reconcile/similarity.h"
#include "reconcile/stringpool.h"

#include <array>
#include <cstdint>
#include <string_view>
#include <vector>

namespace msp::reconcile {

// Levelled comparisons of two people. Built once over the records (it keeps
// nickname forms and name frequencies), then asked for pairs by index: `a`
// into the left records, `b` into the right (the same list for dedupe).
class PersonComparator
{
public:
    enum Comparison {
        GivenName,
        Surname,
        DateOfBirth,
        StreetNumber,
        Address,
        Address2,
        Suburb,
        Postcode,
        State,
        Phone,
        Email,
        Count,
    };

    static std::vector<ComparisonSpec> specs();

    // `threads` build the comparator's tables (one field each at a time).
    PersonComparator(const std::vector<PersonRecord> &left, const std::vector<PersonRecord> &right, int threads = 1);

    Pattern compare(std::uint32_t a, std::uint32_t b) const;
    // Term-frequency adjustment in bits for an exact name agreement: a shared
    // rare surname says more than a shared common one.
    double termFrequencyAdjustment(std::uint32_t a, std::uint32_t b, Pattern p) const;
    std::vector<Contribution> explain(std::uint32_t a, std::uint32_t b, const FellegiSunter &model) const;

    const PersonRecord &left(std::uint32_t i) const { return (*m_left)[i]; }
    const PersonRecord &right(std::uint32_t i) const { return (*m_right)[i]; }

private:
    // A record as the comparator reads it: one interned id per field (0 when
    // empty), the canonical given name's id, and the term-frequency
    // adjustments; 64 bytes, one cache line.
    struct Row {
        std::array<std::uint32_t, Count> field {};
        std::uint32_t canonicalGiven = 0;
        float tfGiven = 0;
        float tfSurname = 0;
    };

    int nameLevel(const Row &x, const Row &y) const;
    int stringLevel(int field, const Row &x, const Row &y, double close, double similar) const;
    std::string_view text(int field, const Row &r) const { return m_pools[size_t(field)].view(r.field[size_t(field)]); }

    const std::vector<PersonRecord> *m_left;
    const std::vector<PersonRecord> *m_right;
    // One pool per field; the given-name pool also holds the canonical forms.
    std::array<StringPool, Count> m_pools;
    std::vector<Row> m_rowsLeft;
    // Letter bags per id of the fields compared by Jaro-Winkler: most pairs
    // of different values are told "different" from the bags alone.
    std::array<std::vector<LetterBag>, Count> m_bags;
    std::vector<Row> m_rowsRightOwn; // empty when right is left (dedupe)
    bool m_sameSides = false;
    const Row &rightRow(std::uint32_t i) const { return m_sameSides ? m_rowsLeft[i] : m_rowsRightOwn[i]; }
};

// Day and month swapped ("19870312" / "19871203").
bool isDayMonthSwap(std::string_view a, std::string_view b);

} // namespace msp::reconcile
