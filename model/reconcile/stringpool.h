#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace msp::reconcile {

// Distinct strings, each stored once and named by a small integer (0 is the
// empty string). Two values are equal exactly when their ids are, so a
// comparator checks equality without touching the text, and keeps its
// records as rows of ids that fit a cache line instead of a dozen strings
// scattered over the heap.
class StringPool
{
public:
    StringPool();

    // The id of `s`, added if new. Ids are given in order of first appearance.
    std::uint32_t add(std::string_view s);
    std::string_view view(std::uint32_t id) const
    {
        return std::string_view(m_text).substr(m_offsets[id], m_offsets[id + 1] - m_offsets[id]);
    }
    std::size_t size() const { return m_offsets.size() - 1; }

private:
    void rehash(std::size_t slots);

    std::string m_text;
    std::vector<std::size_t> m_offsets; // id -> start in m_text, one past the last id
    std::vector<std::uint64_t> m_hashes; // id -> hash of its text
    std::vector<std::uint32_t> m_slots; // open addressing, 0 = free, else id
};

} // namespace msp::reconcile
