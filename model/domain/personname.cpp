#include "domain/personname.h"

#include <QCoreApplication>

namespace msp {

namespace {
QString tidy(QStringView s)
{
    return s.toString().simplified();
}

bool hasControlChars(const QString &s)
{
    for (QChar c : s)
        if (c.category() == QChar::Other_Control)
            return true;
    return false;
}
} // namespace

Result<PersonName> PersonName::create(QStringView given, QStringView family, QStringView preferred)
{
    PersonName n;
    n.m_given = tidy(given);
    n.m_family = tidy(family);
    n.m_preferred = tidy(preferred);
    if (n.m_given.isEmpty())
        return Error::invalid(QStringLiteral("givenName"),
                              QCoreApplication::translate("msp::PersonName", "Enter the client's legal first name."));
    if (n.m_family.isEmpty())
        return Error::invalid(QStringLiteral("familyName"),
                              QCoreApplication::translate("msp::PersonName", "Enter the client's legal last name."));
    for (const auto &[field, value] :
         {std::pair {QStringLiteral("givenName"), n.m_given}, std::pair {QStringLiteral("familyName"), n.m_family},
          std::pair {QStringLiteral("preferredName"), n.m_preferred}}) {
        if (value.size() > 100)
            return Error::invalid(
                field, QCoreApplication::translate("msp::PersonName", "A name can have at most 100 characters."));
        if (hasControlChars(value))
            return Error::invalid(
                field, QCoreApplication::translate("msp::PersonName", "A name cannot contain control characters."));
    }
    return n;
}

QString PersonName::displayName() const
{
    return (m_preferred.isEmpty() ? m_given : m_preferred) + u' ' + m_family;
}

} // namespace msp
