#pragma once

#include "reconcile/explanation.h"
#include "reconcile/fellegisunter.h"
#include "reconcile/records.h"
#include "reconcile/similarity.h"
#include "reconcile/stringpool.h"

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

    // A record as compare() reads it, 24 bytes: names and references as
    // interned ids (0 when empty), so equal values are equal ids.
    struct Row {
        std::int64_t amount = 0;
        int day = 0;
        std::uint32_t name = 0;
        std::int32_t product = -1;
        std::uint32_t reference = 0;
    };

    const std::vector<TransactionRecord> *m_left;
    const std::vector<TransactionRecord> *m_right;
    std::vector<Fee> m_fees;
    std::vector<Row> m_rowsLeft;
    std::vector<Row> m_rowsRight;
    StringPool m_names; // both sides
    std::vector<LetterBag> m_bags; // per name id
    // Products are few: each side's names are interned and the levels of
    // every left-right product pair computed once.
    std::vector<std::uint8_t> m_productLevels; // [left id * right count + right id]
    std::size_t m_productRightCount = 0;
};

} // namespace msp::reconcile
