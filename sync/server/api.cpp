#include "api.h"

#include "context.h"
#include "protocol/apierror.h"

#include <QCoreApplication>

#include <pqxx/pqxx>

namespace msp::server {

HttpResponse jsonResponse(int status, const QByteArray &body)
{
    HttpResponse r;
    r.status = status;
    r.body = body.toStdString();
    return r;
}

HttpResponse errorResponse(int status, QStringView code, const QString &message, const QString &field)
{
    return jsonResponse(status, protocol::encodeApiError({code.toString(), message, field}));
}

HttpResponse invalidResponse(const Error &error)
{
    return errorResponse(400, protocol::errorcode::kInvalid, error.message, error.field);
}

std::optional<HttpResponse> authenticate(Context &ctx, const HttpRequest &req, pqxx::connection_base &conn,
                                         Caller &caller)
{
    namespace ec = protocol::errorcode;
    const std::string header = req.header("authorization");
    if (header.rfind("Bearer ", 0) != 0)
        return errorResponse(401, ec::kUnauthenticated,
                             trServer("Sign in first: send the access token as \"Authorization: Bearer ...\"."));
    switch (ctx.signer->verify(header.substr(7), unixNow(), caller.claims)) {
    case TokenCheck::Valid: break;
    case TokenCheck::Expired:
        return errorResponse(401, ec::kTokenExpired, trServer("The access token has expired; refresh it and retry."));
    case TokenCheck::Malformed:
    case TokenCheck::BadSignature:
        return errorResponse(401, ec::kUnauthenticated,
                             trServer("The access token is not valid for this server; sign in again."));
    }
    const auto role = roleFromKey(QString::fromStdString(caller.claims.role));
    if (!role)
        return errorResponse(401, ec::kUnauthenticated,
                             trServer("The access token names no known role; sign in again."));
    caller.role = *role;
    pqxx::nontransaction tx(conn);
    const auto rows = tx.exec_prepared("device_state", caller.claims.deviceId);
    if (rows.empty())
        return errorResponse(401, ec::kUnauthenticated, trServer("This device is not registered; sign in again."));
    const auto &row = rows[0];
    if (row[0].as<bool>())
        return errorResponse(403, ec::kDeviceRevoked,
                             trServer("An administrator revoked this device. Its local data will be erased; "
                                      "sign in on a registered device."));
    if (row[2].as<bool>())
        return errorResponse(403, ec::kForbidden, trServer("This account is disabled; ask a clinic administrator."));
    if (row[1].as<int>() != caller.claims.epoch)
        return errorResponse(401, ec::kUnauthenticated, trServer("This session has ended; sign in again."));
    return std::nullopt;
}

} // namespace msp::server
