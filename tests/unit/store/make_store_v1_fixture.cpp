// Writes tests/fixtures/store-v1.db: a store at schema version 1 with a few
// rows inserted by plain SQL, as a program of that version would have left
// it. Run it only to rebuild the fixture:
//   make_store_v1_fixture <repo>/tests/fixtures/store-v1.db
// The committed file must stay what version 1 wrote; do not regenerate it
// after the version-1 schema has shipped unless the old file is lost.

#include "domain/user.h"
#include "store/auditlog.h"
#include "store/database.h"
#include "store/migrations.h"
#include "storev1fixture.h"
#include "support/testkeys.h"

#include <QCoreApplication>
#include <QFile>

#include <cstdio>

using namespace msp;
using namespace msp::test::v1fixture;

namespace {
int fail(const QString &what, const Error &e)
{
    std::fprintf(stderr, "%s: %s\n", qPrintable(what), qPrintable(e.message));
    return 1;
}

// Ids are fixed so the test can find the rows; the values are fixed so the
// file is the same every time it is generated (apart from SQLCipher's salt).
QByteArray sql()
{
    const QByteArray t = "1717430400000"; // 2024-06-03T16:00:00Z
    QByteArray text
        = QByteArray(
              "INSERT INTO clinic (id, name, time_zone, currency) VALUES ('CLINIC', 'Lumière Med Spa', "
              "'America/Chicago', 'USD');"
              "INSERT INTO location (id, clinic_id, name, address) VALUES ('LOCATION', 'CLINIC', 'Downtown', "
              "'1 Main St');"
              "INSERT INTO room (id, location_id, name, room_type) VALUES ('ROOM', 'LOCATION', 'Room A', 'laser');"
              "INSERT INTO service (id, name, duration_min, buffer_before_min, buffer_after_min, price_minor, "
              "currency, room_type, device_kind, color) VALUES ('SERVICE', 'Laser facial', 45, 0, 15, 25000, "
              "'USD', 'laser', '', '#aa5500');"
              "INSERT INTO practitioner (id, display_name, title, color, working_hours, active) VALUES "
              "('PRACTITIONER', 'Inès Moreau', 'NP', '#7aa6c2', '{\"1\":[[540,1020]],\"3\":[[600,960]]}', 1);"
              "INSERT INTO practitioner_service (practitioner_id, service_id) VALUES ('PRACTITIONER', 'SERVICE');"
              "INSERT INTO client (id, given_name, family_name, preferred_name, date_of_birth, phone, email, "
              "address, allergies, alerts, notes, marketing_consent, created_at, updated_at) VALUES "
              "('JOSE', 'José', 'Núñez', '', '1984-03-12', '+15552014477', 'jose.nunez@example.com', "
              "'12 Calle Mayor', 'lidocaine', '', 'Prefers afternoons.', 1, T, T),"
              "('ZOE', 'Zoë', 'Åkesson', 'Zo', '1990-11-02', '+442079460958', 'zoe@example.se', '', '', '', '', "
              "0, T, T),"
              "('FRANCOIS', 'François', 'Dubois-Lefèvre', 'Frank', '', '+15553035566', '', '', '', "
              "'Bruises easily', '', 0, T, T);"
              "INSERT INTO appointment (id, client_id, practitioner_id, service_id, room_id, device_id, start_utc, "
              "end_utc, status, notes, sync_state, updated_at) VALUES ('APPOINTMENT', 'JOSE', 'PRACTITIONER', "
              "'SERVICE', 'ROOM', NULL, 1906038000000, 1906040700000, 'booked', 'First visit', 'confirmed', T);"
              "INSERT INTO appointment_history (appointment_id, at_utc, user_id, from_status, to_status, reason) "
              "VALUES ('APPOINTMENT', T, 'USER', NULL, 'booked', '');"
              "INSERT INTO outbox (name, entity_id, payload, created_at) VALUES ('create_client', 'JOSE', "
              "'{\"fields\":{\"givenName\":\"José\"}}', T);")
              .replace(", T", QByteArray(", " + t));
    const std::pair<const char *, QString> ids[] = {
        {"'CLINIC'", clinicId()},   {"'LOCATION'", locationId()},         {"'ROOM'", roomId()},
        {"'SERVICE'", serviceId()}, {"'PRACTITIONER'", practitionerId()}, {"'JOSE'", joseId()},
        {"'ZOE'", zoeId()},         {"'FRANCOIS'", francoisId()},         {"'APPOINTMENT'", appointmentId()},
        {"'USER'", userId()},
    };
    for (const auto &[placeholder, id] : ids)
        text.replace(placeholder, QByteArray("'" + id.toLatin1() + "'"));
    return text;
}
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    if (argc != 2) {
        std::fprintf(stderr, "usage: %s <path/to/store-v1.db>\n", argv[0]);
        return 2;
    }
    const QString path = QString::fromLocal8Bit(argv[1]);
    QFile::remove(path);
    auto db = store::Database::open(path, test::fixtureKey());
    if (!db)
        return fail(QStringLiteral("open"), db.error());
    if (auto r = store::migrate(**db, 1); !r)
        return fail(QStringLiteral("migrate to 1"), r.error());
    if (auto r = (*db)->exec(sql().constData()); !r)
        return fail(QStringLiteral("insert"), r.error());
    // One audit event, so the upgraded chain has a link to verify.
    store::AuditLog audit(**db);
    const Actor actor {EntityId::fromString(userId()), Role::Admin, QStringLiteral("fixture-device")};
    if (auto r = audit.append(actor, QStringLiteral("clinic.save"), QStringLiteral("clinic"),
                              EntityId::fromString(clinicId()));
        !r)
        return fail(QStringLiteral("audit"), r.error());
    // Database::open leaves the rollback journal on (no WAL), so the one file
    // holds everything once the connection closes.
    if (auto v = (*db)->userVersion(); !v || *v != 1)
        return fail(QStringLiteral("version"), Error::make(ErrorCode::Internal, QStringLiteral("not at 1")));
    db->reset();
    std::printf("wrote %s\n", qPrintable(path));
    return 0;
}
