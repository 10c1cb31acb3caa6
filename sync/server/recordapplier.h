#pragma once

#include "api.h"
#include "protocol/mutation.h"

namespace pqxx {
class connection_base;
class transaction_base;
} // namespace pqxx

namespace msp::server {

// The record mutations (protocol/recordargs.h): each writes the rows its
// device sent, newest version wins. A row of a kind the mutation may not
// write, a duplicate row, or a row another clinic owns is refused as a whole
// (nothing written). Rows equal to what is stored are left alone, so a
// device's own echo does not travel the feed again.
protocol::MutationResult applyRecords(pqxx::transaction_base &tx, const Caller &caller, const protocol::Mutation &m);
void prepareRecordStatements(pqxx::connection_base &conn);

} // namespace msp::server
