#include "domain/entityid.h"

#include <QMutex>
#include <QRandomGenerator>

#include <array>
#include <cstring>

namespace msp {

namespace {
using Bytes = std::array<quint8, 16>;

void putMillis(Bytes &bytes, qint64 unixMillis)
{
    const auto ms = static_cast<quint64>(unixMillis);
    for (int i = 0; i < 6; ++i)
        bytes[size_t(i)] = quint8(ms >> (8 * (5 - i)));
}

void putRandom(Bytes &bytes)
{
    quint32 random[3];
    QRandomGenerator::system()->fillRange(random);
    std::memcpy(bytes.data() + 6, random, 10);
}

// Adds one to the 74 bits after the timestamp (skipping the version and
// variant bits); false when they were all ones.
bool incrementRandom(Bytes &bytes)
{
    for (int i = 15; i >= 6; --i) {
        const quint8 mask = i == 6 ? 0x0F : i == 8 ? 0x3F : 0xFF;
        const quint8 value = bytes[size_t(i)] & mask;
        if (value != mask) {
            bytes[size_t(i)] = quint8((bytes[size_t(i)] & ~mask) | (value + 1));
            return true;
        }
        bytes[size_t(i)] = quint8(bytes[size_t(i)] & ~mask);
    }
    return false;
}

QUuid uuidFrom(Bytes bytes)
{
    bytes[6] = quint8(0x70 | (bytes[6] & 0x0F)); // version 7
    bytes[8] = quint8(0x80 | (bytes[8] & 0x3F)); // RFC variant
    return QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size())));
}
} // namespace

EntityId EntityId::generate()
{
    // RFC 9562 section 6.2, method 2: within one millisecond (or when the
    // clock steps back) the random field of the previous id is incremented,
    // so ids minted by this process sort in the order they were made and rows
    // written back to back list in that order.
    static QMutex mutex;
    static Bytes last {};
    static qint64 lastMillis = -1;
    const QMutexLocker lock(&mutex);
    qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (now <= lastMillis) {
        if (incrementRandom(last))
            return EntityId(uuidFrom(last));
        now = lastMillis + 1;
    }
    Bytes bytes {};
    putMillis(bytes, now);
    putRandom(bytes);
    bytes[6] &= 0x07; // headroom: the top counter bit starts clear, as the RFC suggests
    last = bytes;
    lastMillis = now;
    return EntityId(uuidFrom(bytes));
}

EntityId EntityId::generateAt(qint64 unixMillis)
{
    Bytes bytes {};
    putMillis(bytes, unixMillis);
    putRandom(bytes);
    return EntityId(uuidFrom(bytes));
}

EntityId EntityId::fromString(QStringView text)
{
    return EntityId(QUuid::fromString(text));
}

QString EntityId::toString() const
{
    return isNull() ? QString() : m_uuid.toString(QUuid::WithoutBraces);
}

void EntityId::writeText(char (&out)[kTextLength]) const
{
    constexpr char kHex[] = "0123456789abcdef";
    const uchar bytes[16]
        = {uchar(m_uuid.data1 >> 24), uchar(m_uuid.data1 >> 16), uchar(m_uuid.data1 >> 8), uchar(m_uuid.data1),
           uchar(m_uuid.data2 >> 8),  uchar(m_uuid.data2),       uchar(m_uuid.data3 >> 8), uchar(m_uuid.data3),
           m_uuid.data4[0],           m_uuid.data4[1],           m_uuid.data4[2],          m_uuid.data4[3],
           m_uuid.data4[4],           m_uuid.data4[5],           m_uuid.data4[6],          m_uuid.data4[7]};
    int pos = 0;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out[pos++] = '-';
        out[pos++] = kHex[bytes[i] >> 4];
        out[pos++] = kHex[bytes[i] & 0xF];
    }
}

int EntityId::version() const
{
    // QUuid::version() in Qt < 6.9 answers VerUnknown for anything past v5.
    return isNull() ? 0 : int((m_uuid.data3 >> 12) & 0xF);
}

qint64 EntityId::unixMillis() const
{
    const QByteArray raw = m_uuid.toRfc4122();
    quint64 ms = 0;
    for (int i = 0; i < 6; ++i)
        ms = (ms << 8) | quint8(raw.at(i));
    return qint64(ms);
}

} // namespace msp
