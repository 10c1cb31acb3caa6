#pragma once

#include "domain/entityid.h"
#include "store/searchindex.h"
#include "store/wiretime.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QDateTime>
#include <QJsonValue>
#include <QLatin1StringView>
#include <QString>

#include <concepts>

class QJsonObject;

namespace msp::store {

// An id as the store keeps it (36 lower-case characters), from the text the
// server sent; empty when it is not a UUID (or the nil one). The server's
// own form is taken as it is, without a round trip through QUuid.
QByteArray storedIdText(const QJsonValue &v);
// The same from a JSON string's text, as it stands between its quotes when
// it holds no escape (UTF-8).
QByteArray storedIdText(QByteArrayView text);

// A plain string member's text as it stands, when `d` can hand it over (the
// sync engine's page reader can: its members are text until asked for);
// false otherwise, and the caller reads the member's QJsonValue.
template<typename Object>
bool rawStringOf(const Object &d, const char *key, QByteArrayView &inner)
{
    if constexpr (requires {
                      {
                          d.rawString(QLatin1StringView(key), inner)
                          } -> std::same_as<bool>;
                  })
        return d.rawString(QLatin1StringView(key), inner);
    else
        return false;
}

// The id in `d`'s member `key`, without a QJsonValue and a QString in
// between when the text is at hand: five ids per pulled appointment, a
// quarter of a million appointments in a first sync.
template<typename Object>
QByteArray storedIdOf(const Object &d, const char *key)
{
    QByteArrayView inner;
    if (rawStringOf(d, key, inner))
        return storedIdText(inner);
    return storedIdText(d.value(QLatin1StringView(key)));
}

// The same for a time (readWireTime()), when its text is in the server's
// form, and for a string, when it is not empty.
template<typename Object>
QDateTime wireTimeOf(const Object &d, const char *key)
{
    QByteArrayView inner;
    if (rawStringOf(d, key, inner))
        if (auto t = readWireTimeText(inner))
            return *t;
    return readWireTime(d.value(QLatin1StringView(key)));
}
template<typename Object>
QString stringOf(const Object &d, const char *key)
{
    QByteArrayView inner;
    if (rawStringOf(d, key, inner) && !inner.isEmpty())
        return QString::fromUtf8(inner);
    return d.value(QLatin1StringView(key)).toString();
}

// A pulled appointment's columns, read from its JSON once (the store tries an
// update, then an insert, with the same values). Pure: the sync engine reads
// them on its decoding thread, ahead of the page's transaction.
struct PulledAppointment {
    QByteArray clientId; // storedIdText(); empty: missing
    QByteArray practitionerId;
    QByteArray serviceId;
    QByteArray roomId;
    QByteArray deviceId;
    QDateTime start; // invalid when missing or not a time
    QDateTime end;
    QString status;
    QString notes;

    static PulledAppointment read(const QJsonObject &data);
    // The same from any object whose `value(QLatin1StringView)` gives a
    // QJsonValue (the sync engine's page reader hands its members over
    // unparsed), so both read a field the same way.
    template<typename Object>
    static PulledAppointment readFrom(const Object &d);
};

// A pulled client's columns and search entry, read from its JSON once.
// Pure, like PulledAppointment.
struct PulledClient {
    ClientSearchText text;
    QString dateOfBirth;
    QString address;
    QString allergies;
    QString alerts;
    QString notes;
    bool marketingConsent = false;
    // A client merged into another (merge_clients) stays as a row, out of
    // search; an undone merge brings it back.
    EntityId mergedInto;
    ClientSearchEntry search;

    static PulledClient read(const QJsonObject &data);
    template<typename Object>
    static PulledClient readFrom(const Object &f);
};

template<typename Object>
PulledAppointment PulledAppointment::readFrom(const Object &d)
{
    PulledAppointment a;
    a.clientId = storedIdOf(d, "client_id");
    a.practitionerId = storedIdOf(d, "practitioner_id");
    a.serviceId = storedIdOf(d, "service_id");
    a.roomId = storedIdOf(d, "room_id");
    a.deviceId = storedIdOf(d, "device_id");
    a.start = wireTimeOf(d, "start");
    a.end = wireTimeOf(d, "end");
    a.status = stringOf(d, "status");
    a.notes = stringOf(d, "notes");
    return a;
}

template<typename Object>
PulledClient PulledClient::readFrom(const Object &f)
{
    const auto s = [&f](const char *key) { return stringOf(f, key); };
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
