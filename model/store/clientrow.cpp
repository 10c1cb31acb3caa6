#include "store/clientrow.h"

#include "store/query.h"

namespace msp::store {

Client readClient(const Query &q)
{
    Client c;
    c.id = q.id(0);
    // Stored rows were validated on the way in; read them back as they are.
    c.name = PersonName::create(q.text(1), q.text(2), q.text(3)).valueOr({});
    // "Today" is the stored date itself: a far-future today would trip the
    // 130-year rule and silently drop every date of birth.
    c.dateOfBirth = DateOfBirth::parseOptional(q.text(4), QDate::fromString(q.text(4), Qt::ISODate)).valueOr({});
    c.phone = Phone::parseOptional(q.text(5), u"").valueOr({});
    c.email = Email::parseOptional(q.text(6)).valueOr({});
    c.address = q.text(7);
    c.allergies = q.text(8);
    c.alerts = q.text(9);
    c.notes = q.text(10);
    c.marketingConsent = q.boolean(11);
    c.createdAt = q.dateTime(12);
    c.updatedAt = q.dateTime(13);
    return c;
}

const QStringList &clientFieldNames()
{
    static const QStringList names {
        QStringLiteral("givenName"),   QStringLiteral("familyName"),      QStringLiteral("preferredName"),
        QStringLiteral("dateOfBirth"), QStringLiteral("phone"),           QStringLiteral("email"),
        QStringLiteral("address"),     QStringLiteral("allergies"),       QStringLiteral("alerts"),
        QStringLiteral("notes"),       QStringLiteral("marketingConsent")};
    return names;
}

QString clientFieldValue(const Client &c, const QString &field)
{
    if (field == u"givenName")
        return c.name.given();
    if (field == u"familyName")
        return c.name.family();
    if (field == u"preferredName")
        return c.name.preferred();
    if (field == u"dateOfBirth")
        return c.dateOfBirth.isNull() ? QString() : c.dateOfBirth.date().toString(Qt::ISODate);
    if (field == u"phone")
        return c.phone.e164();
    if (field == u"email")
        return c.email.value();
    if (field == u"address")
        return c.address;
    if (field == u"allergies")
        return c.allergies;
    if (field == u"alerts")
        return c.alerts;
    if (field == u"notes")
        return c.notes;
    if (field == u"marketingConsent")
        return c.marketingConsent ? QStringLiteral("true") : QStringLiteral("false");
    return {};
}

QJsonObject clientFields(const Client &c)
{
    QJsonObject o;
    for (const QString &f : clientFieldNames())
        o.insert(f, clientFieldValue(c, f));
    return o;
}

Client clientFromFields(const EntityId &id, const QJsonObject &fields)
{
    const auto s = [&fields](const char *key) { return fields.value(QLatin1String(key)).toString(); };
    Client c;
    c.id = id;
    c.name = PersonName::create(s("givenName"), s("familyName"), s("preferredName")).valueOr({});
    const QString dob = s("dateOfBirth");
    c.dateOfBirth = DateOfBirth::parseOptional(dob, QDate::fromString(dob, Qt::ISODate)).valueOr({});
    c.phone = Phone::parseOptional(s("phone"), u"").valueOr({});
    c.email = Email::parseOptional(s("email")).valueOr({});
    c.address = s("address");
    c.allergies = s("allergies");
    c.alerts = s("alerts");
    c.notes = s("notes");
    c.marketingConsent = s("marketingConsent") == u"true";
    return c;
}

Query &bindClient(Query &q, const Client &c)
{
    return q.bind(1, c.id)
        .bind(2, c.name.given())
        .bind(3, c.name.family())
        .bind(4, c.name.preferred())
        .bind(5, clientFieldValue(c, QStringLiteral("dateOfBirth")))
        .bind(6, c.phone.e164())
        .bind(7, c.email.value())
        .bind(8, c.address)
        .bind(9, c.allergies)
        .bind(10, c.alerts)
        .bind(11, c.notes)
        .bind(12, c.marketingConsent)
        .bind(13, c.createdAt)
        .bind(14, c.updatedAt);
}

} // namespace msp::store
