#include "store/userrepository.h"

#include "security/passwordhash.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/permissions.h"
#include "store/query.h"
#include "store/transaction.h"
#include "store/upsert.h"

#include <QCoreApplication>

namespace msp::store {

namespace {
User readUser(const Query &r)
{
    User u;
    u.id = r.id(0);
    u.username = r.text(1);
    u.displayName = r.text(2);
    u.role = roleFromKey(r.text(3)).value_or(Role::FrontDesk);
    u.passwordHash = r.text(4);
    u.practitionerId = r.id(5);
    u.active = r.boolean(6);
    return u;
}
} // namespace

Result<void> UserRepository::save(const Actor &actor, const User &u)
{
    MSP_TRY(requirePermission(actor, Permission::ManageUsers));
    if (u.username.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("username"),
                              QCoreApplication::translate("msp::store", "Enter a user name."));
    if (!u.passwordHash.startsWith(QStringLiteral("$argon2id$")))
        return Error::invalid(QStringLiteral("password"),
                              QCoreApplication::translate("msp::store", "Set a password for this user."));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    MSP_TRY(upsert(m_db,
                   "UPDATE app_user SET username = ?2, display_name = ?3, role = ?4, password_hash = ?5, "
                   "practitioner_id = ?6, active = ?7 WHERE id = ?1;",
                   "INSERT INTO app_user (id, username, display_name, role, password_hash, practitioner_id, active) "
                   "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7);",
                   [&](Query &q) {
                       q.bind(1, u.id).bind(2, u.username.trimmed()).bind(3, u.displayName).bind(4, roleKey(u.role));
                       q.bind(5, u.passwordHash).bind(6, u.practitionerId).bind(7, u.active);
                   }));
    MSP_TRY(m_audit.append(actor, QStringLiteral("user.save"), QStringLiteral("user"), u.id,
                           QStringLiteral("role: ") + roleKey(u.role)));
    return tx->commit();
}

Result<QList<User>> UserRepository::all()
{
    auto q
        = m_db.prepare("SELECT id, username, display_name, role, password_hash, practitioner_id, active FROM app_user "
                       "ORDER BY username;");
    if (!q)
        return q.error();
    return collectRows<User>(*q, readUser);
}

Result<User> UserRepository::signIn(const QString &username, const QString &password, const QString &deviceId)
{
    std::optional<User> user;
    {
        auto q = m_db.prepare("SELECT id, username, display_name, role, password_hash, practitioner_id, active "
                              "FROM app_user WHERE username = ?1 AND active = 1;");
        if (!q)
            return q.error();
        q->bind(1, username.trimmed());
        auto row = q->next();
        if (!row)
            return row.error();
        if (*row)
            user = readUser(*q);
    }
    const bool good = user && security::verifyPassword(password, user->passwordHash);
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    const Actor actor {good ? user->id : EntityId(), good ? user->role : Role::FrontDesk, deviceId};
    MSP_TRY(m_audit.append(actor, good ? QStringLiteral("session.sign_in") : QStringLiteral("session.sign_in_failed"),
                           QStringLiteral("user"), user ? user->id : EntityId()));
    MSP_TRY(tx->commit());
    if (!good)
        return Error::make(ErrorCode::NotPermitted,
                           QCoreApplication::translate("msp::store",
                                                       "The user name or password is not right. Check Caps Lock and "
                                                       "try again, or ask an administrator to reset your password."));
    return *user;
}

} // namespace msp::store
