#pragma once

#include "api.h"
#include "protocol/mutation.h"

namespace pqxx {
class transaction_base;
}

namespace msp::server {

// Applies one named mutation inside the caller's transaction, after
// re-authorising it by role. Business refusals come back as a Rejected
// result and change nothing.
protocol::MutationResult applyMutation(Context &ctx, pqxx::transaction_base &tx, const Caller &caller,
                                       const protocol::Mutation &m);

} // namespace msp::server
