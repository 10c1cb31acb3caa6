#include "domain/money.h"

#include <QCoreApplication>
#include <QLocale>

namespace msp {

namespace {
Error currencyMismatch(const Money &a, const Money &b)
{
    return Error::make(ErrorCode::Invalid,
                       QCoreApplication::translate("msp::Money", "Amounts in %1 and %2 cannot be combined.")
                           .arg(a.currency(), b.currency()));
}
} // namespace

Result<Money> Money::parse(QStringView text, const QString &currency)
{
    QString cleaned;
    bool negative = false;
    // Currency codes and symbols may stand before or after the number
    // ("USD 60", "60 EUR"), never inside it: "1O0" is a typo, not 10.00.
    const QStringView trimmed = text.trimmed();
    qsizetype firstDigit = -1, lastDigit = -1;
    for (qsizetype i = 0; i < trimmed.size(); ++i)
        if (trimmed.at(i).isDigit()) {
            if (firstDigit < 0)
                firstDigit = i;
            lastDigit = i;
        }
    for (qsizetype i = 0; i < trimmed.size(); ++i) {
        const QChar c = trimmed.at(i);
        const bool inside = i > firstDigit && i < lastDigit;
        if (c.isDigit() || c == u'.')
            cleaned.append(c);
        else if (c == u'-' || c == u'(' || c == u'\u2212')
            negative = true;
        else if (c == u',' && inside)
            continue;
        else if (!inside
                 && (c == u',' || c.isSpace() || c == u'$' || c == u'\u20AC' || c == u'\u00A3' || c == u')'
                     || c.isLetter()))
            continue;
        else if (c.isSpace() && inside)
            continue; // "1 234.56"
        else
            return Error::invalid(QStringLiteral("amount"),
                                  QCoreApplication::translate("msp::Money",
                                                              "\"%1\" is not an amount. Use digits "
                                                              "with an optional decimal point, "
                                                              "for example 125.50.")
                                      .arg(text.toString()));
    }
    const qsizetype dot = cleaned.indexOf(u'.');
    QString whole = dot < 0 ? cleaned : cleaned.left(dot);
    QString frac = dot < 0 ? QString() : cleaned.mid(dot + 1);
    if (cleaned.isEmpty() || frac.contains(u'.') || frac.size() > 2 || (whole.isEmpty() && frac.isEmpty()))
        return Error::invalid(QStringLiteral("amount"),
                              QCoreApplication::translate("msp::Money",
                                                          "\"%1\" is not an amount. Use digits "
                                                          "with at most two decimals, for "
                                                          "example 125.50.")
                                  .arg(text.toString()));
    while (frac.size() < 2)
        frac.append(u'0');
    bool okWhole = true;
    const qint64 units = whole.isEmpty() ? 0 : whole.toLongLong(&okWhole);
    const qint64 cents = frac.toLongLong();
    if (!okWhole || units > 90'000'000'000'000LL)
        return Error::invalid(QStringLiteral("amount"),
                              QCoreApplication::translate("msp::Money", "The amount is too large."));
    const qint64 minor = units * 100 + cents;
    return Money(negative ? -minor : minor, currency);
}

Result<Money> Money::plus(const Money &other) const
{
    if (other.m_currency != m_currency)
        return currencyMismatch(*this, other);
    return Money(m_minor + other.m_minor, m_currency);
}

Result<Money> Money::minus(const Money &other) const
{
    if (other.m_currency != m_currency)
        return currencyMismatch(*this, other);
    return Money(m_minor - other.m_minor, m_currency);
}

Money Money::percentBasisPoints(qint64 basisPoints) const
{
    const qint64 product = m_minor * basisPoints;
    const qint64 half = product >= 0 ? 5000 : -5000;
    return Money((product + half) / 10000, m_currency);
}

QString Money::toPlainString() const
{
    const qint64 abs = m_minor < 0 ? -m_minor : m_minor;
    return QString(m_minor < 0 ? QStringLiteral("-") : QString()) + QString::number(abs / 100) + u'.'
        + QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
}

QString Money::toDisplayString() const
{
    const qint64 abs = m_minor < 0 ? -m_minor : m_minor;
    // The C locale omits group separators unless asked for them.
    QLocale grouped = QLocale::c();
    grouped.setNumberOptions(QLocale::DefaultNumberOptions);
    const QString whole = grouped.toString(abs / 100);
    const QString body = whole + u'.' + QStringLiteral("%1").arg(abs % 100, 2, 10, QLatin1Char('0'));
    QString symbol;
    if (m_currency == u"USD" || m_currency == u"CAD" || m_currency == u"AUD")
        symbol = QStringLiteral("$");
    else if (m_currency == u"EUR")
        symbol = QStringLiteral("\u20AC");
    else if (m_currency == u"GBP")
        symbol = QStringLiteral("\u00A3");
    const QString amount = symbol.isEmpty() ? QString(body + u' ' + m_currency) : QString(symbol + body);
    return m_minor < 0 ? QString(u'-' + amount) : amount;
}

} // namespace msp
