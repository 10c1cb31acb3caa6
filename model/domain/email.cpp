#include "domain/email.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace msp {

Result<Email> Email::parse(QStringView text)
{
    const QString v = text.trimmed().toString().toLower();
    const auto fail = [](const char *why) {
        return Error::invalid(QStringLiteral("email"), QCoreApplication::translate("msp::Email", why));
    };
    if (v.isEmpty())
        return fail(QT_TRANSLATE_NOOP("msp::Email", "Enter an e-mail address, for example name@example.com."));
    const qsizetype at = v.indexOf(u'@');
    if (at < 0 || at != v.lastIndexOf(u'@'))
        return fail(
            QT_TRANSLATE_NOOP("msp::Email", "An e-mail address needs exactly one @, for example name@example.com."));
    if (at == 0)
        return fail(QT_TRANSLATE_NOOP("msp::Email", "Add the part before the @, for example name@example.com."));
    const QString domain = v.mid(at + 1);
    if (domain.isEmpty())
        return fail(QT_TRANSLATE_NOOP("msp::Email", "Add the domain after the @, for example name@example.com."));
    static const QRegularExpression domainRe(
        QStringLiteral("^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]*[a-z0-9])?)+$"));
    if (!domainRe.match(domain).hasMatch())
        return fail(QT_TRANSLATE_NOOP("msp::Email", "The domain after the @ must look like example.com."));
    static const QRegularExpression localRe(QStringLiteral("^[a-z0-9.!#$%&'*+/=?^_`{|}~-]+$"));
    if (!localRe.match(v.left(at)).hasMatch() || v.startsWith(u'.') || v.left(at).endsWith(u'.')
        || v.contains(QStringLiteral("..")))
        return fail(
            QT_TRANSLATE_NOOP("msp::Email", "The part before the @ has characters an e-mail address cannot have."));
    if (v.size() > 254)
        return fail(QT_TRANSLATE_NOOP("msp::Email", "An e-mail address can have at most 254 characters."));
    return Email(v);
}

Result<Email> Email::parseOptional(QStringView text)
{
    if (text.trimmed().isEmpty())
        return Email();
    return parse(text);
}

} // namespace msp
