#pragma once

#include "domain/result.h"

namespace msp {

// A person's legal name (given and family) and the name they prefer to be
// called. The legal name is required; the preferred name is optional.
class PersonName
{
public:
    PersonName() = default;
    static Result<PersonName> create(QStringView given, QStringView family, QStringView preferred = {});

    const QString &given() const { return m_given; }
    const QString &family() const { return m_family; }
    const QString &preferred() const { return m_preferred; }
    QString legalFullName() const { return m_given + u' ' + m_family; }
    // "Liz Taylor" when a preferred name is set, else the legal name.
    QString displayName() const;
    friend bool operator==(const PersonName &, const PersonName &) = default;

private:
    QString m_given;
    QString m_family;
    QString m_preferred;
};

} // namespace msp
