#pragma once

#include "domain/result.h"

namespace msp {

// A phone number kept in E.164 ("+15551234567"). National numbers without a
// country code are read in the clinic's default region (only NANP "1" and a
// few others are known offline; anything else must be typed with +).
class Phone
{
public:
    Phone() = default;
    static Result<Phone> parse(QStringView text, QStringView defaultCountryCode = u"1");
    static Result<Phone> parseOptional(QStringView text, QStringView defaultCountryCode = u"1");

    const QString &e164() const { return m_e164; }
    QString digits() const { return m_e164.mid(1); }
    bool isEmpty() const { return m_e164.isEmpty(); }
    // "(555) 234-5678" for NANP numbers, E.164 otherwise.
    QString toDisplayString() const;
    friend bool operator==(const Phone &, const Phone &) = default;

private:
    explicit Phone(QString v)
        : m_e164(std::move(v))
    {
    }
    QString m_e164;
};

} // namespace msp
