#include "dedupefixture.h"

#include "store/appointmentrepository.h"
#include "store/clientrepository.h"
#include "store/clinicrepository.h"
#include "store/clinicstore.h"
#include "store/database.h"
#include "store/invoicerepository.h"
#include "store/practitionerrepository.h"
#include "store/query.h"

#include <QStringList>

namespace msp::test {

DedupeFixture::DedupeFixture()
{
    if (!temp.isOpen())
        return;
    Clinic clinic;
    clinic.id = EntityId::generate();
    clinic.name = QStringLiteral("Dedupe Test Clinic");
    if (!store().clinic().saveClinic(actor, clinic))
        return;
    service.id = EntityId::generate();
    service.name = QStringLiteral("Facial");
    service.durationMinutes = 30;
    service.price = Money(12000, QStringLiteral("USD"));
    if (!store().services().save(actor, service))
        return;
    practitioner.id = EntityId::generate();
    practitioner.displayName = QStringLiteral("Kim Esthetician");
    practitioner.qualifiedServiceIds = {service.id};
    seeded = store().practitioners().save(actor, practitioner).isOk();
}

dedupe::ClientMerger DedupeFixture::merger()
{
    return {store().database(), store().audit(), store().outbox()};
}

dedupe::DuplicateScanner DedupeFixture::scanner()
{
    return {store().database(), store().audit()};
}

Client DedupeFixture::addClient(const QString &given, const QString &family, const QString &dob, const QString &phone,
                                const QString &email, const QString &address)
{
    ClientInput in;
    in.givenName = given;
    in.familyName = family;
    in.dateOfBirth = dob;
    in.phone = phone;
    in.email = email;
    in.address = address;
    auto valid = validateClient(in, QDate(2026, 1, 1));
    if (!valid.isValid())
        return {};
    auto created = store().clients().create(actor, *valid.client);
    return created ? *created : Client {};
}

Appointment DedupeFixture::book(const EntityId &clientId)
{
    Appointment a;
    a.clientId = clientId;
    a.practitionerId = practitioner.id;
    a.serviceId = service.id;
    a.start = QDateTime(QDate(2031, 3, 3), QTime(0, 0), Qt::UTC).addSecs(qint64(m_nextHour++) * 3600);
    a.end = a.start.addSecs(30 * 60);
    auto booked = store().appointments().create(actor, a);
    return booked ? *booked : Appointment {};
}

Invoice DedupeFixture::invoice(const EntityId &clientId, const EntityId &appointmentId)
{
    Invoice inv;
    inv.clientId = clientId;
    inv.appointmentId = appointmentId;
    InvoiceLine line;
    line.description = QStringLiteral("Facial");
    line.unitPriceMinor = 12000;
    line.serviceId = service.id;
    inv.lines = {line};
    auto saved = store().invoices().create(actor, inv);
    return saved ? *saved : Invoice {};
}

EntityId DedupeFixture::deposit(const EntityId &clientId, const EntityId &appointmentId)
{
    const EntityId id = EntityId::generate();
    auto q = store().database().prepare(
        "INSERT INTO deposit (id, appointment_id, client_id, kind, amount_minor, currency, status, created_at, "
        "updated_at) VALUES (?1, ?2, ?3, 'cash', 5000, 'USD', 'held', 0, 0);");
    if (!q || !q->bind(1, id).bind(2, appointmentId).bind(3, clientId).run())
        return {};
    return id;
}

EntityId DedupeFixture::waitlist(const EntityId &clientId)
{
    const EntityId id = EntityId::generate();
    auto q = store().database().prepare(
        "INSERT INTO waitlist_entry (id, client_id, service_id, created_at) VALUES (?1, ?2, ?3, 0);");
    if (!q || !q->bind(1, id).bind(2, clientId).bind(3, service.id).run())
        return {};
    return id;
}

EntityId DedupeFixture::clientOf(const char *table, const EntityId &rowId)
{
    const QByteArray sql = QByteArray("SELECT client_id FROM ") + table + " WHERE id = ?1;";
    auto q = store().database().prepare(sql.constData());
    if (!q)
        return {};
    q->bind(1, rowId);
    auto row = q->next();
    return row && *row ? q->id(0) : EntityId {};
}

Client DedupeFixture::reload(const EntityId &id)
{
    auto state = dedupe::loadClientState(store().database(), id);
    return state ? state->client : Client {};
}

EntityId DedupeFixture::mergedInto(const EntityId &id)
{
    auto state = dedupe::loadClientState(store().database(), id);
    return state ? state->mergedInto : EntityId {};
}

namespace {
QString rowsOf(store::ClinicStore &store, std::initializer_list<const char *> queries)
{
    QStringList out;
    for (const char *sql : queries) {
        auto q = store.database().prepare(sql);
        if (!q)
            return QStringLiteral("error: ") + q.error().message;
        auto rows = store::collectRows<QString>(*q, [](const store::Query &r) { return r.text(0); });
        if (!rows)
            return QStringLiteral("error: ") + rows.error().message;
        out << *rows;
    }
    return out.join(u'\n');
}
} // namespace

QString clientData(store::ClinicStore &store)
{
    return rowsOf(
        store,
        {"SELECT id || '|' || given_name || '|' || family_name || '|' || preferred_name || '|' || date_of_birth "
         "|| '|' || phone || '|' || email || '|' || address || '|' || allergies || '|' || alerts || '|' || notes "
         "|| '|' || marketing_consent || '|' || ifnull(merged_into, '-') FROM client ORDER BY id;",
         "SELECT 'a|' || id || '|' || client_id FROM appointment ORDER BY id;",
         "SELECT 'i|' || id || '|' || client_id FROM invoice ORDER BY id;",
         "SELECT 'd|' || id || '|' || client_id FROM deposit ORDER BY id;",
         "SELECT 'w|' || id || '|' || client_id FROM waitlist_entry ORDER BY id;",
         "SELECT 'e|' || id || '|' || client_id FROM appointment_series ORDER BY id;"});
}

QString storeFingerprint(store::ClinicStore &store)
{
    return clientData(store) + u'\n'
        + rowsOf(store,
                 {"SELECT 's|' || docid || '|' || names FROM client_search ORDER BY docid;",
                  "SELECT 'm|' || id || '|' || ifnull(undone_at, '-') FROM client_merge ORDER BY id;",
                  "SELECT 'x|' || id || '|' || ifnull(search_docid, '-') FROM client ORDER BY id;",
                  "SELECT 'n|' || count(*) FROM audit_event;", "SELECT 'o|' || count(*) FROM outbox;"});
}

} // namespace msp::test
