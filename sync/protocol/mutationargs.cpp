#include "protocol/mutationargs.h"

#include "protocol/jsonread.h"
#include "protocol/wiretime.h"

#include <QCoreApplication>
#include <QUuid>

namespace msp::protocol {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("msp::protocol", text);
}

// The FHIR R4 appointment status codes. Kept here rather than linked from the
// domain library because the protocol links Qt Core only.
bool isStatusCode(const QString &code)
{
    static const QStringList codes {QStringLiteral("proposed"),  QStringLiteral("pending"),
                                    QStringLiteral("booked"),    QStringLiteral("arrived"),
                                    QStringLiteral("fulfilled"), QStringLiteral("cancelled"),
                                    QStringLiteral("noshow"),    QStringLiteral("checked-in"),
                                    QStringLiteral("waitlist"),  QStringLiteral("entered-in-error")};
    return codes.contains(code);
}

Result<QString> uuidField(const QJsonObject &o, QStringView key, bool optional = false)
{
    auto s = optional ? json::optionalString(o, key) : json::requireString(o, key);
    MSP_TRY(s);
    if (optional && s->isEmpty())
        return QString();
    if (QUuid::fromString(*s).isNull())
        return Error::invalid(key.toString(), tr("The field \"%1\" must be a UUID.").arg(key));
    return s->toLower();
}

Result<QDateTime> timeField(const QJsonObject &o, QStringView key)
{
    auto s = json::requireString(o, key);
    MSP_TRY(s);
    return decodeTime(*s, key);
}

// "overbook_reason": absent or empty means no overbooking.
Result<QString> overbookReasonField(const QJsonObject &o)
{
    auto reason = json::optionalString(o, u"overbook_reason");
    MSP_TRY(reason);
    const QString trimmed = reason->trimmed();
    if (trimmed.size() > 500)
        return Error::invalid(QStringLiteral("overbook_reason"),
                              tr("The reason for overbooking must be at most 500 characters."));
    return trimmed;
}

Result<void> checkRange(const QDateTime &start, const QDateTime &end)
{
    if (end <= start)
        return Error::invalid(QStringLiteral("end"), tr("The end must be after the start."));
    if (start.secsTo(end) > 12 * 3600)
        return Error::invalid(QStringLiteral("end"), tr("An appointment lasts at most 12 hours."));
    return ok();
}
} // namespace

QJsonObject toJson(const BookAppointmentArgs &a)
{
    QJsonObject o {{QStringLiteral("id"), a.id},
                   {QStringLiteral("client_id"), a.clientId},
                   {QStringLiteral("practitioner_id"), a.practitionerId},
                   {QStringLiteral("service_id"), a.serviceId},
                   {QStringLiteral("room_id"), a.roomId},
                   {QStringLiteral("start"), encodeTime(a.start)},
                   {QStringLiteral("end"), encodeTime(a.end)},
                   {QStringLiteral("status"), a.status}};
    if (!a.deviceId.isEmpty())
        o.insert(QStringLiteral("device_id"), a.deviceId);
    if (!a.notes.isEmpty())
        o.insert(QStringLiteral("notes"), a.notes);
    if (!a.overbookReason.isEmpty())
        o.insert(QStringLiteral("overbook_reason"), a.overbookReason);
    return o;
}

Result<BookAppointmentArgs> bookAppointmentFromJson(const QJsonObject &o)
{
    BookAppointmentArgs a;
    auto id = uuidField(o, u"id");
    MSP_TRY(id);
    auto client = uuidField(o, u"client_id");
    MSP_TRY(client);
    auto practitioner = uuidField(o, u"practitioner_id");
    MSP_TRY(practitioner);
    auto service = uuidField(o, u"service_id");
    MSP_TRY(service);
    auto room = uuidField(o, u"room_id");
    MSP_TRY(room);
    auto device = uuidField(o, u"device_id", true);
    MSP_TRY(device);
    auto start = timeField(o, u"start");
    MSP_TRY(start);
    auto end = timeField(o, u"end");
    MSP_TRY(end);
    MSP_TRY(checkRange(*start, *end));
    auto status = json::optionalString(o, u"status");
    MSP_TRY(status);
    if (!status->isEmpty() && !isStatusCode(*status))
        return Error::invalid(QStringLiteral("status"), tr("Unknown appointment status \"%1\".").arg(*status));
    auto notes = json::optionalString(o, u"notes");
    MSP_TRY(notes);
    auto overbook = overbookReasonField(o);
    MSP_TRY(overbook);
    a.overbookReason = *overbook;
    a.id = *id;
    a.clientId = *client;
    a.practitionerId = *practitioner;
    a.serviceId = *service;
    a.roomId = *room;
    a.deviceId = *device;
    a.start = *start;
    a.end = *end;
    if (!status->isEmpty())
        a.status = *status;
    a.notes = *notes;
    return a;
}

