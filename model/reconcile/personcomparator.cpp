#include "reconcile/personcomparator.h"

#include "reconcile/nicknames.h"
#include "reconcile/similarity.h"

#include <QCoreApplication>

#include <algorithm>
#include <cmath>
#include <string>
#include <unordered_map>

namespace msp::reconcile {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("msp::reconcile::PersonComparator", text);
}

int stringLevel(std::string_view a, std::string_view b, double close, double similar)
{
    if (a.empty() || b.empty())
        return 0;
    if (a == b)
        return 4;
    const double s = jaroWinkler(a, b);
    return s >= close ? 3 : s >= similar ? 2 : 1;
}

int editLevel(std::string_view a, std::string_view b)
{
    if (a.empty() || b.empty())
        return 0;
    if (a == b)
        return 3;
    return isOneEditApart(a, b) ? 2 : 1;
}

int exactLevel(std::string_view a, std::string_view b)
{
    if (a.empty() || b.empty())
        return 0;
    return a == b ? 2 : 1;
}

int dobLevel(std::string_view a, std::string_view b)
{
    if (a.empty() || b.empty())
        return 0;
    if (a == b)
        return 4;
    if (isOneEditApart(a, b) || isDayMonthSwap(a, b))
        return 3;
    return boundedLevenshtein(a, b, 2) <= 2 ? 2 : 1;
}

int emailLevel(std::string_view a, std::string_view b)
{
    if (a.empty() || b.empty())
        return 0;
    if (a == b)
        return 3;
    const auto localA = a.substr(0, a.find('@'));
    const auto localB = b.substr(0, b.find('@'));
    return localA == localB || isOneEditApart(a, b) ? 2 : 1;
}

template<typename Get>
std::unordered_map<std::string_view, double> frequencies(const std::vector<PersonRecord> &l,
                                                         const std::vector<PersonRecord> &r, Get get)
{
    std::unordered_map<std::string_view, double> f;
    double n = 0;
    const auto add = [&](const std::vector<PersonRecord> &v) {
        for (const auto &p : v) {
            const std::string_view s = get(p);
            if (!s.empty()) {
                f[s] += 1;
                n += 1;
            }
        }
    };
    add(l);
    if (&l != &r)
        add(r);
    for (auto &[k, v] : f)
        v /= n;
    return f;
}

template<typename Get>
void termFrequencies(const std::vector<PersonRecord> &l, const std::vector<PersonRecord> &r, Get get,
                     std::vector<float> &outLeft, std::vector<float> &outRight)
{
    const auto f = frequencies(l, r, get);
    double collision = 0; // chance two random records agree
    for (const auto &[k, v] : f)
        collision += v * v;
    const auto fill = [&](const std::vector<PersonRecord> &v, std::vector<float> &out) {
        out.resize(v.size());
        for (size_t i = 0; i < v.size(); ++i) {
            const std::string_view s = get(v[i]);
            const auto it = s.empty() ? f.end() : f.find(s);
            out[i] = it == f.end() ? 0.0f : float(std::clamp(std::log2(collision / it->second), -4.0, 4.0));
        }
    };
    fill(l, outLeft);
    fill(r, outRight);
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

PersonComparator::PersonComparator(const std::vector<PersonRecord> &left, const std::vector<PersonRecord> &right)
    : m_left(&left)
    , m_right(&right)
{
    const auto canon = [](const std::vector<PersonRecord> &v, std::vector<std::string_view> &out) {
        out.reserve(v.size());
        for (const auto &p : v)
            out.push_back(canonicalGivenName(p.givenName));
    };
    canon(left, m_canonLeft);
    canon(right, m_canonRight);
    termFrequencies(
        left, right, [](const PersonRecord &p) -> std::string_view { return p.givenName; }, m_tfGivenLeft,
        m_tfGivenRight);
    termFrequencies(
        left, right, [](const PersonRecord &p) -> std::string_view { return p.surname; }, m_tfSurnameLeft,
        m_tfSurnameRight);
}

int PersonComparator::nameLevel(std::string_view a, std::string_view b, std::string_view canonA,
                                std::string_view canonB) const
{
    const int level = stringLevel(a, b, 0.9, 0.8);
    if (level >= 1 && level < 3 && canonA == canonB)
        return 3;
    return level;
}

Pattern PersonComparator::compare(std::uint32_t a, std::uint32_t b) const
{
    const PersonRecord &x = (*m_left)[a];
    const PersonRecord &y = (*m_right)[b];
    int given = nameLevel(x.givenName, y.givenName, m_canonLeft[a], m_canonRight[b]);
    int surname = stringLevel(x.surname, y.surname, 0.92, 0.8);
    if (given < 3 && surname < 3 && given != 0 && surname != 0) {
        // Given name and surname typed into each other's boxes.
        const int g = stringLevel(x.givenName, y.surname, 0.92, 0.8);
        const int s = stringLevel(x.surname, y.givenName, 0.92, 0.8);
        if (g >= 3 && s >= 3) {
            given = std::min(g, 3);
            surname = std::min(s, 3);
        }
    }
    Pattern p = 0;
    p = withLevel(p, GivenName, given);
    p = withLevel(p, Surname, surname);
    p = withLevel(p, DateOfBirth, dobLevel(x.dateOfBirth, y.dateOfBirth));
    p = withLevel(p, StreetNumber, editLevel(x.streetNumber, y.streetNumber));
    p = withLevel(p, Address, stringLevel(x.address, y.address, 0.92, 0.8));
    p = withLevel(p, Address2, stringLevel(x.address2, y.address2, 0.92, 0.8));
    p = withLevel(p, Suburb, stringLevel(x.suburb, y.suburb, 0.93, 0.85));
    p = withLevel(p, Postcode, editLevel(x.postcode, y.postcode));
    p = withLevel(p, State, exactLevel(x.state, y.state));
    p = withLevel(p, Phone, editLevel(x.phone, y.phone));
    p = withLevel(p, Email, emailLevel(x.email, y.email));
    return p;
}

double PersonComparator::termFrequencyAdjustment(std::uint32_t a, std::uint32_t, Pattern p) const
{
    double adj = 0;
    if (levelOf(p, GivenName) == 4)
        adj += m_tfGivenLeft[a];
    if (levelOf(p, Surname) == 4)
        adj += m_tfSurnameLeft[a];
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
            part.weight
                += c == GivenName ? (level == 4 ? m_tfGivenLeft[a] : 0.0) : (level == 4 ? m_tfSurnameLeft[a] : 0.0);
            const std::string_view s = c == GivenName ? std::string_view(x.givenName) : std::string_view(x.surname);
            const std::string_view t = c == GivenName ? std::string_view(y.givenName) : std::string_view(y.surname);
            if (level == top)
                part.detail = tr("%1 same").arg(part.comparison);
            else if (c == GivenName && m_canonLeft[a] == m_canonRight[b] && s != t)
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
