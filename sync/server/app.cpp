#include "app.h"

#include "context.h"
#include "handlers.h"
#include "protocol/apierror.h"
#include "protocol/protocolversion.h"

#include <chrono>
#include <pqxx/pqxx>

namespace msp::server {

namespace ec = protocol::errorcode;

namespace {
enum class Access { Public, Authenticated };
using Handler = std::function<HttpResponse(Context &, const HttpRequest &, pqxx::connection_base &, const Caller &)>;

struct Route {
    std::string name; // metric label
    Access access = Access::Public;
    Handler handler;
    bool database = true;
};

std::optional<Route> findRoute(const HttpRequest &req, bool &wrongMethod)
{
    const auto &p = req.path;
    const auto &m = req.method;
    wrongMethod = false;
    auto expect = [&](const char *method) {
        if (m == method)
            return true;
        wrongMethod = true;
        return false;
    };
    auto noAuth = [](auto fn) {
        return [fn](Context &c, const HttpRequest &r, pqxx::connection_base &conn, const Caller &) {
            return fn(c, r, conn);
        };
    };
    if (p == "/healthz")
        return expect("GET") ? std::optional(Route {"/healthz", Access::Public, {}, false}) : std::nullopt;
    if (p == "/metrics")
        return expect("GET") ? std::optional(Route {"/metrics", Access::Public, {}, false}) : std::nullopt;
    if (p == "/readyz")
        return expect("GET")
            ? std::optional(Route {"/readyz", Access::Public,
                                   [](Context &c, const HttpRequest &, pqxx::connection_base &conn, const Caller &) {
                                       pqxx::nontransaction tx(conn);
                                       tx.exec("SELECT 1");
                                       return c.migrated ? jsonResponse(200, R"({"status":"ready"})")
                                                         : errorResponse(503, ec::kUnavailable,
                                                                         trServer("Migrations are not done yet."));
                                   }})
            : std::nullopt;
    if (p == "/v1/auth/login")
        return expect("POST") ? std::optional(Route {p, Access::Public, noAuth(handleLogin)}) : std::nullopt;
    if (p == "/v1/auth/refresh")
        return expect("POST") ? std::optional(Route {p, Access::Public, noAuth(handleRefresh)}) : std::nullopt;
    if (p == "/v1/stripe/webhook")
        return expect("POST") ? std::optional(Route {p, Access::Public, noAuth(handleStripeWebhook)}) : std::nullopt;
    if (p == "/v1/sync/push")
        return expect("POST") ? std::optional(Route {p, Access::Authenticated, handlePush}) : std::nullopt;
    if (p == "/v1/sync/pull")
        return expect("GET") ? std::optional(Route {p, Access::Authenticated, handlePull}) : std::nullopt;
    if (p.rfind("/v1/admin/", 0) == 0) {
        // Ids in admin paths would make unbounded metric labels: collapse them.
        std::string name = "/v1/admin/";
        name += p.substr(10, p.find('/', 10) - 10);
        return Route {name, Access::Authenticated, handleAdmin};
    }
    return std::nullopt;
}
} // namespace

App::App(Context &ctx)
    : m_ctx(ctx)
{
}

void App::handle(HttpRequest req, Responder respond)
{
    const auto started = std::chrono::steady_clock::now();
    // Messages for people in the language the request asks for, here and
    // on the worker that serves it.
    const QTranslator *language = m_ctx.languages.forHeader(req.header("accept-language"));
    AnswerLanguageScope inLanguage(language);
    bool wrongMethod = false;
    auto route = findRoute(req, wrongMethod);
    const std::string routeName = route ? route->name : std::string("other");
    auto finish = [this, started, routeName, requestId = req.requestId, method = req.method,
                   respond = std::move(respond)](HttpResponse r) {
        const double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
        m_ctx.metrics.recordRequest(routeName, r.status, secs);
        m_ctx.log.info("request",
                       {{"request_id", requestId},
                        {"method", method},
                        {"route", routeName},
                        {"status", std::to_string(r.status)},
                        {"ms", std::to_string(int(secs * 1000))}});
        respond(std::move(r));
    };

    const std::string version = req.header("x-medspasync-protocol");
    if (!version.empty() && version != std::to_string(protocol::kProtocolVersion))
        return finish(errorResponse(426, ec::kInvalid,
                                    trServer("This app speaks another sync protocol version; update the app.")));
    if (!route) {
        if (wrongMethod)
            return finish(errorResponse(405, ec::kInvalid, trServer("This method is not allowed here.")));
        return finish(errorResponse(404, ec::kNotFound, trServer("There is nothing at this address.")));
    }
    if (!route->database) {
        if (route->name == "/healthz")
            return finish(jsonResponse(200, R"({"status":"ok"})"));
        HttpResponse r;
        r.contentType = "text/plain; version=0.0.4; charset=utf-8";
        r.body = m_ctx.metrics.render();
        return finish(std::move(r));
    }
    auto shared = std::make_shared<HttpRequest>(std::move(req));
    auto done = std::make_shared<decltype(finish)>(std::move(finish));
    const bool queued = m_ctx.pool->post(
        [this, shared, done, route = *route, language](pqxx::connection_base &conn) {
            AnswerLanguageScope onWorker(language);
            HttpResponse r;
            try {
                Caller caller;
                if (route.access == Access::Authenticated) {
                    if (auto refusal = authenticate(m_ctx, *shared, conn, caller)) {
                        (*done)(std::move(*refusal));
                        return;
                    }
                }
                r = route.handler(m_ctx, *shared, conn, caller);
            } catch (const pqxx::broken_connection &e) {
                m_ctx.log.error("database_unreachable", {{"request_id", shared->requestId}, {"error", e.what()}});
                r = errorResponse(503, ec::kUnavailable, trServer("The database is unreachable; retry shortly."));
                r.headers.emplace_back("Retry-After", "1");
            } catch (const std::exception &e) {
                m_ctx.log.error("handler_failed", {{"request_id", shared->requestId}, {"error", e.what()}});
                r = errorResponse(500, ec::kInternal,
                                  trServer("The server failed; retry, and quote request id %1 if it persists.")
                                      .arg(QString::fromStdString(shared->requestId)));
            }
            (*done)(std::move(r));
        },
        [this, done, language](const std::string &why) {
            AnswerLanguageScope onWorker(language);
            m_ctx.log.error("database_unreachable", {{"error", why}});
            auto r = errorResponse(503, ec::kUnavailable, trServer("The database is unreachable; retry shortly."));
            r.headers.emplace_back("Retry-After", "1");
            (*done)(std::move(r));
        });
    if (!queued) {
        auto r = errorResponse(503, ec::kUnavailable, trServer("The server is busy; retry shortly."));
        r.headers.emplace_back("Retry-After", "1");
        (*done)(std::move(r));
    }
}

void App::authorizeStream(HttpRequest req, StreamAuthorized done)
{
    const QTranslator *language = m_ctx.languages.forHeader(req.header("accept-language"));
    AnswerLanguageScope inLanguage(language);
    auto shared = std::make_shared<HttpRequest>(std::move(req));
    auto cb = std::make_shared<StreamAuthorized>(std::move(done));
    const bool queued = m_ctx.pool->post(
        [this, shared, cb, language](pqxx::connection_base &conn) {
            AnswerLanguageScope onWorker(language);
            Caller caller;
            std::optional<HttpResponse> refusal;
            try {
                refusal = authenticate(m_ctx, *shared, conn, caller);
            } catch (const std::exception &) {
                (*cb)(std::nullopt, errorResponse(503, ec::kUnavailable, trServer("Retry shortly.")));
                return;
            }
            if (refusal)
                (*cb)(std::nullopt, std::move(*refusal));
            else
                (*cb)(caller.claims.orgId, {});
        },
        [cb, language](const std::string &) {
            AnswerLanguageScope onWorker(language);
            (*cb)(std::nullopt, errorResponse(503, ec::kUnavailable, trServer("Retry shortly.")));
        });
    if (!queued)
        (*cb)(std::nullopt, errorResponse(503, ec::kUnavailable, trServer("The server is busy; retry shortly.")));
}

} // namespace msp::server
