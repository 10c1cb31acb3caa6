#pragma once

#include "domain/result.h"
#include "scheduling/availability.h"
#include "scheduling/schedulesnapshot.h"

namespace msp::store {
class ClinicStore;
}

namespace msp::scheduling {

// Reading the schedule out of the store. The catalog changes rarely: a
// screen loads it once and passes it in; the busy blocks are read for just
// the window asked about, on the block index.
Result<Catalog> loadCatalog(store::ClinicStore &store);
// Appointments that hold time overlapping `window` (cancelled, no-show,
// waitlist and entered-in-error ones hold none).
Result<QList<BusyBlock>> loadBusy(store::ClinicStore &store, const TimeRange &window);
Result<ScheduleSnapshot> loadSnapshot(store::ClinicStore &store, Catalog catalog, const TimeRange &window);

// findSlots() over the store, one local day at a time until `query.count`
// slots are found or the range is searched: "the next 5 free slots for
// Botox with anyone this week".
Result<QList<Slot>> searchSlots(store::ClinicStore &store, const Catalog &catalog, const SlotQuery &query);

} // namespace msp::scheduling
