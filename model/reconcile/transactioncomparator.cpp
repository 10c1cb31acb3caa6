#include "reconcile/transactioncomparator.h"

#include "reconcile/similarity.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdlib>
#include <unordered_map>

namespace msp::reconcile {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("msp::reconcile::TransactionComparator", text);
}

int nameLevelOf(std::string_view a, std::string_view b, const LetterBag &bagA, const LetterBag &bagB)
{
    if (a.empty() || b.empty())
        return 0;
    if (a == b)
        return 4;
    // Nearly the same letters: a typo that moved a space reorders the
    // sorted tokens ("patrici ayarbriyar") and defeats Jaro-Winkler.
    int common = 0;
    for (size_t i = 0; i < bagA.size(); ++i)
        common += std::min(bagA[i], bagB[i]);
    const double dice = 2.0 * common / double(a.size() + b.size());
    if (dice >= 0.9 && a.size() >= 6)
        return 3;
    if (jaroWinklerUpperBound(a, b, bagA, bagB) < 0.8 && a.find(b) == std::string_view::npos
        && b.find(a) == std::string_view::npos)
        return 1;
    const double s = jaroWinkler(a, b);
    if (s >= 0.92)
        return 3;
    // A memo that holds the payer's name among other words.
    if (a.size() != b.size() && (a.find(b) != std::string_view::npos || b.find(a) != std::string_view::npos))
        return 3;
    return s >= 0.8 ? 2 : 1;
}

bool shareWord(std::string_view a, std::string_view b)
{
    size_t i = 0;
    while (i < a.size()) {
        const size_t j = std::min(a.find(' ', i), a.size());
        const std::string_view word = a.substr(i, j - i);
        if (word.size() >= 3) {
            size_t k = 0;
            while (k < b.size()) {
                const size_t l = std::min(b.find(' ', k), b.size());
                if (b.substr(k, l - k) == word)
                    return true;
                k = l + 1;
            }
        }
        i = j + 1;
    }
    return false;
}

int productLevelOf(std::string_view a, std::string_view b)
{
    if (a.empty() || b.empty())
        return 0;
    if (a == b)
        return 3;
    return shareWord(a, b) || jaroWinkler(a, b) >= 0.9 ? 2 : 1;
}

QString signedPercent(double percent)
{
    const QString number = QString::number(std::abs(percent), 'f', 1);
    return percent < 0 ? QString(QChar(0x2212) + number + QStringLiteral(" %"))
                       : QString(u'+' + number + QStringLiteral(" %"));
}

QString lagWords(int days)
{
    if (days == 0)
        return tr("same day");
    if (days == 1)
        return tr("one day later");
    if (days == -1)
        return tr("one day earlier");
    return days > 0 ? tr("%1 days later").arg(days) : tr("%1 days earlier").arg(-days);
}

} // namespace

std::vector<Fee> defaultFees()
{
    return {{290, 30}, {270, 5}, {260, 10}, {350, 15}, {349, 49}, {300, 0}, {0, 30}};
}

bool isExplainedByFee(std::int64_t gross, std::int64_t net, const std::vector<Fee> &fees)
{
    if (gross <= 0 || net >= gross)
        return false;
    // Most pairs differ by far more than any fee: one bound instead of a
    // division per fee.
    int mostBasisPoints = 0;
    std::int64_t mostFixed = 0;
    for (const Fee &f : fees) {
        mostBasisPoints = std::max(mostBasisPoints, f.basisPoints);
        mostFixed = std::max(mostFixed, f.fixed);
    }
    if (gross - net - 1 > (gross * mostBasisPoints + 5000) / 10000 + mostFixed)
        return false;
    for (const Fee &f : fees) {
        const std::int64_t fee = (gross * f.basisPoints + 5000) / 10000 + f.fixed;
        if (std::llabs(gross - fee - net) <= 1)
            return true;
    }
    return false;
}

std::vector<ComparisonSpec> TransactionComparator::specs()
{
    const QString missing = tr("missing");
    return {
        {tr("amount"),
         {missing, tr("different"), tr("within 3 %"), tr("within 1 %"), tr("explained by a fee"), tr("same")}},
        {tr("date"),
         {missing, tr("more than a week apart"), tr("4 to 7 days apart"), tr("2 or 3 days apart"), tr("one day apart"),
          tr("same day")}},
        {tr("name"), {missing, tr("different"), tr("similar"), tr("close"), tr("same")}},
        {tr("product"), {missing, tr("different"), tr("shares a word"), tr("same")}},
        {tr("reference"), {missing, tr("different"), tr("same")}},
    };
}

