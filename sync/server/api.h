#pragma once

#include "answerlanguage.h"
#include "domain/error.h"
#include "domain/role.h"
#include "httptypes.h"
#include "tokens.h"

#include <QByteArray>

#include <optional>

namespace pqxx {
class connection_base;
}

namespace msp::server {

struct Context;

// Who is calling, once the access token and the device have been checked.
struct Caller {
    AccessClaims claims;
    Role role = Role::FrontDesk;
};

HttpResponse jsonResponse(int status, const QByteArray &body);
HttpResponse errorResponse(int status, QStringView code, const QString &message, const QString &field = {});
HttpResponse invalidResponse(const Error &error); // 400 from a decode error

// Checks the bearer token and the device's state. On failure returns the
// 401/403 answer to send.
std::optional<HttpResponse> authenticate(Context &ctx, const HttpRequest &req, pqxx::connection_base &conn,
                                         Caller &caller);

} // namespace msp::server
