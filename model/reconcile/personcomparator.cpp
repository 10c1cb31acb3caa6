#include "reconcile/personcomparator.h"

#include "reconcile/nicknames.h"
#include "reconcile/parallel.h"
#include "reconcile/similarity.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <string>

namespace msp::reconcile {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("msp::reconcile::PersonComparator", text);
}

int textLevel(std::string_view a, std::string_view b, double close, double similar)
{
    if (a.empty() || b.empty())
        return 0;
    if (a == b)
        return 4;
    const double s = jaroWinkler(a, b);
    return s >= close ? 3 : s >= similar ? 2 : 1;
}

// The level functions below are called with distinct, non-empty values: the
// comparator settles "missing" and "equal" from the interned ids.

int editLevel(std::string_view a, std::string_view b)
{
    return isOneEditApart(a, b) ? 2 : 1;
}

int dobLevel(std::string_view a, std::string_view b)
{
    if (isOneEditApart(a, b) || isDayMonthSwap(a, b))
        return 3;
    return boundedLevenshtein(a, b, 2) <= 2 ? 2 : 1;
}

int emailLevel(std::string_view a, std::string_view b)
{
    const auto localA = a.substr(0, a.find('@'));
    const auto localB = b.substr(0, b.find('@'));
    return localA == localB || isOneEditApart(a, b) ? 2 : 1;
}

std::string_view fieldOf(const PersonRecord &p, int field)
{
    switch (field) {
    case PersonComparator::GivenName: return p.givenName;
    case PersonComparator::Surname: return p.surname;
    case PersonComparator::DateOfBirth: return p.dateOfBirth;
    case PersonComparator::StreetNumber: return p.streetNumber;
    case PersonComparator::Address: return p.address;
    case PersonComparator::Address2: return p.address2;
    case PersonComparator::Suburb: return p.suburb;
    case PersonComparator::Postcode: return p.postcode;
    case PersonComparator::State: return p.state;
    case PersonComparator::Phone: return p.phone;
    default: return p.email;
    }
}

// log2(chance two random records agree on the field / share of this value),
// per id, from the counts of each id over both files.
std::vector<float> termFrequencies(const std::vector<double> &counts)
{
    double n = 0;
    for (size_t id = 1; id < counts.size(); ++id)
        n += counts[id];
    double collision = 0; // chance two random records agree
    for (size_t id = 1; id < counts.size(); ++id)
        collision += (counts[id] / n) * (counts[id] / n);
    std::vector<float> out(counts.size(), 0.0f);
    for (size_t id = 1; id < counts.size(); ++id)
        if (counts[id] > 0)
            out[id] = float(std::clamp(std::log2(collision / (counts[id] / n)), -4.0, 4.0));
    return out;
}

} // namespace

bool isDayMonthSwap(std::string_view a, std::string_view b)
{
    return a.size() == 8 && b.size() == 8 && a.substr(0, 4) == b.substr(0, 4) && a.substr(4, 2) == b.substr(6, 2)
        && a.substr(6, 2) == b.substr(4, 2) && a != b;
}

std::vector<ComparisonSpec> PersonComparator::specs()
{
    const QString missing = tr("missing");
    const QString different = tr("different");
    const auto names = [&](const QString &name) {
        return ComparisonSpec {name, {missing, different, tr("similar"), tr("close or nickname"), tr("same")}};
    };
    const auto text = [&](const QString &name) {
        return ComparisonSpec {name, {missing, different, tr("similar"), tr("close"), tr("same")}};
    };
    const auto edits = [&](const QString &name) {
        return ComparisonSpec {name, {missing, different, tr("one character off"), tr("same")}};
    };
    return {
        names(tr("given name")),
        names(tr("surname")),
        {tr("date of birth"),
         {missing, different, tr("two digits off"), tr("one digit off or day and month swapped"), tr("same")}},
        edits(tr("street number")),
        text(tr("address")),
        text(tr("address line 2")),
        text(tr("suburb")),
        edits(tr("postcode")),
        {tr("state"), {missing, different, tr("same")}},
        edits(tr("phone")),
        {tr("email"), {missing, different, tr("same mailbox name"), tr("same")}},
    };
}

