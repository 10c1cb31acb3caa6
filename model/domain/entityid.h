#pragma once

#include <QDateTime>
#include <QString>
#include <QUuid>

namespace msp {

// A UUIDv7 (RFC 9562) minted on the device: 48 bits of Unix milliseconds then
// random bits, so ids made offline on different devices never collide and
// sort roughly by creation time.
class EntityId
{
public:
    EntityId() = default;
    static EntityId generate();
    static EntityId generateAt(qint64 unixMillis);
    static EntityId fromString(QStringView text); // null when not a UUID

    bool isNull() const { return m_uuid.isNull(); }
    QString toString() const; // lower-case, no braces
    int version() const;
    qint64 unixMillis() const; // for v7 ids

    friend bool operator==(const EntityId &, const EntityId &) = default;
    friend bool operator<(const EntityId &a, const EntityId &b) { return a.toString() < b.toString(); }

private:
    explicit EntityId(QUuid uuid)
        : m_uuid(uuid)
    {
    }
    QUuid m_uuid;
};

inline size_t qHash(const EntityId &id, size_t seed = 0)
{
    return qHash(id.toString(), seed);
}

} // namespace msp