QJsonObject toJson(const RescheduleAppointmentArgs &a)
{
    QJsonObject o {{QStringLiteral("id"), a.id},
                   {QStringLiteral("start"), encodeTime(a.start)},
                   {QStringLiteral("end"), encodeTime(a.end)}};
    if (!a.overbookReason.isEmpty())
        o.insert(QStringLiteral("overbook_reason"), a.overbookReason);
    if (!a.practitionerId.isEmpty())
        o.insert(QStringLiteral("practitioner_id"), a.practitionerId);
    if (!a.roomId.isEmpty())
        o.insert(QStringLiteral("room_id"), a.roomId);
    if (!a.deviceId.isEmpty())
        o.insert(QStringLiteral("device_id"), a.deviceId);
    return o;
}

Result<RescheduleAppointmentArgs> rescheduleFromJson(const QJsonObject &o)
{
    auto id = uuidField(o, u"id");
    MSP_TRY(id);
    auto start = timeField(o, u"start");
    MSP_TRY(start);
    auto end = timeField(o, u"end");
    MSP_TRY(end);
    MSP_TRY(checkRange(*start, *end));
    auto overbook = overbookReasonField(o);
    MSP_TRY(overbook);
    auto practitioner = uuidField(o, u"practitioner_id", true);
    MSP_TRY(practitioner);
    auto room = uuidField(o, u"room_id", true);
    MSP_TRY(room);
    QString device;
    if (o.value(QStringLiteral("device_id")).toString() == u"none") {
        device = QStringLiteral("none");
    } else {
        auto d = uuidField(o, u"device_id", true);
        MSP_TRY(d);
        device = *d;
    }
    return RescheduleAppointmentArgs {*id, *start, *end, *overbook, *practitioner, *room, device};
}

QJsonObject toJson(const EntityRefArgs &a)
{
    return {{QStringLiteral("id"), a.id}};
}

Result<EntityRefArgs> entityRefFromJson(const QJsonObject &o)
{
    auto id = uuidField(o, u"id");
    MSP_TRY(id);
    return EntityRefArgs {*id};
}

QJsonObject toJson(const SetAppointmentStatusArgs &a)
{
    return {{QStringLiteral("id"), a.id}, {QStringLiteral("status"), a.status}};
}

Result<SetAppointmentStatusArgs> setStatusFromJson(const QJsonObject &o)
{
    auto id = uuidField(o, u"id");
    MSP_TRY(id);
    auto status = json::requireString(o, u"status");
    MSP_TRY(status);
    if (!isStatusCode(*status))
        return Error::invalid(QStringLiteral("status"), tr("Unknown appointment status \"%1\".").arg(*status));
    return SetAppointmentStatusArgs {*id, *status};
}

QJsonObject toJson(const CreateClientArgs &a)
{
    return {{QStringLiteral("id"), a.id}, {QStringLiteral("fields"), a.fields}};
}

Result<CreateClientArgs> createClientFromJson(const QJsonObject &o)
{
    auto id = uuidField(o, u"id");
    MSP_TRY(id);
    auto fields = json::requireObject(o, u"fields");
    MSP_TRY(fields);
    for (auto it = fields->begin(); it != fields->end(); ++it)
        if (!it.value().isString())
            return Error::invalid(it.key(), tr("The client field \"%1\" must be a string.").arg(it.key()));
    return CreateClientArgs {*id, *fields};
}

QJsonObject toJson(const UpdateClientFieldsArgs &a)
{
    QJsonObject changes;
    for (auto it = a.changes.begin(); it != a.changes.end(); ++it)
        changes.insert(it.key(),
                       QJsonObject {{QStringLiteral("old"), it->oldValue}, {QStringLiteral("new"), it->newValue}});
    return {{QStringLiteral("id"), a.id}, {QStringLiteral("changes"), changes}};
}

Result<UpdateClientFieldsArgs> updateClientFieldsFromJson(const QJsonObject &o)
{
    auto id = uuidField(o, u"id");
    MSP_TRY(id);
    auto changes = json::requireObject(o, u"changes");
    MSP_TRY(changes);
    if (changes->isEmpty())
        return Error::invalid(QStringLiteral("changes"), tr("An update must change at least one field."));
    UpdateClientFieldsArgs a {*id, {}};
    for (auto it = changes->begin(); it != changes->end(); ++it) {
        if (!it.value().isObject())
            return Error::invalid(it.key(),
                                  tr("The change of \"%1\" must be {\"old\": ..., \"new\": ...}.").arg(it.key()));
        const auto change = it.value().toObject();
        auto oldValue = json::requireString(change, u"old", true);
        MSP_TRY(oldValue);
        auto newValue = json::requireString(change, u"new", true);
        MSP_TRY(newValue);
        a.changes.insert(it.key(), FieldChange {*oldValue, *newValue});
    }
    return a;
}

} // namespace msp::protocol