PersonComparator::PersonComparator(const std::vector<PersonRecord> &left, const std::vector<PersonRecord> &right,
                                   int threads)
    : m_left(&left)
    , m_right(&right)
    , m_sameSides(&left == &right)
{
    m_rowsLeft.resize(left.size());
    if (!m_sameSides)
        m_rowsRightOwn.resize(right.size());
    // Each field has its own pool, so fields are interned in parallel and
    // each pool still sees the records in file order (ids do not depend on
    // the thread count).
    parallelFor(size_t(Count), threads, 1, [&](size_t begin, size_t end, size_t) {
        for (size_t f = begin; f < end; ++f) {
            StringPool &pool = m_pools[f];
            for (size_t i = 0; i < left.size(); ++i)
                m_rowsLeft[i].field[f] = pool.add(fieldOf(left[i], int(f)));
            if (!m_sameSides)
                for (size_t i = 0; i < right.size(); ++i)
                    m_rowsRightOwn[i].field[f] = pool.add(fieldOf(right[i], int(f)));
        }
    });
    for (const int field : {GivenName, Surname, Address, Address2, Suburb}) {
        const StringPool &pool = m_pools[size_t(field)];
        auto &bags = m_bags[size_t(field)];
        bags.resize(pool.size());
        for (std::uint32_t id = 0; id < pool.size(); ++id)
            bags[id] = letterBag(pool.view(id));
    }
    StringPool &given = m_pools[GivenName];
    const size_t givenIds = given.size();
    const auto termFrequency = [&](int field, float Row::*out) {
        std::vector<double> counts(field == GivenName ? givenIds : m_pools[size_t(field)].size(), 0.0);
        for (const Row &r : m_rowsLeft)
            counts[r.field[size_t(field)]] += 1;
        for (const Row &r : m_rowsRightOwn)
            counts[r.field[size_t(field)]] += 1;
        const std::vector<float> tf = termFrequencies(counts);
        for (Row &r : m_rowsLeft)
            r.*out = tf[r.field[size_t(field)]];
        for (Row &r : m_rowsRightOwn)
            r.*out = tf[r.field[size_t(field)]];
    };
    termFrequency(GivenName, &Row::tfGiven);
    termFrequency(Surname, &Row::tfSurname);
    // Canonical forms are few: each distinct given name is looked up once.
    std::vector<std::uint32_t> canonical(givenIds, 0);
    for (std::uint32_t id = 1; id < givenIds; ++id)
        canonical[id] = given.add(std::string(canonicalGivenName(given.view(id))));
    for (Row &r : m_rowsLeft)
        r.canonicalGiven = canonical[r.field[GivenName]];
    for (Row &r : m_rowsRightOwn)
        r.canonicalGiven = canonical[r.field[GivenName]];
}

int PersonComparator::stringLevel(int field, const Row &x, const Row &y, double close, double similar) const
{
    const std::uint32_t a = x.field[size_t(field)];
    const std::uint32_t b = y.field[size_t(field)];
    if (a == 0 || b == 0)
        return 0;
    if (a == b)
        return 4;
    const std::string_view u = m_pools[size_t(field)].view(a);
    const std::string_view v = m_pools[size_t(field)].view(b);
    // The bound can differ from the value in the last bit: keep a margin.
    const auto &bags = m_bags[size_t(field)];
    if (!bags.empty() && jaroWinklerUpperBound(u, v, bags[a], bags[b]) < similar - 1e-9)
        return 1;
    const double s = jaroWinkler(u, v);
    return s >= close ? 3 : s >= similar ? 2 : 1;
}

int PersonComparator::nameLevel(const Row &x, const Row &y) const
{
    const int level = stringLevel(GivenName, x, y, 0.9, 0.8);
    if (level >= 1 && level < 3 && x.canonicalGiven == y.canonicalGiven)
        return 3;
    return level;
}

