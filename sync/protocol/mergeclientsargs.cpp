#include "protocol/mergeclientsargs.h"

#include "protocol/jsonread.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QUuid>

namespace msp::protocol {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("msp::protocol", text);
}

bool isUuid(const QString &s)
{
    return !QUuid::fromString(s).isNull();
}
} // namespace

QJsonObject toJson(const MergeClientsArgs &a)
{
    QJsonObject o = toJson(UpdateClientFieldsArgs {a.id, a.changes});
    o.insert(QStringLiteral("merged_id"), a.mergedId);
    o.insert(QStringLiteral("appointment_ids"), QJsonArray::fromStringList(a.appointmentIds));
    return o;
}

Result<MergeClientsArgs> mergeClientsFromJson(const QJsonObject &o)
{
    MergeClientsArgs a;
    auto id = json::requireString(o, u"id");
    MSP_TRY(id);
    auto merged = json::requireString(o, u"merged_id");
    MSP_TRY(merged);
    if (!isUuid(*id) || !isUuid(*merged))
        return Error::invalid(QStringLiteral("merged_id"), tr("Both client ids of a merge must be UUIDs."));
    a.id = id->toLower();
    a.mergedId = merged->toLower();
    if (a.id == a.mergedId)
        return Error::invalid(QStringLiteral("merged_id"), tr("A client cannot be merged into itself."));
    auto changes = json::requireObject(o, u"changes");
    MSP_TRY(changes);
    if (!changes->isEmpty()) {
        auto parsed = updateClientFieldsFromJson({{QStringLiteral("id"), a.id}, {QStringLiteral("changes"), *changes}});
        MSP_TRY(parsed);
        a.changes = parsed->changes;
    }
    auto ids = json::requireArray(o, u"appointment_ids");
    MSP_TRY(ids);
    for (const QJsonValue &v : *ids) {
        if (!isUuid(v.toString()))
            return Error::invalid(QStringLiteral("appointment_ids"), tr("Each appointment id must be a UUID."));
        a.appointmentIds.append(v.toString().toLower());
    }
    return a;
}

} // namespace msp::protocol
