#include "reconcile/phonetic.h"

namespace msp::reconcile {

namespace {

bool isVowel(char c)
{
    return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U';
}

} // namespace

std::string nysiis(std::string_view folded)
{
    std::string s;
    s.reserve(folded.size());
    for (const char c : folded) {
        if (c >= 'a' && c <= 'z')
            s.push_back(char(c - 'a' + 'A'));
    }
    if (s.empty())
        return s;
    const auto replacePrefix = [&](std::string_view from, std::string_view to) {
        if (s.starts_with(from)) {
            s.replace(0, from.size(), to);
            return true;
        }
        return false;
    };
    replacePrefix("MAC", "MCC") || replacePrefix("KN", "NN") || replacePrefix("K", "C") || replacePrefix("PH", "FF")
        || replacePrefix("PF", "FF") || replacePrefix("SCH", "SSS");
    const auto replaceSuffix = [&](std::string_view from, std::string_view to) {
        if (s.ends_with(from)) {
            s.replace(s.size() - from.size(), from.size(), to);
            return true;
        }
        return false;
    };
    replaceSuffix("EE", "Y") || replaceSuffix("IE", "Y") || replaceSuffix("DT", "D") || replaceSuffix("RT", "D")
        || replaceSuffix("RD", "D") || replaceSuffix("NT", "D") || replaceSuffix("ND", "D");

    std::string key(1, s[0]);
    for (size_t i = 1; i < s.size(); ++i) {
        std::string rep;
        const char c = s[i];
        const char next = i + 1 < s.size() ? s[i + 1] : 0;
        if (c == 'E' && next == 'V') {
            rep = "AF";
            ++i;
        } else if (isVowel(c) || c == 'Y') {
            // Y inside a name is a vowel (smith / smyth).
            rep = "A";
        } else if (c == 'P' && s[i - 1] == 'M' && (next == 'S' || next == 'T')) {
            continue; // thompson / thomson: the P is not heard
        } else if (c == 'Q') {
            rep = "G";
        } else if (c == 'Z') {
            rep = "S";
        } else if (c == 'M') {
            rep = "N";
        } else if (c == 'K') {
            rep = next == 'N' ? "N" : "C";
        } else if (c == 'S' && next == 'C' && i + 2 < s.size() && s[i + 2] == 'H') {
            rep = "SSS";
            i += 2;
        } else if (c == 'P' && next == 'H') {
            rep = "FF";
            ++i;
        } else if (c == 'H' && (!isVowel(s[i - 1]) || (next && !isVowel(next)))) {
            rep = std::string(1, s[i - 1]);
        } else if (c == 'W' && isVowel(s[i - 1])) {
            rep = std::string(1, s[i - 1]);
        } else {
            rep = std::string(1, c);
        }
        for (const char r : rep) {
            if (key.back() != r)
                key.push_back(r);
        }
    }
    if (key.size() > 1 && key.back() == 'S')
        key.pop_back();
    if (key.size() > 1 && key.ends_with("AY"))
        key.replace(key.size() - 2, 2, "Y");
    if (key.size() > 1 && key.back() == 'A')
        key.pop_back();
    if (key.size() > 6)
        key.resize(6);
    return key;
}

std::uint64_t hashKey(std::string_view key, std::uint64_t salt)
{
    std::uint64_t h = 1469598103934665603ULL ^ (salt * 0x9E3779B97F4A7C15ULL);
    for (const char c : key) {
        h ^= (unsigned char)c;
        h *= 1099511628211ULL;
    }
    return h;
}

} // namespace msp::reconcile
