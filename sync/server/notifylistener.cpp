#include "notifylistener.h"

#include "context.h"

#include <chrono>
#include <pqxx/pqxx>

namespace msp::server {

namespace {
class Receiver : public pqxx::notification_receiver
{
public:
    Receiver(pqxx::connection_base &c, Context &ctx)
        : pqxx::notification_receiver(c, kChangeChannel)
        , m_ctx(ctx)
    {
    }
    void operator()(const std::string &payload, int) override
    {
        const int sent = m_ctx.hub.broadcast(payload, R"({"type":"pull"})");
        m_ctx.metrics.hintsSent += sent;
        m_ctx.log.info("change_hint", {{"org_id", payload}, {"streams", std::to_string(sent)}});
    }

private:
    Context &m_ctx;
};
} // namespace

NotifyListener::NotifyListener(Context &ctx)
    : m_ctx(ctx)
{
}

NotifyListener::~NotifyListener()
{
    stop();
}

void NotifyListener::start()
{
    m_thread = std::thread([this] { run(); });
}

void NotifyListener::stop()
{
    m_stop = true;
    if (m_thread.joinable())
        m_thread.join();
}

void NotifyListener::run()
{
    while (!m_stop) {
        try {
            pqxx::connection conn(m_ctx.config.database);
            Receiver receiver(conn, m_ctx);
            m_ctx.log.info("listening_for_changes");
            while (!m_stop)
                conn.await_notification(0, 200 * 1000);
        } catch (const std::exception &e) {
            m_ctx.log.warn("change_listener_failed", {{"error", e.what()}});
            for (int i = 0; i < 10 && !m_stop; ++i)
                std::this_thread::sleep_for(std::chrono::milliseconds(100));
        }
    }
}

} // namespace msp::server
