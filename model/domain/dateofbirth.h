#pragma once

#include "domain/result.h"

#include <QDate>

namespace msp {

// A date of birth: not in the future and not more than 130 years ago.
class DateOfBirth
{
public:
    DateOfBirth() = default;
    static Result<DateOfBirth> fromDate(QDate date, QDate today);
    // Accepts ISO "1984-03-12"; empty is allowed by parseOptional.
    static Result<DateOfBirth> parse(QStringView text, QDate today);
    static Result<DateOfBirth> parseOptional(QStringView text, QDate today);

    QDate date() const { return m_date; }
    bool isNull() const { return m_date.isNull(); }
    int ageOn(QDate day) const;
    friend bool operator==(const DateOfBirth &, const DateOfBirth &) = default;

private:
    explicit DateOfBirth(QDate d)
        : m_date(d)
    {
    }
    QDate m_date;
};

} // namespace msp
