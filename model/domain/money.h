#pragma once

#include "domain/result.h"

#include <QString>

namespace msp {

// An amount in integer minor units (cents) of one ISO 4217 currency. Never a
// double. Arithmetic between different currencies is a programming error and
// is refused by the checked operations.
class Money
{
public:
    Money() = default;
    Money(qint64 minorUnits, QString currency)
        : m_minor(minorUnits)
        , m_currency(std::move(currency))
    {
    }

    static Money zero(const QString &currency) { return Money(0, currency); }
    // Parses "1,234.56", "$60", "-12.5" in the given currency (2 decimals).
    static Result<Money> parse(QStringView text, const QString &currency);

    qint64 minorUnits() const { return m_minor; }
    const QString &currency() const { return m_currency; }
    bool isZero() const { return m_minor == 0; }
    bool isNegative() const { return m_minor < 0; }

    Result<Money> plus(const Money &other) const;
    Result<Money> minus(const Money &other) const;
    Money times(qint64 quantity) const { return Money(m_minor * quantity, m_currency); }
    // Rate in basis points (1/100 of a percent), rounded half away from zero.
    Money percentBasisPoints(qint64 basisPoints) const;

    // "$1,234.56" style for USD; other currencies show their code.
    QString toDisplayString() const;
    // "1234.56": for files and the wire.
    QString toPlainString() const;

    friend bool operator==(const Money &, const Money &) = default;

private:
    qint64 m_minor = 0;
    QString m_currency = QStringLiteral("USD");
};

} // namespace msp
