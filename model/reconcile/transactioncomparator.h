#pragma once

#include "reconcile/explanation.h"
#include "reconcile/fellegisunter.h"
#include "reconcile/records.h"
#include "reconcile/similarity.h"

#include <cstdint>
#include <vector>

namespace msp::reconcile {

// A processor's fee: `basisPoints` of the gross plus `fixed` minor units.
struct Fee {
    int basisPoints = 0;
    std::int64_t fixed = 0;
};

// Stripe (2.9 % + 30¢, 2.7 % + 5¢ in person), Square (2.6 % + 10¢, 3.5 % +
// 15¢ keyed), PayPal (3.49 % + 49¢).
std::vector<Fee> defaultFees();

// The gross amount that leaves `net` after the fee, when one of the fees
// explains the difference to within a cent.
bool isExplainedByFee(std::int64_t gross, std::int64_t net, const std::vector<Fee> &fees);

// Levelled comparisons of two money movements.
class TransactionComparator
{
public:
    enum Comparison { Amount, DateLag, Name, Product, Reference, Count };

    static std::vector<ComparisonSpec> specs();

    TransactionComparator(const std::vector<TransactionRecord> &left, const std::vector<TransactionRecord> &right,
                          std::vector<Fee> fees = defaultFees());

    Pattern compare(std::uint32_t a, std::uint32_t b) const;
    std::vector<Contribution> explain(std::uint32_t a, std::uint32_t b, const FellegiSunter &model) const;
    const std::vector<Fee> &fees() const { return m_fees; }

    static int amountLevel(std::int64_t a, std::int64_t b, const std::vector<Fee> &fees);
    static int lagLevel(int days);

private:
    int nameLevel(std::uint32_t a, std::uint32_t b) const;
    int productLevel(std::uint32_t a, std::uint32_t b) const;

    const std::vector<TransactionRecord> *m_left;
    const std::vector<TransactionRecord> *m_right;
    std::vector<Fee> m_fees;
    std::vector<LetterBag> m_bagLeft;
    std::vector<LetterBag> m_bagRight;
    // Products are few: each side's names are interned and the levels of
    // every left-right product pair computed once.
    std::vector<std::int32_t> m_productLeft;
    std::vector<std::int32_t> m_productRight;
    std::vector<std::uint8_t> m_productLevels; // [left id * right count + right id]
    std::size_t m_productRightCount = 0;
};

} // namespace msp::reconcile
