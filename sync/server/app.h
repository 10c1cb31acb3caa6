#pragma once

#include "httptypes.h"

#include <functional>
#include <optional>
#include <string>

namespace msp::server {

struct Context;

// Routes requests: cheap ones answered in place, everything touching the
// database handed to the worker pool. Called on network threads; the
// responder may be called from any thread.
class App
{
public:
    explicit App(Context &ctx);
    void handle(HttpRequest req, Responder respond);

    using StreamAuthorized = std::function<void(std::optional<std::string> orgId, HttpResponse refusal)>;
    void authorizeStream(HttpRequest req, StreamAuthorized done);

    Context &context() { return m_ctx; }

private:
    Context &m_ctx;
};

} // namespace msp::server