Pattern PersonComparator::compare(std::uint32_t a, std::uint32_t b) const
{
    const Row &x = m_rowsLeft[a];
    const Row &y = rightRow(b);
    int given = nameLevel(x, y);
    int surname = stringLevel(Surname, x, y, 0.92, 0.8);
    if (given < 3 && surname < 3 && given != 0 && surname != 0) {
        // Given name and surname typed into each other's boxes.
        const int g = textLevel(text(GivenName, x), text(Surname, y), 0.92, 0.8);
        const int s = textLevel(text(Surname, x), text(GivenName, y), 0.92, 0.8);
        if (g >= 3 && s >= 3) {
            given = std::min(g, 3);
            surname = std::min(s, 3);
        }
    }
    // Missing on either side is level 0 and the same value the top level,
    // both from the ids; the text is read only for two different values.
    const auto levelled = [&](int field, int top, auto differing) {
        const std::uint32_t i = x.field[size_t(field)];
        const std::uint32_t j = y.field[size_t(field)];
        if (i == 0 || j == 0)
            return 0;
        if (i == j)
            return top;
        return differing(m_pools[size_t(field)].view(i), m_pools[size_t(field)].view(j));
    };
    Pattern p = 0;
    p = withLevel(p, GivenName, given);
    p = withLevel(p, Surname, surname);
    p = withLevel(p, DateOfBirth, levelled(DateOfBirth, 4, dobLevel));
    p = withLevel(p, StreetNumber, levelled(StreetNumber, 3, editLevel));
    p = withLevel(p, Address, stringLevel(Address, x, y, 0.92, 0.8));
    p = withLevel(p, Address2, stringLevel(Address2, x, y, 0.92, 0.8));
    p = withLevel(p, Suburb, stringLevel(Suburb, x, y, 0.93, 0.85));
    p = withLevel(p, Postcode, levelled(Postcode, 3, editLevel));
    p = withLevel(p, State, levelled(State, 2, [](std::string_view, std::string_view) { return 1; }));
    p = withLevel(p, Phone, levelled(Phone, 3, editLevel));
    p = withLevel(p, Email, levelled(Email, 3, emailLevel));
    return p;
}

double PersonComparator::termFrequencyAdjustment(std::uint32_t a, std::uint32_t, Pattern p) const
{
    double adj = 0;
    if (levelOf(p, GivenName) == 4)
        adj += m_rowsLeft[a].tfGiven;
    if (levelOf(p, Surname) == 4)
        adj += m_rowsLeft[a].tfSurname;
    return adj;
}

std::vector<Contribution> PersonComparator::explain(std::uint32_t a, std::uint32_t b, const FellegiSunter &model) const
{
    const Pattern p = compare(a, b);
    const PersonRecord &x = (*m_left)[a];
    const PersonRecord &y = (*m_right)[b];
    const auto specs = model.comparisons();
    std::vector<Contribution> out;
    const auto similarity
        = [](std::string_view s, std::string_view t) { return QString::number(jaroWinkler(s, t), 'f', 2); };
    for (int c = 0; c < Count; ++c) {
        const int level = levelOf(p, c);
        if (level == 0)
            continue;
        Contribution part;
        part.comparison = specs[size_t(c)].name;
        part.weight = model.levelWeight(c, level);
        const int top = model.levelCount(c) - 1;
        if (c == GivenName || c == Surname) {
            part.weight += level == 4 ? (c == GivenName ? m_rowsLeft[a].tfGiven : m_rowsLeft[a].tfSurname) : 0.0f;
            const std::string_view s = c == GivenName ? std::string_view(x.givenName) : std::string_view(x.surname);
            const std::string_view t = c == GivenName ? std::string_view(y.givenName) : std::string_view(y.surname);
            if (level == top)
                part.detail = tr("%1 same").arg(part.comparison);
            else if (c == GivenName && m_rowsLeft[a].canonicalGiven == rightRow(b).canonicalGiven && s != t)
                part.detail = tr("%1 a nickname of the other").arg(part.comparison);
            else
                part.detail = tr("%1 %2").arg(part.comparison, similarity(s, t));
        } else if (c == DateOfBirth && isDayMonthSwap(x.dateOfBirth, y.dateOfBirth)) {
            part.detail = tr("date of birth with day and month swapped");
        } else if (level == top) {
            part.detail = tr("%1 same").arg(part.comparison);
        } else if (level == 1) {
            part.detail = tr("%1 different").arg(part.comparison);
        } else {
            part.detail = tr("%1 %2").arg(part.comparison, specs[size_t(c)].levels.at(level));
        }
        out.push_back(part);
    }
    return out;
}

} // namespace msp::reconcile
