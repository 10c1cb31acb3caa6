#pragma once

#include "domain/result.h"
#include "domain/user.h"
#include "scheduling/waitlist.h"

namespace msp::store {
class ClinicStore;
}

namespace msp::scheduling {

// The waitlist table (schema v3). Changes are audited and queued for sync in
// the same transaction, like every repository's.
class WaitlistRepository
{
public:
    explicit WaitlistRepository(store::ClinicStore &store)
        : m_store(store)
    {
    }

    Result<WaitlistEntry> add(const Actor &actor, WaitlistEntry entry);
    // Waiting entries, oldest first; for one service when `serviceId` is set.
    Result<QList<WaitlistEntry>> waiting(const EntityId &serviceId = {});
    // "booked" once the client got an appointment, "removed" when they no
    // longer wait.
    Result<void> setStatus(const Actor &actor, const EntityId &id, const QString &status);

private:
    store::ClinicStore &m_store;
};

} // namespace msp::scheduling
