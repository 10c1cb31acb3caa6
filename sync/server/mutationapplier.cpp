#include "mutationapplier.h"

#include "clientmerge.h"
#include "context.h"
#include "domain/appointmentstatus.h"
#include "domain/client.h"
#include "freeslots.h"
#include "protocol/mutationargs.h"
#include "protocol/recordargs.h"
#include "protocol/wiretime.h"
#include "recordapplier.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTimeZone>

#include <optional>
#include <pqxx/pqxx>

namespace msp::server {

using protocol::MutationOutcome;
using protocol::MutationResult;
namespace reason = protocol::reason;

namespace {
constexpr char kExclusionViolation[] = "23P01";

MutationResult rejected(qint64 id, QStringView why, const QString &message)
{
    MutationResult r;
    r.id = id;
    r.outcome = MutationOutcome::Rejected;
    r.reason = why.toString();
    r.message = message;
    return r;
}

MutationResult applied(qint64 id)
{
    MutationResult r;
    r.id = id;
    return r;
}

std::string s(const QString &q)
{
    return q.toStdString();
}

Permission permissionFor(const QString &name)
{
    if (name == u"create_client" || name == u"update_client_fields")
        return Permission::EditClients;
    if (name == u"delete_client" || name == u"merge_clients" || name == u"unmerge_clients")
        return Permission::ManageClinic;
    if (name == u"create_invoice" || name == u"add_tender" || name == u"set_invoice_status" || name == u"record_payment"
        || name == u"record_deposit" || name == u"forfeit_deposit")
        return Permission::Checkout;
    if (name == u"record_refund")
        return Permission::Refund;
    if (name.startsWith(u"save_")) // clinic set-up: clinic, locations, rooms, devices, practitioners, services, policy
        return Permission::ManageClinic;
    if (name == u"import_reconcile_file" || name == u"record_reconcile_decision" || name == u"undo_reconcile_decision")
        return Permission::Reconcile;
    return Permission::Book; // bookings, series, the waitlist
}

struct Slot {
    std::string id, practitioner, room, equipment;
    QDateTime start, end;
};

// The rejection for a taken slot: the booking in the way and the next times
// the same practitioner, room and device are all free.
MutationResult slotTaken(pqxx::transaction_base &tx, const Caller &caller, qint64 mutationId, const Slot &slot)
{
    auto r = rejected(mutationId, reason::kSlotTaken,
                      trServer("This time is already booked for the practitioner, room or device; pick another time."));
    const std::string start = s(protocol::encodeTime(slot.start));
    const std::string end = s(protocol::encodeTime(slot.end));
    const auto c = tx.exec_prepared("conflicting_booking", caller.claims.orgId, slot.id, start, end, slot.practitioner,
                                    slot.room, slot.equipment);
    if (!c.empty()) {
        r.conflictingBooking
            = QJsonObject {{QStringLiteral("id"), QString::fromStdString(c[0][0].as<std::string>())},
                           {QStringLiteral("start"), QString::fromStdString(c[0][1].as<std::string>())},
                           {QStringLiteral("end"), QString::fromStdString(c[0][2].as<std::string>())},
                           {QStringLiteral("practitioner_id"), QString::fromStdString(c[0][3].as<std::string>())},
                           {QStringLiteral("room_id"), QString::fromStdString(c[0][4].as<std::string>())},
                           {QStringLiteral("device_id"), QString::fromStdString(c[0][5].as<std::string>())}};
    }
    std::vector<Interval> busy;
    for (const auto &row :
         tx.exec_prepared("busy_intervals", slot.id, slot.practitioner, slot.room, slot.equipment, start))
        busy.push_back({row[0].as<std::int64_t>(), row[1].as<std::int64_t>()});
    const std::int64_t from = slot.start.toMSecsSinceEpoch();
    const std::int64_t duration = slot.end.toMSecsSinceEpoch() - from;
    constexpr std::int64_t kStep = 15 * 60 * 1000;
    for (const auto &[a, b] : nextFreeSlots(from, duration, busy, kStep, 3, from + 14LL * 24 * 3600 * 1000))
        r.nextFreeSlots.append(protocol::FreeSlot {protocol::encodeTime(QDateTime::fromMSecsSinceEpoch(a, Qt::UTC)),
                                                   protocol::encodeTime(QDateTime::fromMSecsSinceEpoch(b, Qt::UTC))});
    return r;
}

// Runs `write` in a savepoint; true when it ran into an exclusion
// constraint (another booking in the way), in which case it changed nothing.
// Optimistic runs it without one: a collision then aborts the transaction
// and the caller runs the mutation again with savepoints.
template<typename Write>
bool collides(pqxx::transaction_base &tx, CollisionMode mode, Write write)
{
    if (mode == CollisionMode::Optimistic) {
        write(tx);
        return false;
    }
    tx.exec("SAVEPOINT mutation");
    try {
        write(tx);
        tx.exec("RELEASE SAVEPOINT mutation");
        return false;
    } catch (const pqxx::sql_error &e) {
        if (e.sqlstate() != kExclusionViolation)
            throw;
    }
    tx.exec("ROLLBACK TO SAVEPOINT mutation");
    return true;
}

// Runs `write` in a savepoint; an exclusion violation becomes slot_taken.
template<typename Write>
MutationResult guarded(pqxx::transaction_base &tx, CollisionMode mode, const Caller &caller, qint64 id,
                       const Slot &slot, Write write)
{
    std::optional<MutationResult> r;
    if (collides(tx, mode, [&](pqxx::transaction_base &sub) { r = write(sub); }))
        return slotTaken(tx, caller, id, slot);
    return *r;
}

// Overbooking is asked for by name (a reason on the mutation), never
// implied: only when the plain write collides, and only for a role allowed
// to overbook, is it written again as overbooked, which the exclusion
// constraints leave out. `write(sub, overbooked)` does the write.
template<typename Write>
MutationResult withOverbooking(pqxx::transaction_base &tx, CollisionMode mode, const Caller &caller, qint64 id,
                               const Slot &slot, const QString &overbookReason, Write write)
{
    if (!overbookReason.isEmpty() && !roleAllows(caller.role, Permission::Overbook))
        return rejected(id, reason::kNotPermitted,
                        trServer("Your role (%1) may not overbook; ask a manager to.").arg(roleKey(caller.role)));
    std::optional<MutationResult> r;
    if (!collides(tx, mode, [&](pqxx::transaction_base &sub) { r = write(sub, false); }))
        return *r;
    if (overbookReason.isEmpty() || collides(tx, mode, [&](pqxx::transaction_base &sub) { r = write(sub, true); }))
        return slotTaken(tx, caller, id, slot);
    if (r->outcome == MutationOutcome::Applied)
        tx.exec_prepared("audit", caller.claims.orgId, caller.claims.userId, caller.claims.deviceId,
                         "appointment_overbooked", "appointment", slot.id);
    return *r;
}

MutationResult book(pqxx::transaction_base &tx, CollisionMode mode, const Caller &caller, const protocol::Mutation &m)
{
    auto a = protocol::bookAppointmentFromJson(m.args);
    if (!a)
        return rejected(m.id, reason::kInvalid, a.error().message);
    const Slot slot {s(a->id), s(a->practitionerId), s(a->roomId), s(a->deviceId), a->start, a->end};
    return withOverbooking(
        tx, mode, caller, m.id, slot, a->overbookReason, [&](pqxx::transaction_base &sub, bool overbooked) {
            const auto r = sub.exec_prepared(
                "book", slot.id, caller.claims.orgId, s(a->clientId), slot.practitioner, s(a->serviceId), slot.room,
                slot.equipment, s(protocol::encodeTime(a->start)), s(protocol::encodeTime(a->end)), s(a->status),
                s(a->notes), overbooked, overbooked ? s(a->overbookReason) : std::string());
            if (r.empty())
                return rejected(m.id, reason::kInvalid, trServer("An appointment with this id exists already."));
            return applied(m.id);
        });
}

MutationResult changeAppointment(pqxx::transaction_base &tx, CollisionMode mode, const Caller &caller,
                                 const protocol::Mutation &m)
{
    QString id;
    std::optional<protocol::RescheduleAppointmentArgs> move;
    QString status;
    if (m.name == u"reschedule_appointment") {
        auto a = protocol::rescheduleFromJson(m.args);
        if (!a)
            return rejected(m.id, reason::kInvalid, a.error().message);
        id = a->id;
        move = *a;
    } else if (m.name == u"set_appointment_status") {
        auto a = protocol::setStatusFromJson(m.args);
        if (!a)
            return rejected(m.id, reason::kInvalid, a.error().message);
        id = a->id;
        status = a->status;
    } else {
        auto a = protocol::entityRefFromJson(m.args);
        if (!a)
            return rejected(m.id, reason::kInvalid, a.error().message);
        id = a->id;
        status = QStringLiteral("cancelled");
    }
    const auto rows = tx.exec_prepared("appointment_get", s(id), caller.claims.orgId);
    if (rows.empty())
        return rejected(m.id, reason::kNotFound, trServer("The appointment does not exist on the server."));
    const auto &row = rows[0];
    const auto current = statusFromCode(QString::fromStdString(row[3].as<std::string>()));
    Slot slot {s(id),
               row[0].as<std::string>(),
               row[1].as<std::string>(),
               row[2].as<std::string>(),
               QDateTime::fromString(QString::fromStdString(row[4].as<std::string>()), Qt::ISODateWithMs),
               QDateTime::fromString(QString::fromStdString(row[5].as<std::string>()), Qt::ISODateWithMs)};
    if (!status.isEmpty()) {
        const auto target = statusFromCode(status);
        if (current && target && *current != *target && !isAllowedTransition(*current, *target))
            return rejected(
                m.id, reason::kInvalid,
                trServer("An appointment cannot go from %1 to %2.").arg(statusCode(*current), statusCode(*target)));
        if (current == target)
            return applied(m.id);
    }
    if (move) {
        slot.start = move->start;
        slot.end = move->end;
        // A drag to another column moves it to another practitioner, room or
        // device: the exclusion constraints check the new ones.
        if (!move->practitionerId.isEmpty())
            slot.practitioner = s(move->practitionerId);
        if (!move->roomId.isEmpty())
            slot.room = s(move->roomId);
        if (move->deviceId == u"none")
            slot.equipment.clear();
        else if (!move->deviceId.isEmpty())
            slot.equipment = s(move->deviceId);
        // A move is checked afresh: it stays overbooked only when asked again.
        return withOverbooking(
            tx, mode, caller, m.id, slot, move->overbookReason, [&](pqxx::transaction_base &sub, bool overbooked) {
                sub.exec_prepared("appointment_move", slot.id, caller.claims.orgId, s(protocol::encodeTime(slot.start)),
                                  s(protocol::encodeTime(slot.end)), overbooked,
                                  overbooked ? s(move->overbookReason) : std::string(), slot.practitioner, slot.room,
                                  slot.equipment);
                return applied(m.id);
            });
    }
    return guarded(tx, mode, caller, m.id, slot, [&](pqxx::transaction_base &sub) {
        sub.exec_prepared("appointment_status", slot.id, caller.claims.orgId, s(status));
        return applied(m.id);
    });
}

MutationResult createClient(pqxx::transaction_base &tx, const Caller &caller, const protocol::Mutation &m)
{
    auto a = protocol::createClientFromJson(m.args);
    if (!a)
        return rejected(m.id, reason::kInvalid, a.error().message);
    const auto r = tx.exec_prepared("client_create", s(a->id), caller.claims.orgId,
                                    QJsonDocument(a->fields).toJson(QJsonDocument::Compact).toStdString());
    if (r.empty())
        return rejected(m.id, reason::kInvalid, trServer("A client with this id exists already."));
    return applied(m.id);
}

// Field-level three-way merge: a field whose server value is still what the
// device last saw takes the new value; a concurrent change of a contact field
// resolves to this (later) one; a concurrent change of legal name, date of
// birth or allergies becomes a conflict record and the server value stays.
MutationResult updateClientFields(Context &ctx, pqxx::transaction_base &tx, const Caller &caller,
                                  const protocol::Mutation &m)
{
    auto a = protocol::updateClientFieldsFromJson(m.args);
    if (!a)
        return rejected(m.id, reason::kInvalid, a.error().message);
    const auto rows = tx.exec_prepared("client_fields", s(a->id), caller.claims.orgId);
    if (rows.empty())
        return rejected(m.id, reason::kNotFound, trServer("The client does not exist on the server."));
    QJsonObject fields = QJsonDocument::fromJson(QByteArray::fromStdString(rows[0][0].as<std::string>())).object();
    int conflicts = 0;
    int overwritten = 0;
    for (auto it = a->changes.cbegin(); it != a->changes.cend(); ++it) {
        const QString current = fields.value(it.key()).toString();
        if (current == it->newValue)
            continue;
        if (current != it->oldValue) {
            if (isProtectedClientField(it.key())) {
                tx.exec_prepared("conflict_add", caller.claims.orgId, s(a->id), s(it.key()), s(current),
                                 s(it->newValue), s(it->oldValue), caller.claims.deviceId);
                ++conflicts;
                continue;
            }
            ++overwritten;
        }
        fields.insert(it.key(), it->newValue);
    }
    tx.exec_prepared("client_set_fields", s(a->id), caller.claims.orgId,
                     QJsonDocument(fields).toJson(QJsonDocument::Compact).toStdString());
    if (overwritten)
        ctx.log.info("client_fields_merged", {{"client_id", s(a->id)}, {"later_wins", std::to_string(overwritten)}});
    auto r = applied(m.id);
    if (conflicts)
        r.message = QCoreApplication::translate(
            "msp::server", "%n protected field(s) changed on another device too; see Needs attention.", nullptr,
            conflicts);
    return r;
}

MutationResult deleteClient(pqxx::transaction_base &tx, const Caller &caller, const protocol::Mutation &m)
{
    auto a = protocol::entityRefFromJson(m.args);
    if (!a)
        return rejected(m.id, reason::kInvalid, a.error().message);
    if (tx.exec_prepared("client_delete", s(a->id), caller.claims.orgId).empty())
        return rejected(m.id, reason::kNotFound, trServer("The client does not exist on the server."));
    tx.exec_prepared("tombstone", "client", s(a->id), caller.claims.orgId);
    return applied(m.id);
}
} // namespace

bool isSlotCollision(const pqxx::sql_error &e)
{
    return e.sqlstate() == kExclusionViolation;
}

MutationAudit auditFor(const protocol::Mutation &m)
{
    MutationAudit a;
    a.action = s(m.name);
    if (const auto *rule = protocol::recordMutationRule(m.name))
        a.entity = s(rule->kinds.first());
    else
        a.entity = m.name.contains(u"client") ? "client" : "appointment";
    a.entityId = s(m.args.value(u"id").toString());
    return a;
}

MutationResult applyMutation(Context &ctx, pqxx::transaction_base &tx, const Caller &caller,
                             const protocol::Mutation &m, CollisionMode mode)
{
    if (!roleAllows(caller.role, permissionFor(m.name)))
        return rejected(
            m.id, reason::kNotPermitted,
            trServer("Your role (%1) may not do \"%2\"; ask a clinic manager.").arg(roleKey(caller.role), m.name));
    MutationResult r;
    if (m.name == u"book_appointment")
        r = book(tx, mode, caller, m);
    else if (m.name == u"create_client")
        r = createClient(tx, caller, m);
    else if (m.name == u"update_client_fields")
        r = updateClientFields(ctx, tx, caller, m);
    else if (m.name == u"delete_client")
        r = deleteClient(tx, caller, m);
    else if (m.name == u"merge_clients" || m.name == u"unmerge_clients")
        r = applyClientMerge(ctx, tx, caller, m);
    else if (protocol::recordMutationRule(m.name))
        r = applyRecords(tx, caller, m);
    else
        r = changeAppointment(tx, mode, caller, m);
    return r;
}

} // namespace msp::server
