#pragma once

#include "domain/result.h"

#include <string>

namespace msp::server {

inline constexpr int kSchemaVersion = 7;

// Applies the server's numbered migrations in one transaction under an
// advisory lock, so two instances starting together apply each once. A
// database newer than this program is refused. `upTo` stops at an older
// version (tests of a migration start from the one before it).
Result<int> migrate(const std::string &conninfo, int upTo = kSchemaVersion);

} // namespace msp::server
