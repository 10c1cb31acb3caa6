#pragma once

#include "domain/auditevent.h"

namespace msp::security {

// The audit log is hash-chained: each event's hash covers its own fields and
// the previous event's hash, so editing or deleting a past event breaks every
// later link.
QByteArray auditEventHash(const AuditEvent &event);

// Genesis value for the first event's previousHash.
QByteArray auditGenesisHash();

} // namespace msp::security
