#pragma once

#include "domain/entityid.h"
#include "store/searchindex.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

class QJsonObject;
class QJsonValue;

namespace msp::store {

// An id as the store keeps it (36 lower-case characters), from the text the
// server sent; empty when it is not a UUID (or the nil one). The server's
// own form is taken as it is, without a round trip through QUuid.
QByteArray storedIdText(const QJsonValue &v);

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
};

} // namespace msp::store
