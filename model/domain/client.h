#pragma once

#include "domain/dateofbirth.h"
#include "domain/email.h"
#include "domain/entityid.h"
#include "domain/fielderror.h"
#include "domain/personname.h"
#include "domain/phone.h"

#include <QDateTime>

#include <optional>

namespace msp {

// A client of the clinic. Everything here is protected health information:
// it is encrypted at rest, audited on every access and never logged.
struct Client {
    EntityId id;
    PersonName name;
    DateOfBirth dateOfBirth;
    Phone phone;
    Email email;
    QString address;
    QString allergies;
    QString alerts;
    QString notes;
    bool marketingConsent = false;
    QDateTime createdAt;
    QDateTime updatedAt;
};

// What a person typed into a client form, before validation.
struct ClientInput {
    QString givenName;
    QString familyName;
    QString preferredName;
    QString dateOfBirth; // ISO yyyy-MM-dd or empty
    QString phone;
    QString email;
    QString address;
    QString allergies;
    QString alerts;
    QString notes;
    bool marketingConsent = false;

    static ClientInput fromClient(const Client &c);
};

// Validates every field at once so a form can show each message beside its
// field. On success `client` is set (with `id` left as given).
struct ClientValidation {
    std::optional<Client> client;
    FieldErrors errors;
    bool isValid() const { return client.has_value(); }
};

ClientValidation validateClient(const ClientInput &input, QDate today, const EntityId &id = {});

// Fields whose concurrent change is never resolved silently (ARCHITECTURE.md).
bool isProtectedClientField(QStringView field);
// The names of fields that differ between two versions of a client.
QStringList changedClientFields(const Client &before, const Client &after);

} // namespace msp
