#include "security/auditchain.h"

#include <QCryptographicHash>

namespace msp::security {

QByteArray auditGenesisHash()
{
    return QByteArray(32, '\0').toHex();
}

QByteArray auditEventHash(const AuditEvent &e)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const auto field = [&h](const QByteArray &bytes) {
        // Length-prefixed so "ab"+"c" and "a"+"bc" never hash alike.
        const quint32 n = quint32(bytes.size());
        const char len[4] = {char(n >> 24), char(n >> 16), char(n >> 8), char(n)};
        h.addData(QByteArrayView(len, 4));
        h.addData(bytes);
    };
    field(QByteArray::number(e.sequence));
    field(e.id.toString().toUtf8());
    field(QByteArray::number(e.at.toMSecsSinceEpoch()));
    field(e.userId.toString().toUtf8());
    field(e.deviceId.toUtf8());
    field(e.action.toUtf8());
    field(e.entityType.toUtf8());
    field(e.entityId.toString().toUtf8());
    field(e.detail.toUtf8());
    field(e.previousHash);
    return h.result().toHex();
}

} // namespace msp::security
