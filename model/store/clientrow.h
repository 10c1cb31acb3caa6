#pragma once

#include "domain/client.h"

#include <QJsonObject>

namespace msp::store {

class Query;

// The client columns every reader of a whole client row selects, in the
// order readClient() expects them; "FROM client" and a WHERE clause follow.
inline constexpr const char *kClientColumns
    = "SELECT id, given_name, family_name, preferred_name, date_of_birth, phone, email, address, allergies, "
      "alerts, notes, marketing_consent, created_at, updated_at";

// A stored client row read back as it is (it was validated on the way in).
Client readClient(const Query &q);

// A field as the wire and the journals carry it: names as typed, the date of
// birth as ISO yyyy-MM-dd, the phone in E.164, consent "true"/"false".
QString clientFieldValue(const Client &c, const QString &field);
// Every field by its name (changedClientFields' names).
QJsonObject clientFields(const Client &c);
// The inverse of clientFields() for the same `id`; missing fields are empty.
Client clientFromFields(const EntityId &id, const QJsonObject &fields);
// All field names, in form order.
const QStringList &clientFieldNames();

// Binds ?1..?14 in kClientColumns order (id first, timestamps last).
Query &bindClient(Query &q, const Client &c);

} // namespace msp::store
