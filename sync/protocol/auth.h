#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>

namespace msp::protocol {

// POST /v1/auth/login
struct LoginRequest {
    QString email;
    QString password;
    QString totp;
    QString deviceId; // UUID minted by the device
    QString deviceName;

    friend bool operator==(const LoginRequest &, const LoginRequest &) = default;
};

// Answer of login and refresh.
struct TokenPair {
    QString accessToken;
    qint64 accessExpiresIn = 0; // seconds
    QString refreshToken;
    QString userId;
    QString orgId;
    QString role;

    friend bool operator==(const TokenPair &, const TokenPair &) = default;
};

// POST /v1/auth/refresh
struct RefreshRequest {
    QString refreshToken;
    QString deviceId;

    friend bool operator==(const RefreshRequest &, const RefreshRequest &) = default;
};

QByteArray encodeLoginRequest(const LoginRequest &r);
Result<LoginRequest> decodeLoginRequest(const QByteArray &json);
QByteArray encodeTokenPair(const TokenPair &t);
Result<TokenPair> decodeTokenPair(const QByteArray &json);
QByteArray encodeRefreshRequest(const RefreshRequest &r);
Result<RefreshRequest> decodeRefreshRequest(const QByteArray &json);

} // namespace msp::protocol
