#pragma once

#include "domain/result.h"

namespace msp::store {

class Database;

// A catch-up (a first sync, a long time offline) writes hundreds of thousands
// of pulled rows through one connection, ten thousand per transaction. For
// its duration that connection trades settings that only matter for changes
// made here for speed; each page is still one transaction with its cursor.
//
// - synchronous = NORMAL: a commit is not fsync'd, only written to the log.
//   A killed process loses nothing (the log is in the OS's hands). A power
//   cut may lose the last pages, but never half of one: WAL recovery stops at
//   the last whole transaction, and the cursor went with its rows, so those
//   pages are pulled again. A later commit of the window's connection
//   (synchronous = FULL) syncs the log, these pages included.
// - A page cache large enough for the random-key indexes of a large clinic,
//   so they are not evicted and decrypted again page after page.

// Outside a transaction, before a catch-up page.
Result<void> enterCatchUp(Database &db);

// After the catch-up's last page, or when it stopped early (offline, an
// error): builds the deferred indexes (deferredindexes.h), then puts the
// connection's settings back. Harmless when no catch-up was running.
Result<void> finishCatchUp(Database &db);

} // namespace msp::store
