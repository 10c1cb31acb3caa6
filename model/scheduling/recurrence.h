#pragma once

#include "domain/result.h"
#include "scheduling/clinictime.h"

#include <QDateTime>
#include <QList>

namespace msp::scheduling {

// How a series repeats: every `interval` days, weeks or months, ending after
// `count` occurrences or on `until` (a clinic-local date, inclusive). The
// wall-clock time stays the same across daylight-saving changes. A monthly
// series on the 31st skips months without one, as RFC 5545 does.
struct RecurrenceRule {
    enum class Frequency { Daily, Weekly, Monthly };
    Frequency frequency = Frequency::Weekly;
    int interval = 1;
    int count = 0; // 0: ends by `until`
    QDate until;

    Result<void> validate() const;
    // The RFC 5545 RRULE value: "FREQ=WEEKLY;INTERVAL=2;COUNT=6" or with
    // "UNTIL=20250630T235959Z" (the end of `until` in the clinic's zone).
    QString toRRule(const ClinicTime &time) const;
    static Result<RecurrenceRule> fromRRule(QStringView text, const ClinicTime &time);
    friend bool operator==(const RecurrenceRule &, const RecurrenceRule &) = default;
};

// The series' occurrence starts (UTC) from `firstStart`, at most `limit`,
// leaving out `exceptions` (which still count towards COUNT, as in RFC 5545).
QList<QDateTime> expandOccurrences(const RecurrenceRule &rule, const QDateTime &firstStart, const ClinicTime &time,
                                   const QList<QDateTime> &exceptions = {}, int limit = 520);

} // namespace msp::scheduling
