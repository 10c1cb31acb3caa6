#pragma once

#include "domain/result.h"
#include "protocol/mutation.h"
#include "store/outbox.h"

namespace msp::sync {

// Outbox mutations the server carries (the others, such as clinic set-up,
// stay local until a server version syncs them).
const QStringList &pushableMutationNames();

// Turns a stored outbox mutation (with its push id) into the wire mutation.
Result<protocol::Mutation> toWireMutation(const store::OutboxMutation &m);

} // namespace msp::sync
