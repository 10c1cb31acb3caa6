#pragma once

#include "domain/result.h"
#include "domain/user.h"

#include <QDate>

namespace msp::store {
class ClinicStore;
}

namespace msp::scheduling {

struct IcsExportRequest {
    EntityId practitionerId;
    QDate from; // clinic-local, inclusive
    QDate to; // clinic-local, inclusive
    QDateTime stamp; // DTSTAMP; invalid: now
};

// A practitioner's appointments as an RFC 5545 calendar: UID, DTSTAMP,
// SEQUENCE, STATUS, times with TZID and a VTIMEZONE; a recurring series as
// one event with RRULE and EXDATE (cancelled, skipped or handed-over
// occurrences) plus a RECURRENCE-ID event for each occurrence moved on its
// own. SUMMARY is the service and DESCRIPTION the status; the client is
// named only when the clinic setting ics.include_client_details is "1". The
// export is audited (it can carry PHI when that setting is on).
Result<QByteArray> exportPractitionerIcs(store::ClinicStore &store, const Actor &actor,
                                         const IcsExportRequest &request);

} // namespace msp::scheduling
