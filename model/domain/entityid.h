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
    // The same from ASCII text (as the store holds ids), with no QString made.
    static EntityId fromLatin1(QLatin1StringView text) { return EntityId(QUuid::fromString(text)); }

    bool isNull() const { return m_uuid.isNull(); }
    QString toString() const; // lower-case, no braces
    // The same 36 characters written into a caller's buffer, with nothing
    // allocated: the store binds thousands of ids a second while syncing.
    static constexpr int kTextLength = 36;
    void writeText(char (&out)[kTextLength]) const;
    int version() const;
    qint64 unixMillis() const; // for v7 ids

    friend bool operator==(const EntityId &, const EntityId &) = default;
    friend bool operator<(const EntityId &a, const EntityId &b) { return a.toString() < b.toString(); }
    // Hashes the 128 bits, not their text: calendars hash thousands of ids a
    // frame.
    friend size_t qHash(const EntityId &id, size_t seed = 0) noexcept { return qHash(id.m_uuid, seed); }

private:
    explicit EntityId(QUuid uuid)
        : m_uuid(uuid)
    {
    }
    QUuid m_uuid;
};

} // namespace msp
