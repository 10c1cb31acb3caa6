#include "store/pulledrows.h"

#include "store/wiretime.h"

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
    PulledAppointment a;
    a.clientId = storedIdText(d.value(QLatin1StringView("client_id")));
    a.practitionerId = storedIdText(d.value(QLatin1StringView("practitioner_id")));
    a.serviceId = storedIdText(d.value(QLatin1StringView("service_id")));
    a.roomId = storedIdText(d.value(QLatin1StringView("room_id")));
    a.deviceId = storedIdText(d.value(QLatin1StringView("device_id")));
    a.start = readWireTime(d.value(QLatin1StringView("start")));
    a.end = readWireTime(d.value(QLatin1StringView("end")));
    a.status = d.value(QLatin1StringView("status")).toString();
    a.notes = d.value(QLatin1StringView("notes")).toString();
    return a;
}

PulledClient PulledClient::read(const QJsonObject &f)
{
    const auto s = [&f](const char *key) { return f.value(QLatin1StringView(key)).toString(); };
    PulledClient c;
    c.text = {s("givenName"), s("familyName"), s("preferredName"), s("phone"), s("email")};
    c.dateOfBirth = s("dateOfBirth");
    c.address = s("address");
    c.allergies = s("allergies");
    c.alerts = s("alerts");
    c.notes = s("notes");
    c.marketingConsent = s("marketingConsent") == u"true";
    c.mergedInto = EntityId::fromString(s("mergedInto"));
    c.search = ClientSearchEntry::of(c.text);
    return c;
}

} // namespace msp::store
