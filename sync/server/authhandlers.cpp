#include "context.h"
#include "handlers.h"
#include "loginlimits.h"
#include "protocol/apierror.h"
#include "protocol/auth.h"
#include "security/passwordhash.h"
#include "security/totp.h"

#include <pqxx/pqxx>

namespace msp::server {

namespace ec = protocol::errorcode;

namespace {
HttpResponse tooMany(int retryAfter)
{
    auto r = errorResponse(429, ec::kRateLimited,
                           trServer("Too many failed sign-ins. Wait %1 seconds and try again.").arg(retryAfter));
    r.headers.emplace_back("Retry-After", std::to_string(retryAfter));
    return r;
}

security::Argon2Params argon2(const Context &ctx)
{
    security::Argon2Params p;
    p.memoryKiB = quint32(ctx.config.argon2MemoryKiB);
    return p;
}

// Issues an access token and a fresh refresh token for the device, inside tx.
protocol::TokenPair issueTokens(Context &ctx, pqxx::work &tx, const AccessClaims &base)
{
    AccessClaims claims = base;
    claims.expiresAt = unixNow() + ctx.config.accessTtlSeconds;
    const std::string refresh = randomToken(32);
    tx.exec_params("INSERT INTO refresh_tokens (token_hash, device_id, user_id, expires_at) "
                   "VALUES ($1, $2, $3, now() + make_interval(secs => $4))",
                   sha256Hex(refresh), claims.deviceId, claims.userId, ctx.config.refreshTtlSeconds);
    protocol::TokenPair t;
    t.accessToken = QString::fromStdString(ctx.signer->sign(claims));
    t.accessExpiresIn = ctx.config.accessTtlSeconds;
    t.refreshToken = QString::fromStdString(refresh);
    t.userId = QString::fromStdString(claims.userId);
    t.orgId = QString::fromStdString(claims.orgId);
    t.role = QString::fromStdString(claims.role);
    return t;
}
} // namespace

HttpResponse handleLogin(Context &ctx, const HttpRequest &req, pqxx::connection_base &conn)
{
    auto login = protocol::decodeLoginRequest(QByteArray::fromStdString(req.body));
    if (!login)
        return invalidResponse(login.error());
    const auto now = unixNow();
    const std::string accountKey = login->email.toStdString();
    const std::string addressKey = req.remoteAddress;
    if (const int wait
        = std::max(ctx.accountLimiter.retryAfter(accountKey, now), ctx.addressLimiter.retryAfter(addressKey, now)))
        return tooMany(wait);
    // The same limits across every instance of the server.
    const LoginLimits shared(ctx, accountKey, addressKey);
    {
        pqxx::work check(conn, "login_limits");
        const int wait = shared.retryAfter(check);
        check.commit();
        if (wait > 0)
            return tooMany(wait);
    }

    pqxx::work tx(conn);
    // Failures are counted in their own commit: nothing else was written yet.
    auto fail = [&](QStringView code, const QString &message) {
        ctx.accountLimiter.recordFailure(accountKey, now);
        ctx.addressLimiter.recordFailure(addressKey, now);
        shared.recordFailure(tx);
        tx.commit();
        return errorResponse(401, code, message);
    };
    const auto users = tx.exec_params("SELECT id, org_id, role, password_hash, totp_secret, totp_last_step, disabled "
                                      "FROM users WHERE email = $1 FOR UPDATE",
                                      accountKey);
    const QString wrong = trServer("The email or password is wrong.");
    if (users.empty()) {
        // Spend the same time as a real check so timing does not reveal accounts.
        static const QString dummy
            = security::hashPassword(QStringLiteral("not a password"), argon2(ctx)).valueOr(QString());
        (void)security::verifyPassword(login->password, dummy);
        return fail(ec::kUnauthenticated, wrong);
    }
    const auto &u = users[0];
    if (!security::verifyPassword(login->password, QString::fromStdString(u[3].as<std::string>())))
        return fail(ec::kUnauthenticated, wrong);
    const QByteArray secret = security::base32Decode(QString::fromStdString(u[4].as<std::string>()));
    const qint64 step = security::verifyTotp(secret, login->totp, now, u[5].as<qint64>());
    if (step < 0)
        return fail(ec::kUnauthenticated,
                    trServer("The authenticator code is wrong or was used already; enter the next code."));
    if (u[6].as<bool>())
        return errorResponse(403, ec::kForbidden, trServer("This account is disabled; ask a clinic administrator."));

    AccessClaims claims;
    claims.userId = u[0].as<std::string>();
    claims.orgId = u[1].as<std::string>();
    claims.role = u[2].as<std::string>();
    claims.deviceId = login->deviceId.toStdString();
    tx.exec_params("UPDATE users SET totp_last_step = $2 WHERE id = $1", claims.userId, step);

    const auto existing = tx.exec_params("SELECT org_id, revoked_at IS NOT NULL, token_epoch FROM devices "
                                         "WHERE id = $1 FOR UPDATE",
                                         claims.deviceId);
    if (!existing.empty()) {
        if (existing[0][0].as<std::string>() != claims.orgId)
            return errorResponse(403, ec::kForbidden, trServer("This device belongs to another clinic."));
        if (existing[0][1].as<bool>()) {
            tx.commit(); // keep the TOTP step used
            return errorResponse(403, ec::kDeviceRevoked,
                                 trServer("An administrator revoked this device. Its local data will be erased."));
        }
        claims.epoch = existing[0][2].as<int>();
        tx.exec_params("UPDATE devices SET user_id = $2, name = $3, last_seen_at = now() WHERE id = $1",
                       claims.deviceId, claims.userId, login->deviceName.toStdString());
    } else {
        tx.exec_params("INSERT INTO devices (id, org_id, user_id, name) VALUES ($1, $2, $3, $4)", claims.deviceId,
                       claims.orgId, claims.userId, login->deviceName.toStdString());
    }
    const auto tokens = issueTokens(ctx, tx, claims);
    tx.exec_prepared("audit", claims.orgId, claims.userId, claims.deviceId, "login", "device", claims.deviceId);
    shared.reset(tx);
    tx.commit();
    ctx.accountLimiter.reset(accountKey);
    return jsonResponse(200, protocol::encodeTokenPair(tokens));
}

HttpResponse handleRefresh(Context &ctx, const HttpRequest &req, pqxx::connection_base &conn)
{
    auto refresh = protocol::decodeRefreshRequest(QByteArray::fromStdString(req.body));
    if (!refresh)
        return invalidResponse(refresh.error());
    const std::string tokenHash = sha256Hex(refresh->refreshToken.toStdString());
    pqxx::work tx(conn);
    const auto rows
        = tx.exec_params("SELECT t.device_id, t.user_id, t.used_at IS NOT NULL OR t.revoked, t.expires_at < now(), "
                         "d.revoked_at IS NOT NULL, d.token_epoch, d.org_id, u.role, u.disabled, "
                         "NOT t.revoked AND t.used_at > now() - make_interval(secs => $2) AND t.grace_used_at IS NULL, "
                         "coalesce(t.replaced_by, '') "
                         "FROM refresh_tokens t JOIN devices d ON d.id = t.device_id JOIN users u ON u.id = t.user_id "
                         "WHERE t.token_hash = $1 FOR UPDATE OF t, d",
                         tokenHash, ctx.config.refreshGraceSeconds);
    if (rows.empty() || rows[0][0].as<std::string>() != refresh->deviceId.toStdString())
        return errorResponse(401, ec::kUnauthenticated, trServer("The refresh token is not valid; sign in again."));
    const auto &r = rows[0];
    const std::string deviceId = r[0].as<std::string>();
    if (r[4].as<bool>())
        return errorResponse(403, ec::kDeviceRevoked,
                             trServer("An administrator revoked this device. Its local data will be erased."));
    bool retried = false;
    if (r[2].as<bool>()) {
        // The answer to the refresh that spent this token may have been lost:
        // within the grace window, once, and only while the token it was
        // exchanged for is still unused, the device gets a fresh pair and
        // that unused successor is withdrawn. Anything else is a copied token.
        const std::string successor = r[10].as<std::string>();
        retried = r[9].as<bool>() && !successor.empty()
            && !tx.exec_params("UPDATE refresh_tokens SET revoked = true WHERE token_hash = $1 AND used_at IS NULL "
                               "AND NOT revoked RETURNING 1",
                               successor)
                    .empty();
        if (!retried) {
            // A used token presented again means it was copied: end every session of the device.
            tx.exec_params("UPDATE refresh_tokens SET revoked = true WHERE device_id = $1", deviceId);
            tx.exec_params("UPDATE devices SET token_epoch = token_epoch + 1 WHERE id = $1", deviceId);
            tx.exec_prepared("audit", r[6].as<std::string>(), r[1].as<std::string>(), deviceId, "refresh_token_reused",
                             "device", deviceId);
            tx.commit();
            ctx.log.warn("refresh_token_reused", {{"request_id", req.requestId}, {"device_id", deviceId}});
            return errorResponse(
                401, ec::kUnauthenticated,
                trServer("This sign-in was used twice, so it has been ended for safety; sign in again."));
        }
    }
    if (r[3].as<bool>())
        return errorResponse(401, ec::kUnauthenticated, trServer("The session has expired; sign in again."));
    if (r[8].as<bool>())
        return errorResponse(403, ec::kForbidden, trServer("This account is disabled; ask a clinic administrator."));
    AccessClaims claims;
    claims.userId = r[1].as<std::string>();
    claims.orgId = r[6].as<std::string>();
    claims.role = r[7].as<std::string>();
    claims.deviceId = deviceId;
    claims.epoch = r[5].as<int>();
    const auto tokens = issueTokens(ctx, tx, claims);
    const std::string next = sha256Hex(tokens.refreshToken.toStdString());
    if (retried) {
        tx.exec_params("UPDATE refresh_tokens SET grace_used_at = now(), replaced_by = $2 WHERE token_hash = $1",
                       tokenHash, next);
        tx.exec_prepared("audit", claims.orgId, claims.userId, deviceId, "refresh_retried", "device", deviceId);
        ctx.log.info("refresh_retried", {{"request_id", req.requestId}, {"device_id", deviceId}});
    } else {
        tx.exec_params("UPDATE refresh_tokens SET used_at = now(), replaced_by = $2 WHERE token_hash = $1", tokenHash,
                       next);
    }
    tx.exec_params("UPDATE devices SET last_seen_at = now() WHERE id = $1", deviceId);
    tx.commit();
    return jsonResponse(200, protocol::encodeTokenPair(tokens));
}

} // namespace msp::server
