#include "store/pulledrows.h"

#include <QJsonObject>
#include <QJsonValue>

namespace msp::store {

namespace {
bool isStoredChar(qsizetype i, char16_t c, bool &nonZero)
{
    if (i == 8 || i == 13 || i == 18 || i == 23)
        return c == u'-';
    nonZero = nonZero || c != u'0';
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f');
}

// The stored form: 36 lower-case characters, dashes where a UUID has them.
template<typename Text, typename CharAt>
bool isStoredForm(const Text &s, CharAt charAt)
{
    if (s.size() != EntityId::kTextLength)
        return false;
    bool nonZero = false;
    for (qsizetype i = 0; i < s.size(); ++i)
        if (!isStoredChar(i, charAt(s, i), nonZero))
            return false;
    return nonZero; // the nil UUID is no id
}

bool isStoredForm(const QString &s)
{
    return isStoredForm(s, [](const QString &t, qsizetype i) { return t.at(i).unicode(); });
}

bool isStoredForm(QByteArrayView s)
{
    return isStoredForm(s, [](QByteArrayView t, qsizetype i) { return char16_t(static_cast<unsigned char>(t[i])); });
}
} // namespace

QByteArray storedIdText(const QJsonValue &v)
{
    const QString s = v.toString();
    if (isStoredForm(s))
        return s.toLatin1();
    const EntityId id = EntityId::fromString(s);
    if (id.isNull())
        return {};
    char text[EntityId::kTextLength];
    id.writeText(text);
    return QByteArray(text, EntityId::kTextLength);
}

QByteArray storedIdText(QByteArrayView text)
{
    if (isStoredForm(text))
        return text.toByteArray();
    return storedIdText(QJsonValue(QString::fromUtf8(text)));
}

PulledAppointment PulledAppointment::read(const QJsonObject &d)
{
    return readFrom(d);
}

PulledClient PulledClient::read(const QJsonObject &f)
{
    return readFrom(f);
}

} // namespace msp::store
