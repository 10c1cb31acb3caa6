#pragma once

#include "domain/result.h"

namespace msp::store {

class Database;

// A first sync fills empty client and appointment tables with hundreds of
// thousands of rows. Kept up row by row, each secondary index takes random inserts whose
// pages are encrypted, MAC'd and written again at every commit; built once at
// the end it is one sort. So while a catch-up fills an empty table, those
// indexes are dropped (their SQL kept in the store's settings, in the same
// transaction) and built again when the catch-up ends, fails, or the store is
// next opened after a crash. Queries stay correct meanwhile, only slower.

// In the caller's transaction: drops the non-unique indexes of the client
// and appointment tables that are empty, when none are deferred yet. True
// when it dropped some.
Result<bool> deferCatchUpIndexes(Database &db);

// Builds every deferred index again, one transaction each (so no writer
// waits for all of them at once). Nothing to do when none is deferred.
Result<void> restoreDeferredIndexes(Database &db);

// True while indexes are deferred.
Result<bool> hasDeferredIndexes(Database &db);

} // namespace msp::store
