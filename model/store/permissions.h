#pragma once

#include "domain/result.h"
#include "domain/role.h"
#include "domain/user.h"

namespace msp::store {

// Refuses with a message that names what the role may not do.
Result<void> requirePermission(const Actor &actor, Permission permission);

} // namespace msp::store
