#pragma once

#include "domain/result.h"

#include <QByteArray>

namespace msp::security {

// Argon2id parameters. The defaults follow OWASP's minimum (19 MiB, t=2);
// tests use lighter ones to stay fast.
struct Argon2Params {
    quint32 memoryKiB = 19 * 1024;
    quint32 iterations = 2;
    quint32 parallelism = 1;
};

// Returns the PHC-encoded hash ("$argon2id$v=19$m=...").
Result<QString> hashPassword(const QString &password, const Argon2Params &params = {});
// Constant-time verification against an encoded hash.
bool verifyPassword(const QString &password, const QString &encodedHash);

// Derives `length` key bytes from a passphrase (the store key when no
// keychain is available).
Result<QByteArray> deriveKey(const QString &passphrase, const QByteArray &salt, const Argon2Params &params,
                             int length = 32);

QByteArray randomBytes(int count);

} // namespace msp::security
