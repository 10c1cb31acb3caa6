#pragma once

#include "api.h"
#include "protocol/mutation.h"

namespace pqxx {
class connection_base;
class transaction_base;
} // namespace pqxx

namespace msp::server {

// merge_clients / unmerge_clients (protocol/mergeclientsargs.h). A merge
// writes the kept client's chosen fields (field by field, as
// update_client_fields), moves every appointment of the merged client to the
// kept one and marks the merged client with "mergedInto" in its fields, so
// the pull feed carries the merge to every device; the row is kept, never
// deleted, so the merge can be undone. An undo clears the mark, restores the
// kept client's fields and moves the listed appointments back.
protocol::MutationResult applyClientMerge(Context &ctx, pqxx::transaction_base &tx, const Caller &caller,
                                          const protocol::Mutation &m);
void prepareClientMergeStatements(pqxx::connection_base &conn);

} // namespace msp::server
