#include "domain/appointment.h"

#include <QCoreApplication>

namespace msp {

Result<void> Appointment::validate() const
{
    const auto fail = [](const char *field, const char *why) {
        return Error::invalid(QString::fromLatin1(field), QCoreApplication::translate("msp::Appointment", why));
    };
    if (clientId.isNull())
        return fail("client", QT_TRANSLATE_NOOP("msp::Appointment", "Choose the client for this appointment."));
    if (practitionerId.isNull())
        return fail("practitioner", QT_TRANSLATE_NOOP("msp::Appointment", "Choose a practitioner."));
    if (serviceId.isNull())
        return fail("service", QT_TRANSLATE_NOOP("msp::Appointment", "Choose a service."));
    if (!start.isValid() || !end.isValid())
        return fail("start", QT_TRANSLATE_NOOP("msp::Appointment", "Choose a start and an end time."));
    if (start.timeSpec() != Qt::UTC || end.timeSpec() != Qt::UTC)
        return fail("start", QT_TRANSLATE_NOOP("msp::Appointment", "Appointment times must be stored in UTC."));
    if (end <= start)
        return fail("end", QT_TRANSLATE_NOOP("msp::Appointment", "The appointment must end after it starts."));
    if (start.secsTo(end) > 12 * 3600)
        return fail("end", QT_TRANSLATE_NOOP("msp::Appointment", "An appointment can last at most 12 hours."));
    return ok();
}

} // namespace msp
