#include "store/pulledrows.h"

#include <QJsonObject>
#include <QJsonValue>

namespace msp::store {

namespace {
bool isStoredForm(const QString &s)
{
    if (s.size() != EntityId::kTextLength)
        return false;
    bool nonZero = false;
    for (qsizetype i = 0; i < s.size(); ++i) {
        const char16_t c = s.at(i).unicode();
        if (i == 8 || i == 13 || i == 18 || i == 23) {
            if (c != u'-')
                return false;
            continue;
        }
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
        nonZero = nonZero || c != u'0';
    }
    return nonZero; // the nil UUID is no id
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

PulledAppointment PulledAppointment::read(const QJsonObject &d)
{
    return readFrom(d);
}

PulledClient PulledClient::read(const QJsonObject &f)
{
    return readFrom(f);
}

} // namespace msp::store
