#include "domain/client.h"

#include <QCoreApplication>

namespace msp {

ClientInput ClientInput::fromClient(const Client &c)
{
    ClientInput in;
    in.givenName = c.name.given();
    in.familyName = c.name.family();
    in.preferredName = c.name.preferred();
    in.dateOfBirth = c.dateOfBirth.isNull() ? QString() : c.dateOfBirth.date().toString(Qt::ISODate);
    in.phone = c.phone.toDisplayString();
    in.email = c.email.value();
    in.address = c.address;
    in.allergies = c.allergies;
    in.alerts = c.alerts;
    in.notes = c.notes;
    in.marketingConsent = c.marketingConsent;
    return in;
}

ClientValidation validateClient(const ClientInput &in, QDate today, const EntityId &id)
{
    ClientValidation v;
    Client c;
    c.id = id;
    const auto collect = [&v](const Error &e) { v.errors.append({e.field, e.message}); };

    if (auto n = PersonName::create(in.givenName, in.familyName, in.preferredName))
        c.name = n.value();
    else
        collect(n.error());
    // PersonName stops at its first problem; a form shows every missing part.
    if (in.givenName.trimmed().isEmpty() && in.familyName.trimmed().isEmpty())
        if (auto family = PersonName::create(u"-", in.familyName); !family)
            collect(family.error());
    if (auto d = DateOfBirth::parseOptional(in.dateOfBirth, today))
        c.dateOfBirth = d.value();
    else
        collect(d.error());
    if (auto p = Phone::parseOptional(in.phone))
        c.phone = p.value();
    else
        collect(p.error());
    if (auto e = Email::parseOptional(in.email))
        c.email = e.value();
    else
        collect(e.error());
    if (in.notes.size() > 20000)
        v.errors.append({QStringLiteral("notes"),
                         QCoreApplication::translate("msp::Client", "Notes can have at most 20,000 characters.")});
    if (in.phone.trimmed().isEmpty() && in.email.trimmed().isEmpty())
        v.errors.append(
            {QStringLiteral("phone"),
             QCoreApplication::translate(
                 "msp::Client", "Enter a phone number or an e-mail address so the clinic can reach the client.")});
    c.address = in.address.trimmed();
    c.allergies = in.allergies.trimmed();
    c.alerts = in.alerts.trimmed();
    c.notes = in.notes;
    c.marketingConsent = in.marketingConsent;
    if (v.errors.isEmpty())
        v.client = c;
    return v;
}

bool isProtectedClientField(QStringView field)
{
    return field == u"givenName" || field == u"familyName" || field == u"dateOfBirth" || field == u"allergies";
}

QStringList changedClientFields(const Client &a, const Client &b)
{
    QStringList f;
    if (a.name.given() != b.name.given())
        f << QStringLiteral("givenName");
    if (a.name.family() != b.name.family())
        f << QStringLiteral("familyName");
    if (a.name.preferred() != b.name.preferred())
        f << QStringLiteral("preferredName");
    if (a.dateOfBirth != b.dateOfBirth)
        f << QStringLiteral("dateOfBirth");
    if (a.phone != b.phone)
        f << QStringLiteral("phone");
    if (a.email != b.email)
        f << QStringLiteral("email");
    if (a.address != b.address)
        f << QStringLiteral("address");
    if (a.allergies != b.allergies)
        f << QStringLiteral("allergies");
    if (a.alerts != b.alerts)
        f << QStringLiteral("alerts");
    if (a.notes != b.notes)
        f << QStringLiteral("notes");
    if (a.marketingConsent != b.marketingConsent)
        f << QStringLiteral("marketingConsent");
    return f;
}

} // namespace msp
