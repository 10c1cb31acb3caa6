#include "domain/dateofbirth.h"

#include <QCoreApplication>

namespace msp {

Result<DateOfBirth> DateOfBirth::fromDate(QDate date, QDate today)
{
    const auto fail = [](const char *why) {
        return Error::invalid(QStringLiteral("dateOfBirth"), QCoreApplication::translate("msp::DateOfBirth", why));
    };
    if (!date.isValid())
        return fail(QT_TRANSLATE_NOOP("msp::DateOfBirth",
                                      "Enter the date of birth as year-month-day, for example 1984-03-12."));
    if (date > today)
        return fail(QT_TRANSLATE_NOOP("msp::DateOfBirth", "The date of birth is in the future. Check the year."));
    if (date < today.addYears(-130))
        return fail(
            QT_TRANSLATE_NOOP("msp::DateOfBirth", "The date of birth is more than 130 years ago. Check the year."));
    return DateOfBirth(date);
}

Result<DateOfBirth> DateOfBirth::parse(QStringView text, QDate today)
{
    return fromDate(QDate::fromString(text.trimmed().toString(), Qt::ISODate), today);
}

Result<DateOfBirth> DateOfBirth::parseOptional(QStringView text, QDate today)
{
    if (text.trimmed().isEmpty())
        return DateOfBirth();
    return parse(text, today);
}

int DateOfBirth::ageOn(QDate day) const
{
    if (m_date.isNull())
        return -1;
    int age = day.year() - m_date.year();
    if (day.month() < m_date.month() || (day.month() == m_date.month() && day.day() < m_date.day()))
        --age;
    return age;
}

} // namespace msp
