#include "checkoutfixture.h"

#include "store/appointmentrepository.h"
#include "store/clientrepository.h"
#include "store/clinicrepository.h"
#include "store/clinicstore.h"
#include "store/practitionerrepository.h"

namespace msp::test {

CheckoutFixture::CheckoutFixture()
{
    if (!temp.isOpen())
        return;
    Clinic clinic;
    clinic.id = EntityId::generate();
    clinic.name = QStringLiteral("Glow Test Clinic");
    if (!store().clinic().saveClinic(actor, clinic))
        return;
    service.id = EntityId::generate();
    service.name = QStringLiteral("Botox, 20 units");
    service.durationMinutes = 30;
    service.price = Money(45000, QStringLiteral("USD"));
    if (!store().services().save(actor, service))
        return;
    practitioner.id = EntityId::generate();
    practitioner.displayName = QStringLiteral("Dana Injector");
    practitioner.title = QStringLiteral("RN");
    practitioner.qualifiedServiceIds = {service.id};
    if (!store().practitioners().save(actor, practitioner))
        return;
    auto name = PersonName::create(u"Test", u"Client");
    if (!name)
        return;
    Client c;
    c.id = EntityId::generate();
    c.name = *name;
    auto created = store().clients().create(actor, c);
    if (!created)
        return;
    client = *created;
    appointment = bookAnother(1);
    seeded = !appointment.id.isNull();
}

Appointment CheckoutFixture::bookAnother(int hoursFromNow)
{
    Appointment a;
    a.id = EntityId::generate();
    a.clientId = client.id;
    a.practitionerId = practitioner.id;
    a.serviceId = service.id;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    a.start = QDateTime(now.date(), QTime(now.time().hour(), 0), Qt::UTC).addSecs(qint64(hoursFromNow) * 3600);
    a.end = a.start.addSecs(service.durationMinutes * 60);
    a.status = AppointmentStatus::Booked;
    auto booked = store().appointments().create(actor, a);
    return booked ? *booked : Appointment {};
}

} // namespace msp::test
