#include "reconcile/dateparser.h"

#include <QCoreApplication>

#include <array>
#include <cstring>

namespace msp::reconcile {

namespace {

struct Groups {
    std::array<int, 3> value {};
    std::array<int, 3> digits {};
    int count = 0;
    int month = 0; // from a month name, 1..12
    int monthPosition = -1; // which group the month name took
};

int monthFromName(std::string_view word)
{
    static constexpr const char *names[]
        = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
    if (word.size() < 3)
        return 0;
    char lower[3];
    for (int i = 0; i < 3; ++i)
        lower[i] = char(word[size_t(i)] | 0x20);
    for (int m = 0; m < 12; ++m) {
        if (std::memcmp(lower, names[m], 3) == 0)
            return m + 1;
    }
    return 0;
}

// The leading date part: stops at 'T' or a space followed by a time.
Groups splitGroups(std::string_view text)
{
    Groups g;
    size_t i = 0;
    while (i < text.size() && g.count < 3) {
        const char c = text[i];
        if (c >= '0' && c <= '9') {
            int v = 0;
            int d = 0;
            while (i < text.size() && text[i] >= '0' && text[i] <= '9' && d < 9) {
                v = v * 10 + (text[i] - '0');
                ++d;
                ++i;
            }
            g.value[size_t(g.count)] = v;
            g.digits[size_t(g.count)] = d;
            ++g.count;
            if (i < text.size() && (text[i] == ':' || text[i] == 'T'))
                break; // a time follows
        } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
            size_t j = i;
            while (j < text.size() && (((text[j] | 0x20) >= 'a' && (text[j] | 0x20) <= 'z')))
                ++j;
            const int m = monthFromName(text.substr(i, j - i));
            if (m && g.month == 0) {
                g.month = m;
                g.monthPosition = g.count;
                g.value[size_t(g.count)] = m;
                g.digits[size_t(g.count)] = 0;
                ++g.count;
            } else if (g.count > 0 && c == 'T') {
                break;
            }
            i = j;
        } else {
            ++i;
        }
    }
    return g;
}

int expandYear(int value, int digits, int pivot)
{
    if (digits <= 2)
        return value > pivot ? 1900 + value : 2000 + value;
    return value;
}

} // namespace

QString dateOrderName(DateOrder order)
{
    switch (order) {
    case DateOrder::YearMonthDay: return QCoreApplication::translate("msp::reconcile", "year-month-day");
    case DateOrder::DayMonthYear: return QCoreApplication::translate("msp::reconcile", "day/month/year");
    case DateOrder::MonthDayYear: return QCoreApplication::translate("msp::reconcile", "month/day/year");
    case DateOrder::Unknown: break;
    }
    return QCoreApplication::translate("msp::reconcile", "unknown");
}

int daysFromCivil(int y, int m, int d)
{
    // Howard Hinnant's days_from_civil.
    y -= m <= 2;
    const int era = (y >= 0 ? y : y - 399) / 400;
    const unsigned yoe = unsigned(y - era * 400);
    const unsigned doy = unsigned((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1);
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + int(doe) - 719468;
}

void civilFromDays(int z, int &year, int &month, int &day)
{
    z += 719468;
    const int era = (z >= 0 ? z : z - 146096) / 146097;
    const unsigned doe = unsigned(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int y = int(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    day = int(doy - (153 * mp + 2) / 5 + 1);
    month = int(mp < 10 ? mp + 3 : mp - 9);
    year = y + (month <= 2);
}

bool isValidCivil(const CivilDate &d)
{
    if (d.month < 1 || d.month > 12 || d.day < 1 || d.year < 1800 || d.year > 2200)
        return false;
    static constexpr int len[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (d.year % 4 == 0 && d.year % 100 != 0) || d.year % 400 == 0;
    return d.day <= len[d.month - 1] + (d.month == 2 && leap);
}

DateOrder detectDateOrder(const std::vector<std::string_view> &samples, bool preferDayFirst)
{
    int yearFirst = 0;
    int dayFirst = 0;
    int monthFirst = 0;
    int seen = 0;
    for (const auto s : samples) {
        const Groups g = splitGroups(s);
        if (g.count == 1 && g.digits[0] == 8) {
            ++yearFirst;
            ++seen;
            continue;
        }
        if (g.count != 3)
            continue;
        ++seen;
        if (g.monthPosition >= 0) {
            continue; // a month name settles each value by itself
        }
        if (g.digits[0] == 4)
            ++yearFirst;
        else if (g.value[0] > 12)
            ++dayFirst;
        else if (g.value[1] > 12)
            ++monthFirst;
    }
    if (seen == 0)
        return DateOrder::Unknown;
    if (yearFirst >= dayFirst && yearFirst >= monthFirst && yearFirst > 0)
        return DateOrder::YearMonthDay;
    if (dayFirst > monthFirst)
        return DateOrder::DayMonthYear;
    if (monthFirst > dayFirst)
        return DateOrder::MonthDayYear;
    return preferDayFirst ? DateOrder::DayMonthYear : DateOrder::MonthDayYear;
}

std::optional<CivilDate> parseDate(std::string_view text, DateOrder order, int pivot)
{
    CivilDate d;
    if (text.size() == 10 && text.find_first_not_of("0123456789") == std::string_view::npos) {
        // Unix seconds (Stripe exports "created" this way).
        long long secs = 0;
        for (const char c : text)
            secs = secs * 10 + (c - '0');
        civilFromDays(int(secs / 86400), d.year, d.month, d.day);
        return d;
    }
    const Groups g = splitGroups(text);
    if (g.count == 1 && g.digits[0] == 8) {
        d = {g.value[0] / 10000, g.value[0] / 100 % 100, g.value[0] % 100};
    } else if (g.count == 3) {
        if (g.monthPosition == 0) { // Mar 12, 2024
            d = {expandYear(g.value[2], g.digits[2], pivot), g.month, g.value[1]};
        } else if (g.monthPosition == 1) { // 12 Mar 2024 or 2024 Mar 12
            if (g.digits[0] == 4)
                d = {g.value[0], g.month, g.value[2]};
            else
                d = {expandYear(g.value[2], g.digits[2], pivot), g.month, g.value[0]};
        } else if (g.digits[0] == 4 || order == DateOrder::YearMonthDay) {
            d = {expandYear(g.value[0], g.digits[0], pivot), g.value[1], g.value[2]};
        } else if (order == DateOrder::DayMonthYear) {
            d = {expandYear(g.value[2], g.digits[2], pivot), g.value[1], g.value[0]};
        } else {
            d = {expandYear(g.value[2], g.digits[2], pivot), g.value[0], g.value[1]};
        }
    } else {
        return std::nullopt;
    }
    if (!isValidCivil(d))
        return std::nullopt;
    return d;
}

} // namespace msp::reconcile
