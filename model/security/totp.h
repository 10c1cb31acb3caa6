#pragma once

#include <QByteArray>
#include <QString>

namespace msp::security {

// RFC 6238 TOTP with HMAC-SHA1, 6 digits, 30-second steps (what every
// authenticator app supports).
QString totpCode(const QByteArray &secret, qint64 unixSeconds, int digits = 6, int stepSeconds = 30);
// Accepts the code of the current step or one step either side. Returns the
// matched step (to refuse reuse) or -1.
qint64 verifyTotp(const QByteArray &secret, QStringView code, qint64 unixSeconds, qint64 lastUsedStep = -1);

QString base32Encode(const QByteArray &data);
QByteArray base32Decode(QStringView text);
// otpauth://totp/Issuer:account?secret=...&issuer=...
QString otpauthUri(const QString &issuer, const QString &account, const QByteArray &secret);

} // namespace msp::security
