#pragma once

#include <QString>

#include <optional>
#include <string_view>
#include <vector>

namespace msp::reconcile {

// Order of day, month and year in a column of dates. Compact means eight digits
// without separators (YYYYMMDD).
enum class DateOrder {
    Unknown,
    YearMonthDay,
    DayMonthYear,
    MonthDayYear,
};

QString dateOrderName(DateOrder order);

// Days since 1970-01-01 of a proleptic Gregorian date; no range or validity
// check beyond what the caller asks for.
int daysFromCivil(int year, int month, int day);
void civilFromDays(int days, int &year, int &month, int &day);

// The order that reads the most of these sample values: a four-digit first
// group means year first; a first group above 12 means day first, a second
// group above 12 month first. Ambiguous columns read month first (US exports)
// unless `preferDayFirst`.
DateOrder detectDateOrder(const std::vector<std::string_view> &samples, bool preferDayFirst = false);

struct CivilDate {
    int year = 0;
    int month = 0;
    int day = 0;
};

// "2024-03-12", "12/03/2024", "3/12/24", "20240312", "2024-03-12T10:04:00Z",
// "Mar 12, 2024", "12 Mar 2024", a Unix timestamp of ten digits. Two-digit
// years are 19xx above `pivot` (for birth dates) and 20xx otherwise.
std::optional<CivilDate> parseDate(std::string_view text, DateOrder order, int twoDigitPivot = 69);

bool isValidCivil(const CivilDate &d);

} // namespace msp::reconcile
