#include "mutationmapper.h"

#include "protocol/mergeclientsargs.h"
#include "protocol/mutationargs.h"
#include "protocol/recordargs.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace msp::sync {

const QStringList &pushableMutationNames()
{
    static const QStringList names
        = QStringList {QStringLiteral("create_client"),          QStringLiteral("update_client_fields"),
                       QStringLiteral("book_appointment"),       QStringLiteral("set_appointment_status"),
                       QStringLiteral("reschedule_appointment"), QStringLiteral("cancel_appointment"),
                       QStringLiteral("merge_clients"),          QStringLiteral("unmerge_clients")}
        + protocol::recordMutationNames();
    return names;
}

namespace {
QDateTime time(const QJsonObject &o, const char *key)
{
    return QDateTime::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODateWithMs).toUTC();
}
} // namespace

Result<protocol::Mutation> toWireMutation(const store::OutboxMutation &m)
{
    const QJsonObject &p = m.payload;
    const QString id = m.entityId.toString();
    protocol::Mutation w;
    w.id = m.mutationId;
    w.name = m.name;
    if (m.name == u"create_client") {
        w.args = protocol::toJson(protocol::CreateClientArgs {id, p.value(QStringLiteral("fields")).toObject()});
    } else if (m.name == u"update_client_fields") {
        protocol::UpdateClientFieldsArgs a {id, {}};
        const QJsonObject changes = p.value(QStringLiteral("changes")).toObject();
        for (auto it = changes.begin(); it != changes.end(); ++it) {
            const QJsonObject c = it.value().toObject();
            a.changes.insert(it.key(),
                             {c.value(QStringLiteral("old")).toString(), c.value(QStringLiteral("new")).toString()});
        }
        w.args = protocol::toJson(a);
    } else if (m.name == u"book_appointment") {
        protocol::BookAppointmentArgs a;
        a.id = id;
        a.clientId = p.value(QStringLiteral("client_id")).toString();
        a.practitionerId = p.value(QStringLiteral("practitioner_id")).toString();
        a.serviceId = p.value(QStringLiteral("service_id")).toString();
        a.roomId = p.value(QStringLiteral("room_id")).toString();
        a.deviceId = p.value(QStringLiteral("device_id")).toString();
        a.start = time(p, "start");
        a.end = time(p, "end");
        a.status = p.value(QStringLiteral("status")).toString(QStringLiteral("booked"));
        a.notes = p.value(QStringLiteral("notes")).toString();
        a.overbookReason = p.value(QStringLiteral("overbook_reason")).toString();
        w.args = protocol::toJson(a);
    } else if (m.name == u"set_appointment_status") {
        w.args
            = protocol::toJson(protocol::SetAppointmentStatusArgs {id, p.value(QStringLiteral("status")).toString()});
    } else if (m.name == u"reschedule_appointment") {
        w.args = protocol::toJson(protocol::RescheduleAppointmentArgs {
            id, time(p, "start"), time(p, "end"), p.value(QStringLiteral("overbook_reason")).toString()});
    } else if (m.name == u"cancel_appointment") {
        w.args = protocol::toJson(protocol::EntityRefArgs {id});
    } else if (m.name == u"merge_clients" || m.name == u"unmerge_clients") {
        // The outbox payload is the wire shape already (clientmerger.cpp).
        QJsonObject args = p;
        args.insert(QStringLiteral("id"), id);
        auto a = protocol::mergeClientsFromJson(args);
        if (!a)
            return a.error();
        w.args = protocol::toJson(*a);
    } else if (protocol::recordMutationRule(m.name)) {
        // SyncReplica::nextBatch put the rows, read at send time, in the payload.
        protocol::PutRecordsArgs a {id, {}};
        for (const QJsonValue &v : p.value(QStringLiteral("records")).toArray()) {
            const QJsonObject r = v.toObject();
            a.records.append({r.value(QStringLiteral("kind")).toString(), r.value(QStringLiteral("id")).toString(),
                              r.value(QStringLiteral("data")).toObject()});
        }
        w.args = protocol::toJson(a);
    } else {
        return Error::make(
            ErrorCode::Invalid,
            QCoreApplication::translate("msp::sync", "The change \"%1\" cannot be sent to the server.").arg(m.name));
    }
    return w;
}

} // namespace msp::sync
