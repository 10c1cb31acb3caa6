#pragma once

#include <atomic>
#include <string>
#include <thread>

namespace msp::server {

struct Context;

inline constexpr char kChangeChannel[] = "medspasync_changes";

// LISTENs on the change channel with its own connection and turns each
// notification (payload: the clinic id) into a "pull" hint on local streams.
class NotifyListener
{
public:
    explicit NotifyListener(Context &ctx);
    ~NotifyListener();
    void start();
    void stop();

private:
    void run();
    Context &m_ctx;
    std::atomic<bool> m_stop {false};
    std::thread m_thread;
};

} // namespace msp::server
