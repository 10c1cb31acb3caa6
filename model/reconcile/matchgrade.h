#pragma once

#include "reconcile/pattern.h"

#include <QString>

namespace msp::reconcile {

// How a transaction met its counterpart, in the spirit of KMyMoney's
// transaction match finder.
enum class MatchGrade {
    NotFound, // nothing on the other side
    Imprecise, // matched, with a gap in amount, date or name to look at
    Precise, // same amount, within a day, name not contradicting
    Duplicate, // matched, but an identical row on the same side is left over: entered twice?
};

QString gradeName(MatchGrade grade);

// Grade of a one-to-one transaction match from its comparison levels.
MatchGrade gradeForTransactionPattern(Pattern pattern);

} // namespace msp::reconcile
