#pragma once

#include "domain/result.h"

#include <string>

namespace msp::server {

inline constexpr int kSchemaVersion = 6;

// Applies the server's numbered migrations in one transaction under an
// advisory lock, so two instances starting together apply each once. A
// database newer than this program is refused.
Result<int> migrate(const std::string &conninfo);

} // namespace msp::server
