#pragma once

#include "api.h"

namespace msp::server {

// Request handlers. Each runs on a database worker and returns the answer;
// libpqxx exceptions are caught by the router.
HttpResponse handleLogin(Context &ctx, const HttpRequest &req, pqxx::connection_base &conn);
HttpResponse handleRefresh(Context &ctx, const HttpRequest &req, pqxx::connection_base &conn);
HttpResponse handlePush(Context &ctx, const HttpRequest &req, pqxx::connection_base &conn, const Caller &caller);
HttpResponse handlePull(Context &ctx, const HttpRequest &req, pqxx::connection_base &conn, const Caller &caller);
// POST /v1/stripe/webhook: no access token, Stripe's signature instead.
HttpResponse handleStripeWebhook(Context &ctx, const HttpRequest &req, pqxx::connection_base &conn);
HttpResponse handleAdmin(Context &ctx, const HttpRequest &req, pqxx::connection_base &conn, const Caller &caller);

} // namespace msp::server
