#include "dedupe/mergeplan.h"

#include "store/clientrow.h"

#include <QCoreApplication>

namespace msp::dedupe {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("msp::dedupe", text);
}

QString joined(const QString &a, const QString &b)
{
    const QString x = a.trimmed();
    const QString y = b.trimmed();
    if (y.isEmpty() || x.contains(y))
        return a;
    if (x.isEmpty() || y.contains(x))
        return b;
    return a + u'\n' + b;
}
} // namespace

bool canCombine(QStringView field)
{
    return field == u"allergies" || field == u"alerts" || field == u"notes";
}

QString fieldLabel(const QString &field)
{
    if (field == u"givenName")
        return tr("Given name");
    if (field == u"familyName")
        return tr("Family name");
    if (field == u"preferredName")
        return tr("Preferred name");
    if (field == u"dateOfBirth")
        return tr("Date of birth");
    if (field == u"phone")
        return tr("Phone");
    if (field == u"email")
        return tr("E-mail");
    if (field == u"address")
        return tr("Address");
    if (field == u"allergies")
        return tr("Allergies");
    if (field == u"alerts")
        return tr("Alerts");
    if (field == u"notes")
        return tr("Notes");
    if (field == u"marketingConsent")
        return tr("Marketing consent");
    return field;
}

QString displayValue(const Client &c, const QString &field)
{
    if (field == u"phone")
        return c.phone.toDisplayString();
    if (field == u"marketingConsent")
        return c.marketingConsent ? tr("Yes") : tr("No");
    return store::clientFieldValue(c, field);
}

Client combineClients(const Client &kept, const Client &merged, const FieldChoices &choices)
{
    QJsonObject out = store::clientFields(kept);
    const QJsonObject other = store::clientFields(merged);
    for (auto it = choices.cbegin(); it != choices.cend(); ++it) {
        if (!out.contains(it.key()))
            continue;
        if (it.value() == FieldSource::Merged)
            out.insert(it.key(), other.value(it.key()));
        else if (it.value() == FieldSource::Both && canCombine(it.key()))
            out.insert(it.key(), joined(out.value(it.key()).toString(), other.value(it.key()).toString()));
    }
    Client c = store::clientFromFields(kept.id, out);
    c.createdAt = kept.createdAt;
    c.updatedAt = kept.updatedAt;
    return c;
}

FieldChoices suggestedChoices(const Client &kept, const Client &merged)
{
    FieldChoices choices;
    for (const QString &f : store::clientFieldNames()) {
        const QString a = store::clientFieldValue(kept, f);
        const QString b = store::clientFieldValue(merged, f);
        if (a == b)
            choices.insert(f, FieldSource::Kept);
        else if (canCombine(f) && !a.trimmed().isEmpty() && !b.trimmed().isEmpty())
            choices.insert(f, FieldSource::Both);
        else if (a.isEmpty() && !b.isEmpty())
            choices.insert(f, FieldSource::Merged);
        else
            choices.insert(f, FieldSource::Kept);
    }
    return choices;
}

} // namespace msp::dedupe
