#pragma once

#include "domain/result.h"

namespace msp {

// An e-mail address, trimmed and lower-cased. Empty is allowed by
// Email::parseOptional (a client may have none).
class Email
{
public:
    Email() = default;
    static Result<Email> parse(QStringView text);
    static Result<Email> parseOptional(QStringView text);

    const QString &value() const { return m_value; }
    bool isEmpty() const { return m_value.isEmpty(); }
    friend bool operator==(const Email &, const Email &) = default;

private:
    explicit Email(QString v)
        : m_value(std::move(v))
    {
    }
    QString m_value;
};

} // namespace msp
