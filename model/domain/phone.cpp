#include "domain/phone.h"

#include <QCoreApplication>

namespace msp {

Result<Phone> Phone::parse(QStringView text, QStringView defaultCountryCode)
{
    const QString t = text.trimmed().toString();
    const auto fail = [](const char *why) {
        return Error::invalid(QStringLiteral("phone"), QCoreApplication::translate("msp::Phone", why));
    };
    if (t.isEmpty())
        return fail(QT_TRANSLATE_NOOP("msp::Phone", "Enter a phone number, for example (555) 234-5678."));
    QString digits;
    bool international = false;
    for (qsizetype i = 0; i < t.size(); ++i) {
        const QChar c = t.at(i);
        if (c.isDigit())
            digits.append(c);
        else if (c == u'+' && digits.isEmpty() && !international)
            international = true;
        else if (c == u' ' || c == u'-' || c == u'(' || c == u')' || c == u'.' || c == u'/')
            continue;
        else
            return fail(QT_TRANSLATE_NOOP("msp::Phone",
                                          "A phone number may only contain digits, spaces, dashes, brackets and a "
                                          "leading +."));
    }
    if (!international && digits.startsWith(QStringLiteral("00"))) {
        international = true;
        digits = digits.mid(2);
    }
    if (!international) {
        if (defaultCountryCode == u"1") {
            if (digits.size() == 11 && digits.startsWith(u'1'))
                digits = digits.mid(1);
            if (digits.size() != 10)
                return fail(QT_TRANSLATE_NOOP("msp::Phone",
                                              "A US or Canadian number has 10 digits, for example (555) 234-5678."));
            if (digits.at(0) < u'2' || digits.at(3) < u'2')
                return fail(QT_TRANSLATE_NOOP("msp::Phone",
                                              "This is not a valid US or Canadian number: area code and exchange "
                                              "cannot start with 0 or 1."));
        } else if (digits.startsWith(u'0')) {
            digits = digits.mid(1); // national trunk prefix
        }
        digits = defaultCountryCode.toString() + digits;
    }
    if (digits.size() < 8 || digits.size() > 15)
        return fail(
            QT_TRANSLATE_NOOP("msp::Phone", "An international number has 8 to 15 digits including the country code."));
    return Phone(u'+' + digits);
}

Result<Phone> Phone::parseOptional(QStringView text, QStringView defaultCountryCode)
{
    if (text.trimmed().isEmpty())
        return Phone();
    return parse(text, defaultCountryCode);
}

QString Phone::toDisplayString() const
{
    if (m_e164.size() == 12 && m_e164.startsWith(QStringLiteral("+1")))
        return QStringLiteral("(%1) %2-%3").arg(m_e164.mid(2, 3), m_e164.mid(5, 3), m_e164.mid(8, 4));
    return m_e164;
}

} // namespace msp