TransactionComparator::TransactionComparator(const std::vector<TransactionRecord> &left,
                                             const std::vector<TransactionRecord> &right, std::vector<Fee> fees)
    : m_left(&left)
    , m_right(&right)
    , m_fees(std::move(fees))
{
    StringPool references;
    const auto rows = [&](const std::vector<TransactionRecord> &v, std::vector<Row> &out) {
        out.resize(v.size());
        for (size_t i = 0; i < v.size(); ++i) {
            out[i].amount = v[i].amount;
            out[i].day = v[i].day;
            out[i].name = m_names.add(v[i].name);
            out[i].reference = references.add(v[i].reference);
        }
    };
    rows(left, m_rowsLeft);
    rows(right, m_rowsRight);
    m_bags.resize(m_names.size());
    for (std::uint32_t id = 0; id < m_names.size(); ++id)
        m_bags[id] = letterBag(m_names.view(id));
    const auto intern
        = [](const std::vector<TransactionRecord> &v, std::vector<Row> &out, std::vector<std::string_view> &names) {
              std::unordered_map<std::string_view, std::int32_t> seen;
              for (size_t i = 0; i < v.size(); ++i) {
                  if (v[i].product.empty())
                      continue;
                  const auto [it, inserted] = seen.try_emplace(v[i].product, std::int32_t(names.size()));
                  if (inserted)
                      names.push_back(v[i].product);
                  out[i].product = it->second;
              }
          };
    std::vector<std::string_view> leftNames;
    std::vector<std::string_view> rightNames;
    intern(left, m_rowsLeft, leftNames);
    intern(right, m_rowsRight, rightNames);
    if (leftNames.size() * rightNames.size() <= 1000000) {
        m_productRightCount = rightNames.size();
        m_productLevels.resize(leftNames.size() * rightNames.size());
        for (size_t i = 0; i < leftNames.size(); ++i)
            for (size_t j = 0; j < rightNames.size(); ++j)
                m_productLevels[i * m_productRightCount + j]
                    = std::uint8_t(productLevelOf(leftNames[i], rightNames[j]));
    }
}

int TransactionComparator::nameLevel(std::uint32_t a, std::uint32_t b) const
{
    const std::uint32_t x = m_rowsLeft[a].name;
    const std::uint32_t y = m_rowsRight[b].name;
    if (x == 0 || y == 0)
        return 0;
    if (x == y)
        return 4;
    return nameLevelOf(m_names.view(x), m_names.view(y), m_bags[x], m_bags[y]);
}

int TransactionComparator::productLevel(std::uint32_t a, std::uint32_t b) const
{
    const std::int32_t pa = m_rowsLeft[a].product;
    const std::int32_t pb = m_rowsRight[b].product;
    if (pa < 0 || pb < 0)
        return 0;
    if (!m_productLevels.empty())
        return m_productLevels[size_t(pa) * m_productRightCount + size_t(pb)];
    return productLevelOf((*m_left)[a].product, (*m_right)[b].product);
}

int TransactionComparator::amountLevel(std::int64_t a, std::int64_t b, const std::vector<Fee> &fees)
{
    if (a == b)
        return 5;
    // A fee that explains the gap to the cent is better evidence than an
    // amount that is merely close. (Ranking it above "same" lets EM settle on
    // the payouts alone and disown equal reward amounts: measured, F1 0.82.)
    if (isExplainedByFee(a, b, fees) || isExplainedByFee(b, a, fees))
        return 4;
    const double base = double(std::max(std::llabs(a), std::llabs(b)));
    const double diff = double(std::llabs(a - b));
    if (diff <= base * 0.01)
        return 3;
    if (diff <= base * 0.03)
        return 2;
    return 1;
}

int TransactionComparator::lagLevel(int days)
{
    const int d = std::abs(days);
    if (d == 0)
        return 5;
    if (d == 1)
        return 4;
    if (d <= 3)
        return 3;
    if (d <= 7)
        return 2;
    return 1;
}

Pattern TransactionComparator::compare(std::uint32_t a, std::uint32_t b) const
{
    const Row &x = m_rowsLeft[a];
    const Row &y = m_rowsRight[b];
    Pattern p = 0;
    p = withLevel(p, Amount, amountLevel(x.amount, y.amount, m_fees));
    p = withLevel(p, DateLag, lagLevel(y.day - x.day));
    p = withLevel(p, Name, nameLevel(a, b));
    p = withLevel(p, Product, productLevel(a, b));
    p = withLevel(p, Reference, x.reference == 0 || y.reference == 0 ? 0 : x.reference == y.reference ? 2 : 1);
    return p;
}

std::vector<Contribution> TransactionComparator::explain(std::uint32_t a, std::uint32_t b,
                                                         const FellegiSunter &model) const
{
    const TransactionRecord &x = (*m_left)[a];
    const TransactionRecord &y = (*m_right)[b];
    const Pattern p = compare(a, b);
    std::vector<Contribution> out;
    const auto add = [&](int c, QString detail) {
        const int level = levelOf(p, c);
        if (level != 0)
            out.push_back({model.comparisons()[size_t(c)].name, std::move(detail), model.levelWeight(c, level)});
    };
    const int amount = levelOf(p, Amount);
    if (amount == 5)
        add(Amount, tr("amount same"));
    else if (amount == 4)
        add(Amount, tr("amount less a card fee"));
    else
        add(Amount,
            tr("amount %1")
                .arg(signedPercent(
                    x.amount == 0 ? 100.0 : 100.0 * double(y.amount - x.amount) / double(std::llabs(x.amount)))));
    add(DateLag, lagWords(y.day - x.day));
    const int name = levelOf(p, Name);
    add(Name, name == 4 ? tr("name same") : tr("name %1").arg(QString::number(jaroWinkler(x.name, y.name), 'f', 2)));
    add(Product, tr("product %1").arg(model.comparisons()[Product].levels.at(levelOf(p, Product))));
    add(Reference, levelOf(p, Reference) == 2 ? tr("reference same") : tr("reference different"));
    return out;
}

} // namespace msp::reconcile
