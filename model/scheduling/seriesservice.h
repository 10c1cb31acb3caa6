#pragma once

#include "domain/appointment.h"
#include "domain/result.h"
#include "domain/user.h"
#include "scheduling/bookingrules.h"
#include "scheduling/recurrence.h"

#include <QTime>

namespace msp::store {
class ClinicStore;
}

namespace msp::scheduling {

struct SkippedOccurrence {
    QDateTime start; // UTC
    Verdict verdict; // why it could not be booked
};

struct SeriesOutcome {
    EntityId seriesId;
    QList<Appointment> booked;
    QList<SkippedOccurrence> skipped; // kept as EXDATEs of the series
};

enum class SeriesConflicts { RefuseAll, SkipConflicting };
enum class EditScope { ThisOne, ThisAndFollowing, All };

struct SeriesChange {
    QTime localTime; // the new wall-clock start; invalid keeps each one's time
    EntityId practitionerId; // null keeps
    EntityId roomId; // null keeps the room when it is free
};

// Recurring series. Every occurrence is a real appointment checked by the
// same rules as a single booking, all written in one transaction.
class SeriesService
{
public:
    explicit SeriesService(store::ClinicStore &store)
        : m_store(store)
    {
    }

    Result<SeriesOutcome> create(const Actor &actor, const BookingRequest &first, const RecurrenceRule &rule,
                                 SeriesConflicts conflicts = SeriesConflicts::RefuseAll);
    // Changes one occurrence, it and the later ones (the series is split
    // there), or every open occurrence. Returns how many moved; refuses the
    // whole edit, naming the date, when one occurrence would break a rule.
    Result<int> edit(const Actor &actor, const EntityId &occurrenceId, EditScope scope, const SeriesChange &change);

private:
    store::ClinicStore &m_store;
};

} // namespace msp::scheduling
