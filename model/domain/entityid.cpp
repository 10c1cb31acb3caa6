#include "domain/entityid.h"

#include <QRandomGenerator>

#include <array>
#include <cstring>

namespace msp {

EntityId EntityId::generate()
{
    return generateAt(QDateTime::currentMSecsSinceEpoch());
}

EntityId EntityId::generateAt(qint64 unixMillis)
{
    std::array<quint8, 16> bytes {};
    const auto ms = static_cast<quint64>(unixMillis);
    for (int i = 0; i < 6; ++i)
        bytes[size_t(i)] = quint8(ms >> (8 * (5 - i)));
    quint32 random[3];
    QRandomGenerator::system()->fillRange(random);
    std::memcpy(bytes.data() + 6, random, 10);
    bytes[6] = quint8(0x70 | (bytes[6] & 0x0F)); // version 7
    bytes[8] = quint8(0x80 | (bytes[8] & 0x3F)); // RFC variant
    return EntityId(
        QUuid::fromRfc4122(QByteArrayView(reinterpret_cast<const char *>(bytes.data()), qsizetype(bytes.size()))));
}

EntityId EntityId::fromString(QStringView text)
{
    return EntityId(QUuid::fromString(text));
}

QString EntityId::toString() const
{
    return isNull() ? QString() : m_uuid.toString(QUuid::WithoutBraces);
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
