#include "reconcile/textfold.h"

#include <QString>

#include <algorithm>
#include <vector>

namespace msp::reconcile {

namespace {

bool isAscii(std::string_view s)
{
    for (const char c : s) {
        if ((unsigned char)c >= 0x80)
            return false;
    }
    return true;
}

void collapseInto(std::string &out, std::string_view lowered)
{
    for (const char c : lowered) {
        const bool space = c == ' ' || c == '\t' || c == '\n' || c == '\r';
        if (space) {
            if (!out.empty() && out.back() != ' ')
                out.push_back(' ');
        } else {
            out.push_back(c);
        }
    }
    if (!out.empty() && out.back() == ' ')
        out.pop_back();
}

} // namespace

std::string foldText(std::string_view utf8)
{
    std::string out;
    out.reserve(utf8.size());
    if (isAscii(utf8)) {
        for (const char c : utf8) {
            const char l = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
            const bool space = l == ' ' || l == '\t' || l == '\n' || l == '\r';
            if (space) {
                if (!out.empty() && out.back() != ' ')
                    out.push_back(' ');
            } else {
                out.push_back(l);
            }
        }
        if (!out.empty() && out.back() == ' ')
            out.pop_back();
        return out;
    }
    const QString decomposed
        = QString::fromUtf8(utf8.data(), qsizetype(utf8.size())).normalized(QString::NormalizationForm_KD);
    QString stripped;
    stripped.reserve(decomposed.size());
    for (const QChar ch : decomposed) {
        const auto cat = ch.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining || cat == QChar::Mark_Enclosing)
            continue;
        // Letters with no decomposition that people still type as ASCII.
        switch (ch.unicode()) {
        case 0x00DF: stripped += QStringLiteral("ss"); continue;
        case 0x00E6:
        case 0x00C6: stripped += QStringLiteral("ae"); continue;
        case 0x0153:
        case 0x0152: stripped += QStringLiteral("oe"); continue;
        case 0x00F8:
        case 0x00D8: stripped += u'o'; continue;
        case 0x0142:
        case 0x0141: stripped += u'l'; continue;
        case 0x0111:
        case 0x0110: stripped += u'd'; continue;
        case 0x00F0: stripped += u'd'; continue;
        case 0x00FE: stripped += QStringLiteral("th"); continue;
        case 0x2019:
        case 0x2018: stripped += u'\''; continue;
        default: break;
        }
        stripped += ch;
    }
    const QByteArray folded = stripped.toCaseFolded().toUtf8();
    collapseInto(out, std::string_view(folded.constData(), size_t(folded.size())));
    return out;
}

std::string foldName(std::string_view utf8)
{
    const std::string folded = foldText(utf8);
    std::string out;
    out.reserve(folded.size());
    for (const char c : folded) {
        const auto u = (unsigned char)c;
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || u >= 0x80) {
            out.push_back(c);
        } else if (c == '\'' || c == '`') {
            continue;
        } else if (!out.empty() && out.back() != ' ') {
            out.push_back(' ');
        }
    }
    if (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

std::string digitsOnly(std::string_view text)
{
    std::string out;
    for (const char c : text) {
        if (c >= '0' && c <= '9')
            out.push_back(c);
    }
    return out;
}

std::string phoneDigits(std::string_view text, std::string_view defaultCountryCode)
{
    size_t start = text.find_first_not_of(" \t");
    if (start == std::string_view::npos)
        return {};
    text = text.substr(start);
    const bool international = text.front() == '+';
    std::string d = digitsOnly(text);
    if (d.size() < 7)
        return {};
    if (international)
        return d;
    if (d.starts_with("00"))
        return d.substr(2);
    if (defaultCountryCode == "1") {
        if (d.size() == 11 && d.front() == '1')
            return d;
        return std::string(defaultCountryCode) + d;
    }
    // Trunk prefix 0 (Australia, UK, ...) is dropped before the country code.
    if (d.front() == '0')
        d.erase(0, 1);
    if (d.starts_with(defaultCountryCode) && d.size() > 9 + defaultCountryCode.size() - 1)
        return d;
    return std::string(defaultCountryCode) + d;
}

std::string normaliseEmail(std::string_view text)
{
    std::string out = foldText(text);
    out.erase(std::remove(out.begin(), out.end(), ' '), out.end());
    const size_t at = out.find('@');
    if (at == std::string::npos || at == 0 || at + 1 >= out.size() || out.find('@', at + 1) != std::string::npos)
        return {};
    return out;
}

std::string sortedTokens(std::string_view folded)
{
    std::vector<std::string_view> tokens;
    size_t i = 0;
    while (i < folded.size()) {
        const size_t j = std::min(folded.find(' ', i), folded.size());
        if (j > i)
            tokens.push_back(folded.substr(i, j - i));
        i = j + 1;
    }
    std::sort(tokens.begin(), tokens.end());
    std::string out;
    for (const auto t : tokens) {
        if (!out.empty())
            out.push_back(' ');
        out.append(t);
    }
    return out;
}

} // namespace msp::reconcile
