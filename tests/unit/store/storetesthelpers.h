#pragma once

#include "domain/client.h"
#include "domain/clinic.h"
#include "domain/practitioner.h"
#include "domain/service.h"
#include "store/appointmentrepository.h"
#include "store/auditlog.h"
#include "store/clientrepository.h"
#include "store/clinicrepository.h"
#include "store/clinicstore.h"
#include "store/database.h"
#include "store/invoicerepository.h"
#include "store/outbox.h"
#include "store/practitionerrepository.h"
#include "store/query.h"
#include "store/userrepository.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace msp::test {

// A small clinic made through the repositories: one location, two rooms, two
// lasers, two practitioners qualified for one service, one client.
struct SeededClinic {
    Clinic clinic;
    Location location;
    Room roomA;
    Room roomB;
    Device laserA;
    Device laserB;
    Service service;
    Practitioner alice;
    Practitioner bob;
    Client client;
};

// Fills `out`; on failure returns the error message (empty on success).
QString seedClinic(store::ClinicStore &store, SeededClinic &out);

// A validated client, or a null-named client when the input is invalid.
Client makeClient(const QString &given, const QString &family, const QString &phone, const QString &email,
                  const QString &preferred = {});

// Audit events and outbox mutations in the store, to prove what a write left.
struct WriteCounts {
    qint64 audit = 0;
    qint64 outbox = 0;
    friend bool operator==(const WriteCounts &, const WriteCounts &) = default;
};
WriteCounts writeCounts(store::ClinicStore &store);
QString lastAuditAction(store::ClinicStore &store);
EntityId lastAuditEntity(store::ClinicStore &store);
QString lastOutboxName(store::ClinicStore &store);
// Runs "SELECT count(*) ..." (or any single-integer query); -1 on error.
qint64 rawScalar(store::ClinicStore &store, const char *sql);

// A UTC time on a fixed Monday in the future, so tests never depend on today.
QDateTime at(int hour, int minute = 0);

// The bytes of a file; empty when it does not exist.
QByteArray fileBytes(const QString &path);

// Lets QCOMPARE print counts (found by argument-dependent lookup).
char *toString(const WriteCounts &c);

} // namespace msp::test
