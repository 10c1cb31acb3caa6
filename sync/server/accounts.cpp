#include "accounts.h"

#include "api.h"
#include "migrations.h"
#include "security/passwordhash.h"
#include "security/totp.h"
#include "tokens.h"

#include <QUuid>

#include <cstdio>
#include <pqxx/pqxx>

namespace msp::server {

Result<NewAccount> createAccount(pqxx::transaction_base &tx, const std::string &orgId, const std::string &orgName,
                                 const std::string &email, const std::string &role, int argon2MemoryKiB)
{
    const QString mail = QString::fromStdString(email).trimmed().toLower();
    if (!mail.contains(u'@') || mail.size() < 3)
        return Error::invalid(QStringLiteral("email"), trServer("\"%1\" is not an email address.").arg(mail));
    if (!roleFromKey(QString::fromStdString(role)))
        return Error::invalid(QStringLiteral("role"),
                              trServer("The role must be admin, manager, front_desk or practitioner."));
    if (!tx.exec_params("SELECT 1 FROM users WHERE email = $1", mail.toStdString()).empty())
        return Error::make(ErrorCode::Conflict, trServer("An account with this email exists already."));
    NewAccount a;
    a.password = randomToken(15); // 120 bits, 20 characters
    security::Argon2Params params;
    params.memoryKiB = quint32(argon2MemoryKiB);
    auto hash = security::hashPassword(QString::fromStdString(a.password), params);
    MSP_TRY(hash);
    const QByteArray secret = security::randomBytes(20);
    a.userId = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    tx.exec_params("INSERT INTO users (id, org_id, email, role, password_hash, totp_secret) "
                   "VALUES ($1, $2, $3, $4, $5, $6)",
                   a.userId, orgId, mail.toStdString(), role, hash->toStdString(),
                   security::base32Encode(secret).toStdString());
    a.otpauthUri
        = security::otpauthUri(QStringLiteral("MedSpaSync %1").arg(QString::fromStdString(orgName)), mail, secret)
              .toStdString();
    return a;
}

int runInit(const std::string &conninfo, const std::string &orgName, const std::string &adminEmail, int argon2MemoryKiB)
{
    auto migrated = migrate(conninfo);
    if (!migrated) {
        std::fprintf(stderr, "%s\n", qPrintable(migrated.error().message));
        return 1;
    }
    try {
        pqxx::connection conn(conninfo);
        pqxx::work tx(conn);
        const std::string orgId = QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
        tx.exec_params("INSERT INTO orgs (id, name) VALUES ($1, $2)", orgId, orgName);
        auto account = createAccount(tx, orgId, orgName, adminEmail, "admin", argon2MemoryKiB);
        if (!account) {
            std::fprintf(stderr, "%s\n", qPrintable(account.error().message));
            return 1;
        }
        tx.exec_params("INSERT INTO audit_events (org_id, user_id, action, entity, entity_id) "
                       "VALUES ($1::uuid, $2, 'org_created', 'org', $1::text)",
                       orgId, account->userId);
        tx.commit();
        std::printf("org: %s\nadmin: %s\npassword: %s\ntotp: %s\n", orgId.c_str(), account->userId.c_str(),
                    account->password.c_str(), account->otpauthUri.c_str());
        std::fflush(stdout);
        return 0;
    } catch (const std::exception &e) {
        std::fprintf(stderr, "init failed: %s\n", e.what());
        return 1;
    }
}

Result<ServerSecrets> loadServerSecrets(const std::string &conninfo, const std::string &configuredKeyHex)
{
    try {
        pqxx::connection conn(conninfo);
        pqxx::work tx(conn);
        // Whoever inserts first wins; everyone then reads the same values.
        tx.exec_params("INSERT INTO server_settings (key, value) VALUES ('token_key', $1), ('generation', $2) "
                       "ON CONFLICT (key) DO NOTHING",
                       QByteArray::fromStdString(randomToken(32)).toStdString(),
                       QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString());
        ServerSecrets s;
        for (const auto &row : tx.exec("SELECT key, value FROM server_settings")) {
            if (row[0].as<std::string>() == "token_key")
                s.tokenKey = row[1].as<std::string>();
            else if (row[0].as<std::string>() == "generation")
                s.generation = row[1].as<std::string>();
        }
        tx.commit();
        if (!configuredKeyHex.empty()) {
            const QByteArray key = QByteArray::fromHex(QByteArray::fromStdString(configuredKeyHex));
            if (key.size() < 32)
                return Error::invalid(QStringLiteral("token_key"),
                                      trServer("--token-key must be at least 32 bytes written as hex."));
            s.tokenKey = key.toStdString();
        }
        return s;
    } catch (const std::exception &e) {
        return Error::make(ErrorCode::StoreIo,
                           trServer("Could not read the server settings: %1").arg(QString::fromUtf8(e.what())));
    }
}

} // namespace msp::server
