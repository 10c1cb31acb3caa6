#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QSet>

#include <optional>
#include <vector>

namespace msp::store {

// A set of entity ids in their stored text form, for the rows a sync has
// found or written. A first sync asks it about every appointment's client:
// 250,000 look-ups in a set of 100,000 ids. Kept as QByteArrays in a QSet,
// each look-up chased a node and then the text behind it, and the set cost
// more than the SQL around it. Here an id in the stored form (36 lower-case
// characters, dashes where a UUID has them, not nil) is kept as its 128 bits
// in one flat table: a look-up reads one slot. Any other text (none comes
// from the stored form, but the set takes what it is given) is kept as text.
class KnownIds
{
public:
    bool contains(QByteArrayView id) const;
    void insert(QByteArrayView id);
    void clear();
    qsizetype size() const { return m_used + m_other.size(); }
    bool isEmpty() const { return size() == 0; }

private:
    struct Key {
        quint64 high = 0;
        quint64 low = 0;
        bool isEmpty() const { return high == 0 && low == 0; } // the nil UUID is no id
        bool operator==(const Key &) const = default;
    };
    static std::optional<Key> keyOf(QByteArrayView id);
    size_t slotOf(const Key &key) const;
    void grow();

    std::vector<Key> m_slots; // open addressing, linear probing; a power of two long
    qsizetype m_used = 0;
    QSet<QByteArray> m_other;
};

} // namespace msp::store
