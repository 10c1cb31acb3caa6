#include "reconcile/personblocker.h"

#include "reconcile/parallel.h"
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

void addKeys(BlockingKeys &bk, size_t offset, const PersonRecord &p)
{
    const std::string sn = nysiis(p.surname);
    const std::string gn = nysiis(p.givenName);
    const std::string_view year = p.dateOfBirth.size() == 8 ? std::string_view(p.dateOfBirth).substr(0, 4) : "";
    bk.keys[Names][offset] = keyOf(sn, gn, Names);
    bk.keys[Dob][offset] = keyOf(p.dateOfBirth, Dob);
    bk.keys[StreetPostcode][offset] = keyOf(p.postcode, p.streetNumber, StreetPostcode);
    bk.keys[SurnamePostcode][offset] = keyOf(sn, p.postcode, SurnamePostcode);
    bk.keys[GivenBirthYear][offset] = keyOf(p.givenName, year, GivenBirthYear);
    bk.keys[SurnameSuburb][offset] = keyOf(p.surname, p.suburb, SurnameSuburb);
    bk.keys[PhoneKey][offset] = keyOf(p.phone, PhoneKey);
    bk.keys[EmailKey][offset] = keyOf(p.email, EmailKey);
    bk.sortKey[offset] = nameOrder(p);
}

} // namespace

BlockingKeys personBlockingKeys(const std::vector<PersonRecord> &left, const std::vector<PersonRecord> *right,
                                int threads)
{
    BlockingKeys bk;
    bk.keys.resize(KeyCount);
    const size_t n = left.size() + (right ? right->size() : 0);
    for (auto &k : bk.keys)
        k.resize(n);
    bk.sortKey.resize(n);
    // Each record's keys go to its own slot, so chunks can be keyed on any
    // thread.
    parallelFor(n, threads, 4096, [&](size_t begin, size_t end, size_t) {
        for (size_t i = begin; i < end; ++i)
            addKeys(bk, i, i < left.size() ? left[i] : (*right)[i - left.size()]);
    });
    bk.leftCount = std::uint32_t(left.size());
    bk.link = right != nullptr;
    return bk;
}

} // namespace msp::reconcile
