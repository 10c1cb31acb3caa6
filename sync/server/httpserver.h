#pragma once

#include "domain/result.h"

namespace msp::server {

class App;

// Serves HTTPS and WSS on the configured port until SIGINT or SIGTERM.
// The only translation unit that includes Boost.Beast and Asio.
Result<void> runHttpServer(App &app);

} // namespace msp::server
