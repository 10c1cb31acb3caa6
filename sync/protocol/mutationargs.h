#pragma once

#include "domain/result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMap>

#include <optional>

namespace msp::protocol {

// Typed arguments of the named mutations. Both ends use these, so what the
// app writes into its outbox is exactly what the server reads.

struct BookAppointmentArgs {
    QString id;
    QString clientId;
    QString practitionerId;
    QString serviceId;
    QString roomId;
    QString deviceId; // empty when the service needs no device
    QDateTime start;
    QDateTime end;
    QString status = QStringLiteral("booked");
    QString notes;
    // Non-empty: book even over another booking (a role with the Overbook
    // permission only); the reason is kept with the appointment and audited.
    QString overbookReason;
};

struct RescheduleAppointmentArgs {
    QString id;
    QDateTime start;
    QDateTime end;
    QString overbookReason; // as for a booking
    // Where it moves to (a drag to another column); empty: unchanged. A
    // device id of "none" takes the device off.
    QString practitionerId;
    QString roomId;
    QString deviceId;
};

// cancel_appointment, delete_client
struct EntityRefArgs {
    QString id;
};

struct SetAppointmentStatusArgs {
    QString id;
    QString status;
};

struct CreateClientArgs {
    QString id;
    QJsonObject fields; // field name -> string value
};

// The old value is what the device last saw, so the server can tell an edit
// of a stale value (a concurrent change) from a plain update.
struct FieldChange {
    QString oldValue;
    QString newValue;
};

struct UpdateClientFieldsArgs {
    QString id;
    QMap<QString, FieldChange> changes;
};

QJsonObject toJson(const BookAppointmentArgs &a);
Result<BookAppointmentArgs> bookAppointmentFromJson(const QJsonObject &o);
QJsonObject toJson(const RescheduleAppointmentArgs &a);
Result<RescheduleAppointmentArgs> rescheduleFromJson(const QJsonObject &o);
QJsonObject toJson(const EntityRefArgs &a);
Result<EntityRefArgs> entityRefFromJson(const QJsonObject &o);
QJsonObject toJson(const SetAppointmentStatusArgs &a);
Result<SetAppointmentStatusArgs> setStatusFromJson(const QJsonObject &o);
QJsonObject toJson(const CreateClientArgs &a);
Result<CreateClientArgs> createClientFromJson(const QJsonObject &o);
QJsonObject toJson(const UpdateClientFieldsArgs &a);
Result<UpdateClientFieldsArgs> updateClientFieldsFromJson(const QJsonObject &o);

} // namespace msp::protocol
