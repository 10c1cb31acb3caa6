#include "reconcile/stringpool.h"

#include "reconcile/phonetic.h"

namespace msp::reconcile {

StringPool::StringPool()
    : m_offsets {0, 0}
    , m_hashes {0}
{
    rehash(1024);
}

void StringPool::rehash(std::size_t slots)
{
    m_slots.assign(slots, 0);
    const std::size_t mask = slots - 1;
    for (std::uint32_t id = 1; id < m_hashes.size(); ++id) {
        std::size_t at = std::size_t(m_hashes[id]) & mask;
        while (m_slots[at] != 0)
            at = (at + 1) & mask;
        m_slots[at] = id;
    }
}

std::uint32_t StringPool::add(std::string_view s)
{
    if (s.empty())
        return 0;
    const std::uint64_t h = hashKey(s);
    const std::size_t mask = m_slots.size() - 1;
    std::size_t at = std::size_t(h) & mask;
    while (const std::uint32_t id = m_slots[at]) {
        if (m_hashes[id] == h && view(id) == s)
            return id;
        at = (at + 1) & mask;
    }
    const auto id = std::uint32_t(m_hashes.size());
    m_slots[at] = id;
    m_hashes.push_back(h);
    m_text.append(s);
    m_offsets.push_back(m_text.size());
    if (m_hashes.size() * 2 > m_slots.size()) // at most half full: short probes
        rehash(m_slots.size() * 2);
    return id;
}

} // namespace msp::reconcile
