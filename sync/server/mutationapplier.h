#pragma once

#include "api.h"
#include "protocol/mutation.h"

#include <string>

namespace pqxx {
class sql_error;
class transaction_base;
} // namespace pqxx

namespace msp::server {

// How a write that may collide with another booking is made. Optimistic
// writes it straight into the transaction: a collision then aborts the
// transaction with an exclusion violation (isSlotCollision) and the caller
// runs the mutation again with Savepoints, which answers slot_taken with the
// booking in the way. Most bookings collide with nothing, and a savepoint
// costs two round trips to the database.
enum class CollisionMode { Optimistic, Savepoints };

bool isSlotCollision(const pqxx::sql_error &e);

// The audit event an applied mutation leaves; written by the caller with the
// stored result, in the same transaction.
struct MutationAudit {
    std::string action, entity, entityId;
};
MutationAudit auditFor(const protocol::Mutation &m);

// Applies one named mutation inside the caller's transaction, after
// re-authorising it by role. Business refusals come back as a Rejected
// result and change nothing.
protocol::MutationResult applyMutation(Context &ctx, pqxx::transaction_base &tx, const Caller &caller,
                                       const protocol::Mutation &m, CollisionMode mode);

} // namespace msp::server
