#include "httpserver.h"

#include "answerlanguage.h"
#include "api.h"
#include "app.h"
#include "context.h"

#include <QCoreApplication>
#include <QUuid>

#include <array>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/strand.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/beast/websocket/ssl.hpp>
#include <deque>
#include <memory>
#include <openssl/ssl.h>
#include <thread>

namespace msp::server {

namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
namespace net = boost::asio;
namespace ssl = net::ssl;
using tcp = net::ip::tcp;

namespace {

std::string decodeUrl(std::string_view in)
{
    std::string out;
    for (std::size_t i = 0; i < in.size(); ++i) {
        if (in[i] == '%' && i + 2 < in.size()) {
            out += char(std::stoi(std::string(in.substr(i + 1, 2)), nullptr, 16));
            i += 2;
        } else {
            out += in[i] == '+' ? ' ' : in[i];
        }
    }
    return out;
}

HttpRequest toRequest(const http::request<http::string_body> &req, const std::string &remote)
{
    HttpRequest r;
    r.method = std::string(req.method_string());
    const std::string_view target = req.target();
    const auto qmark = target.find('?');
    r.path = std::string(target.substr(0, qmark));
    if (qmark != std::string_view::npos) {
        std::string_view rest = target.substr(qmark + 1);
        while (!rest.empty()) {
            const auto amp = rest.find('&');
            const auto pair = rest.substr(0, amp);
            const auto eq = pair.find('=');
            try {
                r.query[decodeUrl(pair.substr(0, eq))]
                    = eq == std::string_view::npos ? std::string() : decodeUrl(pair.substr(eq + 1));
            } catch (const std::exception &) {
                // A malformed escape leaves the parameter out; the handler reports it missing.
            }
            rest = amp == std::string_view::npos ? std::string_view() : rest.substr(amp + 1);
        }
    }
    for (const auto &h : req) {
        std::string name(h.name_string());
        for (auto &c : name)
            c = char(std::tolower(static_cast<unsigned char>(c)));
        r.headers[name] = std::string(h.value());
    }
    r.body = req.body();
    r.remoteAddress = remote;
    const std::string given = r.header("x-request-id");
    // Accept a caller's id only when it is short and printable, so logs stay clean.
    bool usable = !given.empty() && given.size() <= 64;
    for (const char c : given)
        usable = usable && (std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.');
    r.requestId = usable ? given : QUuid::createUuid().toString(QUuid::WithoutBraces).toStdString();
    return r;
}

class WsSession : public std::enable_shared_from_this<WsSession>
{
public:
    WsSession(beast::ssl_stream<beast::tcp_stream> &&stream, Context &ctx, std::string orgId)
        : m_ws(std::move(stream))
        , m_ctx(ctx)
        , m_org(std::move(orgId))
    {
    }

    void run(http::request<http::string_body> req)
    {
        beast::get_lowest_layer(m_ws).expires_never();
        m_ws.set_option(websocket::stream_base::timeout::suggested(beast::role_type::server));
        m_ws.read_message_max(4096);
        m_ws.async_accept(req, beast::bind_front_handler(&WsSession::onAccept, shared_from_this()));
    }

private:
    void onAccept(beast::error_code ec)
    {
        if (ec)
            return;
        ++m_ctx.metrics.openStreams;
        m_open = true;
        m_ctx.log.info("stream_opened", {{"org_id", m_org}});
        std::weak_ptr<WsSession> weak = shared_from_this();
        m_subscription = m_ctx.hub.subscribe(m_org, [weak](const std::string &message) {
            if (auto self = weak.lock())
                net::post(self->m_ws.get_executor(), [self, message] { self->send(message); });
        });
        send(R"({"type":"hello"})");
        read();
    }

    void read() { m_ws.async_read(m_buffer, beast::bind_front_handler(&WsSession::onRead, shared_from_this())); }

    void onRead(beast::error_code ec, std::size_t)
    {
        if (ec)
            return close();
        m_buffer.consume(m_buffer.size()); // clients have nothing to say; hints go one way
        read();
    }

    void send(const std::string &message)
    {
        if (!m_open)
            return;
        // One pending hint of a kind is enough: a pull fetches everything anyway.
        if (m_queue.size() > 1 && m_queue.back() == message)
            return;
        m_queue.push_back(message);
        if (m_queue.size() == 1)
            write();
    }

    void write()
    {
        m_ws.text(true);
        m_ws.async_write(net::buffer(m_queue.front()),
                         beast::bind_front_handler(&WsSession::onWrite, shared_from_this()));
    }

    void onWrite(beast::error_code ec, std::size_t)
    {
        if (ec)
            return close();
        m_queue.pop_front();
        if (!m_queue.empty())
            write();
    }

    void close()
    {
        if (!m_open)
            return;
        m_open = false;
        m_ctx.hub.unsubscribe(m_subscription);
        --m_ctx.metrics.openStreams;
    }

public:
    ~WsSession()
    {
        if (m_open) {
            m_ctx.hub.unsubscribe(m_subscription);
            --m_ctx.metrics.openStreams;
        }
    }

private:
    websocket::stream<beast::ssl_stream<beast::tcp_stream>> m_ws;
    Context &m_ctx;
    std::string m_org;
    beast::flat_buffer m_buffer;
    std::deque<std::string> m_queue;
    std::uint64_t m_subscription = 0;
    bool m_open = false;
};

class HttpSession : public std::enable_shared_from_this<HttpSession>
{
public:
    HttpSession(tcp::socket &&socket, ssl::context &tls, App &app)
        : m_stream(std::move(socket), tls)
        , m_app(app)
        , m_ctx(app.context())
    {
        beast::error_code ec;
        const auto endpoint = beast::get_lowest_layer(m_stream).socket().remote_endpoint(ec);
        m_remote = ec ? std::string("unknown") : endpoint.address().to_string();
    }

    void run()
    {
        net::dispatch(m_stream.get_executor(), beast::bind_front_handler(&HttpSession::handshake, shared_from_this()));
    }

private:
    void handshake()
    {
        beast::get_lowest_layer(m_stream).expires_after(std::chrono::seconds(10));
        m_stream.async_handshake(ssl::stream_base::server,
                                 beast::bind_front_handler(&HttpSession::onHandshake, shared_from_this()));
    }

    void onHandshake(beast::error_code ec)
    {
        if (ec) {
            m_ctx.log.info("tls_handshake_refused", {{"remote", m_remote}, {"error", ec.message()}});
            return;
        }
        read();
    }

    void read()
    {
        m_parser.emplace();
        m_parser->body_limit(m_ctx.config.bodyLimitBytes);
        m_parser->header_limit(16 * 1024);
        beast::get_lowest_layer(m_stream).expires_after(std::chrono::seconds(m_ctx.config.readTimeoutSeconds));
        http::async_read(m_stream, m_buffer, *m_parser,
                         beast::bind_front_handler(&HttpSession::onRead, shared_from_this()));
    }

    void onRead(beast::error_code ec, std::size_t)
    {
        if (ec == http::error::end_of_stream || ec == net::error::eof || ec == ssl::error::stream_truncated)
            return shutdown();
        if (ec == http::error::body_limit) {
            HttpResponse r = errorJson(400, "too_large",
                                       QT_TRANSLATE_NOOP("msp::server",
                                                         "The request body is larger than the server accepts; "
                                                         "send smaller batches."),
                                       m_parser->get()[http::field::accept_language]);
            return write(std::move(r), false, "");
        }
        if (ec == beast::error::timeout)
            return; // the peer went quiet; drop the connection
        if (ec) {
            if (m_parser && m_parser->is_header_done())
                return write(errorJson(400, "invalid",
                                       QT_TRANSLATE_NOOP("msp::server", "The request is not valid HTTP."),
                                       m_parser->get()[http::field::accept_language]),
                             false, "");
            return;
        }
        auto req = m_parser->release();
        const bool keepAlive = req.keep_alive();
        if (websocket::is_upgrade(req)) {
            if (req.target() != "/v1/sync/stream")
                return write(errorJson(404, "not_found",
                                       QT_TRANSLATE_NOOP("msp::server", "There is no stream at this address."),
                                       req[http::field::accept_language]),
                             false, "");
            auto self = shared_from_this();
            auto shared = std::make_shared<http::request<http::string_body>>(std::move(req));
            beast::get_lowest_layer(m_stream).expires_never();
            m_app.authorizeStream(
                toRequest(*shared, m_remote), [self, shared](std::optional<std::string> org, HttpResponse refusal) {
                    net::post(self->m_stream.get_executor(),
                              [self, shared, org, refusal = std::move(refusal)]() mutable {
                                  if (!org)
                                      return self->write(std::move(refusal), false, "");
                                  std::make_shared<WsSession>(std::move(self->m_stream), self->m_ctx, *org)
                                      ->run(std::move(*shared));
                              });
                });
            return;
        }
        HttpRequest request = toRequest(req, m_remote);
        const std::string requestId = request.requestId;
        auto self = shared_from_this();
        m_app.handle(std::move(request), [self, keepAlive, requestId](HttpResponse r) {
            net::post(self->m_stream.get_executor(), [self, keepAlive, requestId, r = std::move(r)]() mutable {
                self->write(std::move(r), keepAlive, requestId);
            });
        });
    }

    // An answer before the request reaches the app, in the language its
    // header asks for.
    HttpResponse errorJson(int status, const char *code, const char *message, beast::string_view acceptLanguage)
    {
        AnswerLanguageScope language(m_ctx.languages.forHeader({acceptLanguage.data(), acceptLanguage.size()}));
        // Encoded like every other error: a translation may hold quotes.
        return errorResponse(status, QString::fromLatin1(code), trServer(message));
    }

    void write(HttpResponse r, bool keepAlive, const std::string &requestId)
    {
        auto res = std::make_shared<http::response<http::string_body>>(http::status(r.status), 11);
        res->set(http::field::server, "medspasync-server");
        res->set(http::field::content_type, r.contentType);
        res->set(http::field::cache_control, "no-store");
        if (!requestId.empty())
            res->set("X-Request-Id", requestId);
        for (const auto &[name, value] : r.headers)
            res->set(name, value);
        res->keep_alive(keepAlive);
        res->body() = std::move(r.body);
        res->prepare_payload();
        beast::get_lowest_layer(m_stream).expires_after(std::chrono::seconds(m_ctx.config.readTimeoutSeconds));
        http::async_write(m_stream, *res,
                          [self = shared_from_this(), res, keepAlive](beast::error_code ec, std::size_t) {
                              if (ec)
                                  return;
                              if (!keepAlive)
                                  return self->shutdown();
                              self->read();
                          });
    }

    // After refusing a body mid-upload, read and drop the rest for a while:
    // closing at once would reset the connection and the client would never
    // see the refusal.
    void drain(std::size_t drained)
    {
        constexpr std::size_t kMaxDrain = 64 * 1024 * 1024;
        if (drained > kMaxDrain)
            return shutdown();
        beast::get_lowest_layer(m_stream).expires_after(std::chrono::seconds(5));
        m_stream.async_read_some(net::buffer(m_drainBuffer),
                                 [self = shared_from_this(), drained](beast::error_code ec, std::size_t n) {
                                     if (ec)
                                         return self->shutdown();
                                     self->drain(drained + n);
                                 });
    }

    void shutdown()
    {
        beast::get_lowest_layer(m_stream).expires_after(std::chrono::seconds(5));
        m_stream.async_shutdown([self = shared_from_this()](beast::error_code) {});
    }

    beast::ssl_stream<beast::tcp_stream> m_stream;
    App &m_app;
    Context &m_ctx;
    std::string m_remote;
    beast::flat_buffer m_buffer;
    std::optional<http::request_parser<http::string_body>> m_parser;
    bool m_drainAfterWrite = false;
    std::array<char, 16 * 1024> m_drainBuffer {};
};

class Listener : public std::enable_shared_from_this<Listener>
{
public:
    Listener(net::io_context &ioc, ssl::context &tls, App &app, tcp::acceptor &&acceptor)
        : m_ioc(ioc)
        , m_tls(tls)
        , m_app(app)
        , m_acceptor(std::move(acceptor))
    {
    }
    void accept()
    {
        m_acceptor.async_accept(net::make_strand(m_ioc),
                                beast::bind_front_handler(&Listener::onAccept, shared_from_this()));
    }

private:
    void onAccept(beast::error_code ec, tcp::socket socket)
    {
        if (!ec) {
            socket.set_option(tcp::no_delay(true), ec);
            std::make_shared<HttpSession>(std::move(socket), m_tls, m_app)->run();
        }
        if (m_acceptor.is_open())
            accept();
    }
    net::io_context &m_ioc;
    ssl::context &m_tls;
    App &m_app;
    tcp::acceptor m_acceptor;
};

} // namespace

Result<void> runHttpServer(App &app)
{
    Context &ctx = app.context();
    auto fail = [](const QString &what, const std::string &why) {
        return Error::make(ErrorCode::Internal, what.arg(QString::fromStdString(why)));
    };
    ssl::context tls(ssl::context::tls_server);
    // TLS 1.3 only: older versions are refused at the handshake.
    tls.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3
                    | ssl::context::no_tlsv1 | ssl::context::no_tlsv1_1 | ssl::context::no_tlsv1_2);
    SSL_CTX_set_min_proto_version(tls.native_handle(), TLS1_3_VERSION);
    beast::error_code ec;
    tls.use_certificate_chain_file(ctx.config.tlsCert, ec);
    if (ec)
        return fail(QCoreApplication::translate("msp::server", "Cannot load the TLS certificate: %1"), ec.message());
    tls.use_private_key_file(ctx.config.tlsKey, ssl::context::pem, ec);
    if (ec)
        return fail(QCoreApplication::translate("msp::server", "Cannot load the TLS key: %1"), ec.message());

