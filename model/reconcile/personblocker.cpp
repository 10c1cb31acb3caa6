#include "reconcile/personblocker.h"

#include "reconcile/phonetic.h"

#include <string>

namespace msp::reconcile {

namespace {

enum Key { Names, Dob, StreetPostcode, SurnamePostcode, GivenBirthYear, SurnameSuburb, PhoneKey, EmailKey, KeyCount };

std::uint64_t keyOf(std::string_view a, std::string_view b, int salt)
{
    if (a.empty() || b.empty())
        return 0;
    std::string s;
    s.reserve(a.size() + b.size() + 1);
    s.append(a).push_back('|');
    s.append(b);
    const std::uint64_t h = hashKey(s, std::uint64_t(salt) + 1);
    return h == 0 ? 1 : h;
}

std::uint64_t keyOf(std::string_view a, int salt)
{
    return a.empty() ? 0 : keyOf(a, "-", salt);
}

// First eight bytes of surname then given name, big-endian, so integer order
// is alphabetical order.
std::uint64_t nameOrder(const PersonRecord &p)
{
    std::string s = p.surname + ' ' + p.givenName;
    std::uint64_t v = 0;
    for (size_t i = 0; i < 8; ++i)
        v = (v << 8) | (i < s.size() ? (unsigned char)s[i] : 0);
    return v;
}

void addKeys(BlockingKeys &bk, const std::vector<PersonRecord> &people)
{
    for (const PersonRecord &p : people) {
        const std::string sn = nysiis(p.surname);
        const std::string gn = nysiis(p.givenName);
        const std::string_view year = p.dateOfBirth.size() == 8 ? std::string_view(p.dateOfBirth).substr(0, 4) : "";
        bk.keys[Names].push_back(keyOf(sn, gn, Names));
        bk.keys[Dob].push_back(keyOf(p.dateOfBirth, Dob));
        bk.keys[StreetPostcode].push_back(keyOf(p.postcode, p.streetNumber, StreetPostcode));
        bk.keys[SurnamePostcode].push_back(keyOf(sn, p.postcode, SurnamePostcode));
        bk.keys[GivenBirthYear].push_back(keyOf(p.givenName, year, GivenBirthYear));
        bk.keys[SurnameSuburb].push_back(keyOf(p.surname, p.suburb, SurnameSuburb));
        bk.keys[PhoneKey].push_back(keyOf(p.phone, PhoneKey));
        bk.keys[EmailKey].push_back(keyOf(p.email, EmailKey));
        bk.sortKey.push_back(nameOrder(p));
    }
}

} // namespace

BlockingKeys personBlockingKeys(const std::vector<PersonRecord> &left, const std::vector<PersonRecord> *right)
{
    BlockingKeys bk;
    bk.keys.resize(KeyCount);
    const size_t n = left.size() + (right ? right->size() : 0);
    for (auto &k : bk.keys)
        k.reserve(n);
    bk.sortKey.reserve(n);
    addKeys(bk, left);
    if (right)
        addKeys(bk, *right);
    bk.leftCount = std::uint32_t(left.size());
    bk.link = right != nullptr;
    return bk;
}

} // namespace msp::reconcile
