#include "accounts.h"
#include "context.h"
#include "handlers.h"
#include "protocol/apierror.h"
#include "protocol/jsonread.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

#include <pqxx/pqxx>

namespace msp::server {

namespace ec = protocol::errorcode;

namespace {
QString q(const pqxx::field &f)
{
    return f.is_null() ? QString() : QString::fromUtf8(f.c_str());
}

HttpResponse ok(const QJsonObject &o)
{
    return jsonResponse(200, QJsonDocument(o).toJson(QJsonDocument::Compact));
}

HttpResponse forbidden()
{
    return errorResponse(403, ec::kForbidden, trServer("Your role may not use this part of the console."));
}

std::vector<std::string> split(const std::string &path)
{
    std::vector<std::string> parts;
    std::size_t start = 1;
    while (start <= path.size()) {
        const auto slash = path.find('/', start);
        parts.push_back(path.substr(start, slash == std::string::npos ? std::string::npos : slash - start));
        if (slash == std::string::npos)
            break;
        start = slash + 1;
    }
    return parts; // "v1", "admin", area, id, action
}

HttpResponse listUsers(pqxx::work &tx, const Caller &caller)
{
    QJsonArray list;
    for (const auto &r : tx.exec_params("SELECT id, email, role, disabled FROM users WHERE org_id = $1 ORDER BY email",
                                        caller.claims.orgId))
        list.append(QJsonObject {{QStringLiteral("id"), q(r[0])},
                                 {QStringLiteral("email"), q(r[1])},
                                 {QStringLiteral("role"), q(r[2])},
                                 {QStringLiteral("disabled"), r[3].as<bool>()}});
    return ok({{QStringLiteral("users"), list}});
}

HttpResponse createUser(Context &ctx, pqxx::work &tx, const Caller &caller, const HttpRequest &req)
{
    auto body = protocol::json::parseObject(QByteArray::fromStdString(req.body));
    if (!body)
        return invalidResponse(body.error());
    auto email = protocol::json::requireString(*body, u"email");
    if (!email)
        return invalidResponse(email.error());
    auto role = protocol::json::requireString(*body, u"role");
    if (!role)
        return invalidResponse(role.error());
    const auto org = tx.exec_params1("SELECT name FROM orgs WHERE id = $1", caller.claims.orgId);
    auto account = createAccount(tx, caller.claims.orgId, org[0].as<std::string>(), email->toStdString(),
                                 role->toStdString(), ctx.config.argon2MemoryKiB);
    if (!account)
        return account.error().code == ErrorCode::Conflict
            ? errorResponse(409, ec::kInvalid, account.error().message, QStringLiteral("email"))
            : invalidResponse(account.error());
    tx.exec_prepared("audit", caller.claims.orgId, caller.claims.userId, caller.claims.deviceId, "user_created", "user",
                     account->userId);
    tx.commit();
    return ok({{QStringLiteral("id"), QString::fromStdString(account->userId)},
               {QStringLiteral("password"), QString::fromStdString(account->password)},
               {QStringLiteral("totp_uri"), QString::fromStdString(account->otpauthUri)}});
}

HttpResponse setRole(pqxx::work &tx, const Caller &caller, const HttpRequest &req, const std::string &userId)
{
    if (QUuid::fromString(QString::fromStdString(userId)).isNull())
        return errorResponse(400, ec::kInvalid, trServer("The user id must be a UUID."));
    auto body = protocol::json::parseObject(QByteArray::fromStdString(req.body));
    if (!body)
        return invalidResponse(body.error());
    auto role = protocol::json::requireString(*body, u"role");
    if (!role)
        return invalidResponse(role.error());
    if (!roleFromKey(*role))
        return errorResponse(400, ec::kInvalid,
                             trServer("The role must be admin, manager, front_desk or practitioner."),
                             QStringLiteral("role"));
    if (tx.exec_params("UPDATE users SET role = $3 WHERE id = $1 AND org_id = $2 RETURNING 1", userId,
                       caller.claims.orgId, role->toStdString())
            .empty())
        return errorResponse(404, ec::kNotFound, trServer("No such user in this clinic."));
    // Tokens carry the role: end the user's sessions so the new role applies now.
    tx.exec_params("UPDATE devices SET token_epoch = token_epoch + 1 WHERE user_id = $1", userId);
    tx.exec_prepared("audit", caller.claims.orgId, caller.claims.userId, caller.claims.deviceId, "role_changed", "user",
                     userId);
    tx.commit();
    return ok({{QStringLiteral("id"), QString::fromStdString(userId)}, {QStringLiteral("role"), *role}});
}

// Each device with its last contact and what is pending either way: the
// changes it reported still queued in its outbox at its last pull, and the
// server's changes after the cursor it last pulled from (what it has applied).
HttpResponse listDevices(pqxx::work &tx, const Caller &caller)
{
    const std::string after = " WHERE org_id = d.org_id AND (txid, seq) > (coalesce(d.pull_txid, '0'::xid8), "
                              "coalesce(d.pull_seq, 0))";
    std::string pendingPull = "(SELECT count(*) FROM appointments" + after + ") + (SELECT count(*) FROM clients" + after
        + ") + (SELECT count(*) FROM conflicts" + after + ") + (SELECT count(*) FROM tombstones" + after
        + ") + (SELECT count(*) FROM stripe_payments" + after + ") + (SELECT count(*) FROM stripe_payouts" + after
        + ")";
    QJsonArray list;
    for (const auto &r : tx.exec_params(
             "SELECT d.id, d.name, d.user_id, u.email, to_char(d.last_seen_at AT TIME ZONE 'UTC', "
             "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'), d.revoked_at IS NOT NULL, d.last_mutation_id, d.pending_push, "
                 + pendingPull
                 + " FROM devices d JOIN users u ON u.id = d.user_id WHERE d.org_id = $1 ORDER BY d.last_seen_at DESC",
             caller.claims.orgId))
        list.append(QJsonObject {
            {QStringLiteral("id"), q(r[0])},
            {QStringLiteral("name"), q(r[1])},
            {QStringLiteral("user_id"), q(r[2])},
            {QStringLiteral("user_email"), q(r[3])},
            {QStringLiteral("last_seen_at"), q(r[4])},
            {QStringLiteral("revoked"), r[5].as<bool>()},
            {QStringLiteral("last_mutation_id"), r[6].as<qint64>()},
            {QStringLiteral("pending_push"), r[7].is_null() ? QJsonValue() : QJsonValue(r[7].as<qint64>())},
            {QStringLiteral("pending_pull"), r[8].as<qint64>()}});
    return ok({{QStringLiteral("devices"), list}});
}

HttpResponse revokeDevice(pqxx::work &tx, const Caller &caller, const std::string &deviceId)
{
    if (QUuid::fromString(QString::fromStdString(deviceId)).isNull())
        return errorResponse(400, ec::kInvalid, trServer("The device id must be a UUID."));
    if (tx.exec_params("UPDATE devices SET revoked_at = coalesce(revoked_at, now()), token_epoch = token_epoch + 1 "
                       "WHERE id = $1 AND org_id = $2 RETURNING 1",
                       deviceId, caller.claims.orgId)
            .empty())
        return errorResponse(404, ec::kNotFound, trServer("No such device in this clinic."));
    tx.exec_params("UPDATE refresh_tokens SET revoked = true WHERE device_id = $1", deviceId);
    tx.exec_prepared("audit", caller.claims.orgId, caller.claims.userId, caller.claims.deviceId, "device_revoked",
                     "device", deviceId);
    tx.commit();
    return ok({{QStringLiteral("id"), QString::fromStdString(deviceId)}, {QStringLiteral("revoked"), true}});
}

HttpResponse listConflicts(pqxx::work &tx, const Caller &caller)
{
    QJsonArray list;
    for (const auto &r :
         tx.exec_params("SELECT id, client_id, field, device_id, to_char(created_at AT TIME ZONE 'UTC', "
                        "'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"') FROM conflicts WHERE org_id = $1 AND NOT "
                        "resolved ORDER BY created_at LIMIT 500",
                        caller.claims.orgId))
        list.append(QJsonObject {{QStringLiteral("id"), q(r[0])},
                                 {QStringLiteral("client_id"), q(r[1])},
                                 {QStringLiteral("field"), q(r[2])},
                                 {QStringLiteral("device_id"), q(r[3])},
                                 {QStringLiteral("created_at"), q(r[4])}});
    return ok({{QStringLiteral("conflicts"), list}});
}

// The person resolving a conflict picks the value; it becomes the client's
// field and the conflict record, now resolved, syncs to every device.
HttpResponse resolveConflict(pqxx::work &tx, const Caller &caller, const HttpRequest &req,
                             const std::string &conflictId)
{
    if (QUuid::fromString(QString::fromStdString(conflictId)).isNull())
        return errorResponse(400, ec::kInvalid, trServer("The conflict id must be a UUID."));
    auto body = protocol::json::parseObject(QByteArray::fromStdString(req.body));
    if (!body)
        return invalidResponse(body.error());
    auto value = protocol::json::requireString(*body, u"value", true);
    if (!value)
        return invalidResponse(value.error());
    const auto rows = tx.exec_params("UPDATE conflicts SET resolved = true WHERE id = $1 AND org_id = $2 AND NOT "
                                     "resolved RETURNING client_id, field",
                                     conflictId, caller.claims.orgId);
    if (rows.empty())
        return errorResponse(404, ec::kNotFound, trServer("No open conflict with this id in this clinic."));
    tx.exec_params("UPDATE clients SET fields = jsonb_set(fields, ARRAY[$3::text], to_jsonb($4::text)) "
                   "WHERE id = $1 AND org_id = $2",
                   rows[0][0].as<std::string>(), caller.claims.orgId, rows[0][1].as<std::string>(),
                   value->toStdString());
    tx.exec_prepared("notify", caller.claims.orgId);
    tx.exec_prepared("audit", caller.claims.orgId, caller.claims.userId, caller.claims.deviceId, "conflict_resolved",
                     "client", rows[0][0].as<std::string>());
    tx.commit();
    return ok({{QStringLiteral("id"), QString::fromStdString(conflictId)}, {QStringLiteral("resolved"), true}});
}

HttpResponse listAudit(pqxx::work &tx, const Caller &caller, const HttpRequest &req)
{
    auto param = [&](const char *key) {
        const auto it = req.query.find(key);
        return it == req.query.end() ? std::string() : it->second;
    };
    const long long before
        = param("before").empty() ? std::numeric_limits<long long>::max() : std::atoll(param("before").c_str());
    const int limit = std::clamp(param("limit").empty() ? 100 : std::atoi(param("limit").c_str()), 1, 1000);
    QJsonArray list;
    long long last = 0;
    for (const auto &r : tx.exec_params(
             "SELECT id, to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS.MS\"Z\"'), user_id, device_id, "
             "action, entity, entity_id FROM audit_events WHERE org_id = $1 AND id < $2 AND ($3 = '' OR action = $3) "
             "ORDER BY id DESC LIMIT $4",
             caller.claims.orgId, before, param("action"), limit)) {
        last = r[0].as<long long>();
        list.append(QJsonObject {{QStringLiteral("id"), last},
                                 {QStringLiteral("at"), q(r[1])},
                                 {QStringLiteral("user_id"), q(r[2])},
                                 {QStringLiteral("device_id"), q(r[3])},
                                 {QStringLiteral("action"), q(r[4])},
                                 {QStringLiteral("entity"), q(r[5])},
                                 {QStringLiteral("entity_id"), q(r[6])}});
    }
    QJsonObject o {{QStringLiteral("events"), list}};
    if (list.size() == limit)
        o.insert(QStringLiteral("next_before"), last);
    return ok(o);
}
} // namespace

HttpResponse handleAdmin(Context &ctx, const HttpRequest &req, pqxx::connection_base &conn, const Caller &caller)
{
    const auto parts = split(req.path);
    const std::string area = parts.size() > 2 ? parts[2] : std::string();
    const bool get = req.method == "GET";
    const bool post = req.method == "POST";
    pqxx::work tx(conn);
    if (area == "users" || area == "devices") {
        if (!roleAllows(caller.role, Permission::ManageUsers))
            return forbidden();
        if (area == "users" && parts.size() == 3 && get)
            return listUsers(tx, caller);
        if (area == "users" && parts.size() == 3 && post)
            return createUser(ctx, tx, caller, req);
        if (area == "users" && parts.size() == 5 && parts[4] == "role" && post)
            return setRole(tx, caller, req, parts[3]);
        if (area == "devices" && parts.size() == 3 && get)
            return listDevices(tx, caller);
        if (area == "devices" && parts.size() == 5 && parts[4] == "revoke" && post)
            return revokeDevice(tx, caller, parts[3]);
    } else if (area == "conflicts") {
        if (!roleAllows(caller.role, Permission::EditClients))
            return forbidden();
        if (parts.size() == 3 && get)
            return listConflicts(tx, caller);
        if (parts.size() == 5 && parts[4] == "resolve" && post)
            return resolveConflict(tx, caller, req, parts[3]);
    } else if (area == "audit" && parts.size() == 3 && get) {
        if (!roleAllows(caller.role, Permission::ManageClinic))
            return forbidden();
        return listAudit(tx, caller, req);
    }
    return errorResponse(404, ec::kNotFound, trServer("There is nothing at this address."));
}

} // namespace msp::server
