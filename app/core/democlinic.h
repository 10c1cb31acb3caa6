#pragma once

#include "domain/result.h"

#include <QDate>

namespace msp::store {
class ClinicStore;
}

namespace msp::app {

struct DemoOptions {
    int clients = 2000;
    int weeks = 4;
    QDate anchor = QDate::currentDate(); // weeks/2 weeks before this week's Monday onwards
    quint32 seed = 20261125;
};

struct DemoUser {
    const char *username;
    const char *password;
    const char *displayName;
};

// The demo sign-ins, printed by `medspasync --demo` and the README. They exist
// only in demo stores.
QList<DemoUser> demoUsers();

// Fills an empty store with a believable clinic: 6 practitioners with working
// hours and qualifications, 4 rooms, 2 devices, 20 services, clients,
// `weeks` weeks of appointments around the anchor that obey the booking rules, and invoices for
// past visits with card, cash and loyalty (Allē, Aspire, Xperience, Evolus)
// tenders. Everything goes through the repositories (audited, queued for
// sync) inside one transaction. A store that already has a clinic is left
// as it is.
Result<void> seedDemoClinic(store::ClinicStore &store, const DemoOptions &options = {});

} // namespace msp::app
