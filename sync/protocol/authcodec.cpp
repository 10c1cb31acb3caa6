#include "protocol/auth.h"
#include "protocol/jsonread.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QUuid>

namespace msp::protocol {

namespace {
QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

Result<QString> requireUuid(const QJsonObject &o, QStringView key)
{
    auto s = json::requireString(o, key);
    MSP_TRY(s);
    if (QUuid::fromString(*s).isNull())
        return Error::invalid(
            key.toString(), QCoreApplication::translate("msp::protocol", "The field \"%1\" must be a UUID.").arg(key));
    return s->toLower();
}
} // namespace

QByteArray encodeLoginRequest(const LoginRequest &r)
{
    return compact({{QStringLiteral("email"), r.email},
                    {QStringLiteral("password"), r.password},
                    {QStringLiteral("totp"), r.totp},
                    {QStringLiteral("device_id"), r.deviceId},
                    {QStringLiteral("device_name"), r.deviceName}});
}

Result<LoginRequest> decodeLoginRequest(const QByteArray &json)
{
    auto o = json::parseObject(json);
    MSP_TRY(o);
    auto email = json::requireString(*o, u"email");
    MSP_TRY(email);
    auto password = json::requireString(*o, u"password");
    MSP_TRY(password);
    auto totp = json::requireString(*o, u"totp");
    MSP_TRY(totp);
    auto deviceId = requireUuid(*o, u"device_id");
    MSP_TRY(deviceId);
    auto deviceName = json::requireString(*o, u"device_name");
    MSP_TRY(deviceName);
    return LoginRequest {email->trimmed().toLower(), *password, totp->trimmed(), *deviceId, *deviceName};
}

QByteArray encodeTokenPair(const TokenPair &t)
{
    return compact({{QStringLiteral("access_token"), t.accessToken},
                    {QStringLiteral("access_expires_in"), t.accessExpiresIn},
                    {QStringLiteral("refresh_token"), t.refreshToken},
                    {QStringLiteral("user_id"), t.userId},
                    {QStringLiteral("org_id"), t.orgId},
                    {QStringLiteral("role"), t.role}});
}

Result<TokenPair> decodeTokenPair(const QByteArray &json)
{
    auto o = json::parseObject(json);
    MSP_TRY(o);
    TokenPair t;
    auto access = json::requireString(*o, u"access_token");
    MSP_TRY(access);
    auto expires = json::requireInt(*o, u"access_expires_in");
    MSP_TRY(expires);
    auto refresh = json::requireString(*o, u"refresh_token");
    MSP_TRY(refresh);
    auto user = json::requireString(*o, u"user_id");
    MSP_TRY(user);
    auto org = json::requireString(*o, u"org_id");
    MSP_TRY(org);
    auto role = json::requireString(*o, u"role");
    MSP_TRY(role);
    return TokenPair {*access, *expires, *refresh, *user, *org, *role};
}

QByteArray encodeRefreshRequest(const RefreshRequest &r)
{
    return compact({{QStringLiteral("refresh_token"), r.refreshToken}, {QStringLiteral("device_id"), r.deviceId}});
}

Result<RefreshRequest> decodeRefreshRequest(const QByteArray &json)
{
    auto o = json::parseObject(json);
    MSP_TRY(o);
    auto token = json::requireString(*o, u"refresh_token");
    MSP_TRY(token);
    auto deviceId = requireUuid(*o, u"device_id");
    MSP_TRY(deviceId);
    return RefreshRequest {*token, *deviceId};
}

} // namespace msp::protocol
