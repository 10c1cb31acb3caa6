#pragma once

#include "dedupe/clientmerger.h"
#include "dedupe/duplicatescanner.h"
#include "domain/appointment.h"
#include "domain/invoice.h"
#include "domain/practitioner.h"
#include "domain/service.h"
#include "support/tempstore.h"

namespace msp::test {

// A fresh store with one practitioner and one service, and helpers that plant
// clients and everything that can refer to one: appointments, invoices,
// deposits, waitlist entries, series.
struct DedupeFixture {
    TempStore temp;
    Actor actor = adminActor();
    Practitioner practitioner;
    Service service;
    bool seeded = false;

    DedupeFixture();
    store::ClinicStore &store() { return *temp.store; }
    dedupe::ClientMerger merger();
    dedupe::DuplicateScanner scanner();

    Client addClient(const QString &given, const QString &family, const QString &dob, const QString &phone,
                     const QString &email, const QString &address = {});
    // Each booking takes the next free hour, so none overlap.
    Appointment book(const EntityId &clientId);
    Invoice invoice(const EntityId &clientId, const EntityId &appointmentId = {});
    EntityId deposit(const EntityId &clientId, const EntityId &appointmentId);
    EntityId waitlist(const EntityId &clientId);
    // Which client a row of `table` refers to now.
    EntityId clientOf(const char *table, const EntityId &rowId);
    // The current stored client (no audit event).
    Client reload(const EntityId &id);
    EntityId mergedInto(const EntityId &id);

private:
    int m_nextHour = 1;
};

// Client rows (fields, merged marker) and every client reference, to prove
// that an undo restored exactly.
QString clientData(store::ClinicStore &store);
// clientData plus the search index, the merge journal and the audit and
// outbox counts: a refused or failed operation leaves all of it as it was.
QString storeFingerprint(store::ClinicStore &store);

} // namespace msp::test
