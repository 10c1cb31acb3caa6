#include "tokens.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

#include <chrono>
#include <openssl/crypto.h>
#include <openssl/rand.h>
#include <stdexcept>

namespace msp::server {

namespace {
constexpr auto kB64 = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;
constexpr auto kB64Strict = kB64 | QByteArray::AbortOnBase64DecodingErrors;

QByteArray mac(const std::string &key, const QByteArray &data)
{
    return QMessageAuthenticationCode::hash(data, QByteArray::fromStdString(key), QCryptographicHash::Sha256);
}
} // namespace

TokenSigner::TokenSigner(std::string key)
    : m_key(std::move(key))
{
}

std::string TokenSigner::sign(const AccessClaims &c) const
{
    const QJsonObject o {{QStringLiteral("u"), QString::fromStdString(c.userId)},
                         {QStringLiteral("o"), QString::fromStdString(c.orgId)},
                         {QStringLiteral("d"), QString::fromStdString(c.deviceId)},
                         {QStringLiteral("r"), QString::fromStdString(c.role)},
                         {QStringLiteral("n"), c.epoch},
                         {QStringLiteral("e"), qint64(c.expiresAt)}};
    const QByteArray payload = QJsonDocument(o).toJson(QJsonDocument::Compact).toBase64(kB64);
    return QByteArray(payload + '.' + mac(m_key, payload).toBase64(kB64)).toStdString();
}

TokenCheck TokenSigner::verify(const std::string &token, std::int64_t now, AccessClaims &out) const
{
    const auto dot = token.find('.');
    if (dot == std::string::npos || token.size() > 2048)
        return TokenCheck::Malformed;
    const QByteArray payload = QByteArray::fromStdString(token.substr(0, dot));
    const auto sig = QByteArray::fromBase64Encoding(QByteArray::fromStdString(token.substr(dot + 1)), kB64Strict);
    if (!sig)
        return TokenCheck::Malformed;
    const QByteArray expected = mac(m_key, payload);
    if (sig.decoded.size() != expected.size()
        || CRYPTO_memcmp(sig.decoded.constData(), expected.constData(), expected.size()) != 0)
        return TokenCheck::BadSignature;
    const auto json = QByteArray::fromBase64Encoding(payload, kB64Strict);
    if (!json)
        return TokenCheck::Malformed;
    const auto o = QJsonDocument::fromJson(json.decoded).object();
    out.userId = o.value(u"u").toString().toStdString();
    out.orgId = o.value(u"o").toString().toStdString();
    out.deviceId = o.value(u"d").toString().toStdString();
    out.role = o.value(u"r").toString().toStdString();
    out.epoch = o.value(u"n").toInt();
    out.expiresAt = o.value(u"e").toInteger();
    if (out.userId.empty() || out.deviceId.empty())
        return TokenCheck::Malformed;
    return out.expiresAt <= now ? TokenCheck::Expired : TokenCheck::Valid;
}

std::string randomToken(int bytes)
{
    QByteArray buf(bytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char *>(buf.data()), bytes) != 1)
        throw std::runtime_error("the system random generator failed");
    return buf.toBase64(kB64).toStdString();
}

std::string sha256Hex(const std::string &data)
{
    return QCryptographicHash::hash(QByteArray::fromStdString(data), QCryptographicHash::Sha256).toHex().toStdString();
}

std::int64_t unixNow()
{
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

} // namespace msp::server
