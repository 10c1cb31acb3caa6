#pragma once

#include "domain/appointment.h"
#include "domain/result.h"
#include "domain/user.h"
#include "scheduling/bookingrules.h"
#include "scheduling/bookingservice.h"
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

// One occurrence of a series not yet booked, as the rules see it, with the
// free times offered instead when it is refused.
struct OccurrenceCheck {
    QDateTime start; // UTC
    QDateTime end; // UTC
    Verdict verdict;
    QList<Suggestion> suggestions; // only for a refused occurrence
    QDateTime recurrenceId; // UTC: the start the rule gives (start differs when moved)
    EntityId practitionerId; // who it is with (another one when moved to them)
    bool isMoved() const { return recurrenceId != start; }
};

// One occurrence booked at another time than its rule gives: a free time
// offered for a refused occurrence, taken before the series is booked. It
// keeps its place in the series (its RECURRENCE-ID) and its length.
struct OccurrenceMove {
    QDateTime recurrenceId; // UTC: the start the rule gives
    Slot slot; // the start, practitioner and room it moves to
};

enum class SeriesConflicts { RefuseAll, SkipConflicting };
enum class EditScope { ThisOne, ThisAndFollowing, All };

struct SeriesChange {
    QTime localTime; // the new wall-clock start; invalid keeps each one's time
    EntityId practitionerId; // null keeps
    EntityId roomId; // null keeps the room when it is free
    int dayOffset = 0; // days added to each one's local date (moved Tue -> Wed: 1)
    int lengthMinutes = 0; // the new length; 0 keeps each one's length
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

    // Every occurrence `create` would book, checked by the rules against the
    // store and the series' own earlier occurrences; refused ones come with
    // up to `suggestions` free times of each kind. Writes nothing.
    // `moves` are checked where they move to, by the same rules.
    Result<QList<OccurrenceCheck>> preview(const BookingRequest &first, const RecurrenceRule &rule, int suggestions = 2,
                                           const QList<OccurrenceMove> &moves = {});
    Result<SeriesOutcome> create(const Actor &actor, const BookingRequest &first, const RecurrenceRule &rule,
                                 SeriesConflicts conflicts = SeriesConflicts::RefuseAll,
                                 const QList<OccurrenceMove> &moves = {});
    // Changes one occurrence, it and the later ones (the series is split
    // there), or every open occurrence. Returns how many moved; refuses the
    // whole edit, naming the date, when one occurrence would break a rule.
    Result<int> edit(const Actor &actor, const EntityId &occurrenceId, EditScope scope, const SeriesChange &change);
    // Cancels one occurrence, it and the later open ones, or every open one,
    // with `reason` in each one's history. Returns how many were cancelled.
    Result<int> cancel(const Actor &actor, const EntityId &occurrenceId, EditScope scope, const QString &reason);
    // The series an appointment belongs to; null when it stands alone.
    Result<EntityId> seriesOf(const EntityId &appointmentId);

private:
    struct Checked {
        ClinicTime time;
        QList<OccurrenceCheck> occurrences;
    };
    Result<Checked> check(const BookingRequest &first, const RecurrenceRule &rule, const QList<OccurrenceMove> &moves);

    store::ClinicStore &m_store;
};

} // namespace msp::scheduling
