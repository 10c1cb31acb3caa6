#pragma once

#include "reconcile/explanation.h"
#include "reconcile/fellegisunter.h"
#include "reconcile/records.h"

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

    PersonComparator(const std::vector<PersonRecord> &left, const std::vector<PersonRecord> &right);

    Pattern compare(std::uint32_t a, std::uint32_t b) const;
    // Term-frequency adjustment in bits for an exact name agreement: a shared
    // rare surname says more than a shared common one.
    double termFrequencyAdjustment(std::uint32_t a, std::uint32_t b, Pattern p) const;
    std::vector<Contribution> explain(std::uint32_t a, std::uint32_t b, const FellegiSunter &model) const;

    const PersonRecord &left(std::uint32_t i) const { return (*m_left)[i]; }
    const PersonRecord &right(std::uint32_t i) const { return (*m_right)[i]; }

private:
    int nameLevel(std::string_view a, std::string_view b, std::string_view canonA, std::string_view canonB) const;

    const std::vector<PersonRecord> *m_left;
    const std::vector<PersonRecord> *m_right;
    std::vector<std::string_view> m_canonLeft;
    std::vector<std::string_view> m_canonRight;
    // log2(chance two random people share a name / share of this name), per record.
    std::vector<float> m_tfGivenLeft, m_tfGivenRight, m_tfSurnameLeft, m_tfSurnameRight;
};

// Day and month swapped ("19870312" / "19871203").
bool isDayMonthSwap(std::string_view a, std::string_view b);

} // namespace msp::reconcile
