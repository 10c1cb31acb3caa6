#include "store/knownids.h"

namespace msp::store {

namespace {
constexpr qsizetype kTextLength = 36;

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    return -1;
}
} // namespace

std::optional<KnownIds::Key> KnownIds::keyOf(QByteArrayView id)
{
    if (id.size() != kTextLength)
        return std::nullopt;
    Key key;
    int digits = 0;
    for (qsizetype i = 0; i < kTextLength; ++i) {
        const char c = id[i];
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != '-')
                return std::nullopt;
            continue;
        }
        const int v = hexValue(c);
        if (v < 0)
            return std::nullopt;
        quint64 &half = digits < 16 ? key.high : key.low;
        half = (half << 4) | quint64(v);
        ++digits;
    }
    if (key.isEmpty())
        return std::nullopt;
    return key;
}

size_t KnownIds::slotOf(const Key &key) const
{
    // Ids are mostly random bits already; the multiply spreads any that are not.
    const quint64 mixed = (key.high ^ (key.low * 0x9E3779B97F4A7C15ULL)) * 0xBF58476D1CE4E5B9ULL;
    return size_t(mixed >> 32) & (m_slots.size() - 1);
}

bool KnownIds::contains(QByteArrayView id) const
{
    const auto key = keyOf(id);
    if (!key)
        return m_other.contains(id.toByteArray());
    if (m_slots.empty())
        return false;
    for (size_t i = slotOf(*key);; i = (i + 1) & (m_slots.size() - 1)) {
        const Key &slot = m_slots[i];
        if (slot == *key)
            return true;
        if (slot.isEmpty())
            return false;
    }
}

void KnownIds::insert(QByteArrayView id)
{
    const auto key = keyOf(id);
    if (!key) {
        m_other.insert(id.toByteArray());
        return;
    }
    if (size_t(m_used + 1) * 2 > m_slots.size())
        grow();
    for (size_t i = slotOf(*key);; i = (i + 1) & (m_slots.size() - 1)) {
        Key &slot = m_slots[i];
        if (slot == *key)
            return;
        if (slot.isEmpty()) {
            slot = *key;
            ++m_used;
            return;
        }
    }
}

void KnownIds::grow()
{
    std::vector<Key> old(m_slots.empty() ? 1024 : m_slots.size() * 2);
    old.swap(m_slots);
    for (const Key &key : old) {
        if (key.isEmpty())
            continue;
        size_t i = slotOf(key);
        while (!m_slots[i].isEmpty())
            i = (i + 1) & (m_slots.size() - 1);
        m_slots[i] = key;
    }
}

void KnownIds::clear()
{
    m_slots.clear(); // the memory goes too: a catch-up's set can be large
    m_slots.shrink_to_fit();
    m_used = 0;
    m_other.clear();
}

} // namespace msp::store
