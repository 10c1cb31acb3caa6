#include "security/passwordhash.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <argon2.h>

namespace msp::security {

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    auto *gen = QRandomGenerator::system();
    for (int i = 0; i < count; ++i)
        out[i] = char(gen->bounded(256));
    return out;
}

Result<QString> hashPassword(const QString &password, const Argon2Params &p)
{
    const QByteArray pwd = password.toUtf8();
    const QByteArray salt = randomBytes(16);
    const size_t encodedLen
        = argon2_encodedlen(p.iterations, p.memoryKiB, p.parallelism, quint32(salt.size()), 32, Argon2_id);
    QByteArray encoded(qsizetype(encodedLen), '\0');
    const int rc = argon2id_hash_encoded(p.iterations, p.memoryKiB, p.parallelism, pwd.constData(), size_t(pwd.size()),
                                         salt.constData(), size_t(salt.size()), 32, encoded.data(), encodedLen);
    if (rc != ARGON2_OK)
        return Error::make(ErrorCode::Internal,
                           QCoreApplication::translate("msp::security", "The password could not be protected (%1).")
                               .arg(QString::fromLatin1(argon2_error_message(rc))));
    return QString::fromLatin1(encoded.constData());
}

bool verifyPassword(const QString &password, const QString &encodedHash)
{
    if (!encodedHash.startsWith(QStringLiteral("$argon2id$")))
        return false;
    const QByteArray pwd = password.toUtf8();
    const QByteArray enc = encodedHash.toLatin1();
    return argon2id_verify(enc.constData(), pwd.constData(), size_t(pwd.size())) == ARGON2_OK;
}

Result<QByteArray> deriveKey(const QString &passphrase, const QByteArray &salt, const Argon2Params &p, int length)
{
    const QByteArray pwd = passphrase.toUtf8();
    QByteArray key(length, '\0');
    const int rc = argon2id_hash_raw(p.iterations, p.memoryKiB, p.parallelism, pwd.constData(), size_t(pwd.size()),
                                     salt.constData(), size_t(salt.size()), key.data(), size_t(length));
    if (rc != ARGON2_OK)
        return Error::make(ErrorCode::Internal,
                           QCoreApplication::translate("msp::security", "The key could not be derived (%1).")
                               .arg(QString::fromLatin1(argon2_error_message(rc))));
    return key;
}

} // namespace msp::security