    net::io_context ioc(ctx.config.ioThreads);
    tcp::acceptor acceptor(ioc);
    const auto address = net::ip::make_address(ctx.config.listenHost, ec);
    if (ec)
        return fail(QCoreApplication::translate("msp::server", "Cannot listen on %1"), ctx.config.listenHost);
    const tcp::endpoint endpoint(address, static_cast<unsigned short>(ctx.config.listenPort));
    acceptor.open(endpoint.protocol(), ec);
    if (!ec)
        acceptor.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec)
        acceptor.bind(endpoint, ec);
    if (!ec)
        acceptor.listen(net::socket_base::max_listen_connections, ec);
    if (ec)
        return fail(QCoreApplication::translate("msp::server", "Cannot listen: %1"), ec.message());
    const auto port = acceptor.local_endpoint().port();
    std::make_shared<Listener>(ioc, tls, app, std::move(acceptor))->accept();

    net::signal_set signals(ioc, SIGINT, SIGTERM);
    signals.async_wait([&](beast::error_code, int) { ioc.stop(); });
    ctx.log.info("listening", {{"host", ctx.config.listenHost}, {"port", std::to_string(port)}});

    std::vector<std::thread> threads;
    for (int i = 1; i < ctx.config.ioThreads; ++i)
        threads.emplace_back([&ioc] { ioc.run(); });
    ioc.run();
    for (auto &t : threads)
        t.join();
    ctx.log.info("stopped");
    return ok();
}

} // namespace msp::server
