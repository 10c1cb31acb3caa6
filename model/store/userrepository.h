#pragma once

#include "domain/result.h"
#include "domain/user.h"

#include <QList>

namespace msp::store {

class Database;
class AuditLog;

// Staff accounts that can sign in on this device. Passwords are kept only as
// Argon2id hashes.
class UserRepository
{
public:
    UserRepository(Database &db, AuditLog &audit)
        : m_db(db)
        , m_audit(audit)
    {
    }

    Result<void> save(const Actor &actor, const User &user);
    Result<QList<User>> all();
    // Checks the password; audits the attempt either way. The message does not
    // say whether the user name or the password was wrong.
    Result<User> signIn(const QString &username, const QString &password, const QString &deviceId);

private:
    Database &m_db;
    AuditLog &m_audit;
};

} // namespace msp::store
