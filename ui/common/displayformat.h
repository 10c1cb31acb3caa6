#pragma once

#include <QDate>
#include <QString>
#include <QTime>

namespace msp::ui {

// The locale's short time without seconds ("9:30 AM", "09:30"): the C and
// some other locales put seconds into their short format, which no calendar
// needs.
QString shortTime(QTime time);
// The locale's short date with a four-digit year: "3/12/84" is ambiguous for
// a date of birth.
QString shortDate(QDate date);

} // namespace msp::ui
