#include "clientmerge.h"

#include "answerlanguage.h"
#include "context.h"
#include "domain/client.h"
#include "protocol/mergeclientsargs.h"

#include <QCoreApplication>
#include <QJsonDocument>

#include <pqxx/pqxx>

namespace msp::server {

using protocol::MutationOutcome;
using protocol::MutationResult;
namespace reason = protocol::reason;

namespace {
MutationResult rejected(qint64 id, QStringView why, const QString &message)
{
    MutationResult r;
    r.id = id;
    r.outcome = MutationOutcome::Rejected;
    r.reason = why.toString();
    r.message = message;
    return r;
}

std::string s(const QString &q)
{
    return q.toStdString();
}

std::string text(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

// The three-way field merge of update_client_fields: a field still at the
// value the device saw takes the new one; a concurrent change of a contact
// field resolves to this (later) one; of a protected field, it becomes a
// conflict and the server value stays. Returns the number of conflicts.
int applyChanges(pqxx::transaction_base &tx, const Caller &caller, const QString &clientId, QJsonObject &fields,
                 const QMap<QString, protocol::FieldChange> &changes)
{
    int conflicts = 0;
    for (auto it = changes.cbegin(); it != changes.cend(); ++it) {
        const QString current = fields.value(it.key()).toString();
        if (current == it->newValue)
            continue;
        if (current != it->oldValue && isProtectedClientField(it.key())) {
            tx.exec_prepared("conflict_add", caller.claims.orgId, s(clientId), s(it.key()), s(current), s(it->newValue),
                             s(it->oldValue), caller.claims.deviceId);
            ++conflicts;
            continue;
        }
        fields.insert(it.key(), it->newValue);
    }
    return conflicts;
}

std::optional<QJsonObject> fieldsOf(pqxx::transaction_base &tx, const Caller &caller, const QString &id)
{
    const auto rows = tx.exec_prepared("client_fields", s(id), caller.claims.orgId);
    if (rows.empty())
        return std::nullopt;
    return QJsonDocument::fromJson(QByteArray::fromStdString(rows[0][0].as<std::string>())).object();
}
} // namespace

void prepareClientMergeStatements(pqxx::connection_base &c)
{
    c.prepare("merge_move_appointments",
              "UPDATE appointments SET client_id = $3 WHERE org_id = $1 AND client_id = $2 RETURNING 1");
    c.prepare("merge_move_appointment",
              "UPDATE appointments SET client_id = $4 WHERE org_id = $1 AND id = $2 AND client_id = $3");
}

MutationResult applyClientMerge(Context &ctx, pqxx::transaction_base &tx, const Caller &caller,
                                const protocol::Mutation &m)
{
    auto a = protocol::mergeClientsFromJson(m.args);
    if (!a)
        return rejected(m.id, reason::kInvalid, a.error().message);
    const bool undo = m.name == u"unmerge_clients";
    // Both rows locked, in id order so two merges of the same pair cannot deadlock.
    const bool keptFirst = a->id < a->mergedId;
    auto first = fieldsOf(tx, caller, keptFirst ? a->id : a->mergedId);
    auto second = fieldsOf(tx, caller, keptFirst ? a->mergedId : a->id);
    if (!first || !second)
        return rejected(m.id, reason::kNotFound, trServer("One of the two clients does not exist on the server."));
    QJsonObject kept = keptFirst ? *first : *second;
    QJsonObject merged = keptFirst ? *second : *first;
    const QString mergedInto = merged.value(protocol::kMergedIntoField).toString();
    const QString keptInto = kept.value(protocol::kMergedIntoField).toString();

    MutationResult r;
    r.id = m.id;
    if (!undo) {
        if (mergedInto == a->id)
            return r; // merged already (by another device): nothing more to do
        if (!mergedInto.isEmpty() || !keptInto.isEmpty())
            return rejected(m.id, reason::kInvalid,
                            trServer("One of these clients was merged into another client on another device; "
                                     "scan for duplicates again."));
        merged.insert(protocol::kMergedIntoField, a->id);
        const int moved
            = int(tx.exec_prepared("merge_move_appointments", caller.claims.orgId, s(a->mergedId), s(a->id)).size());
        ctx.log.info("clients_merged", {{"client_id", s(a->id)}, {"appointments", std::to_string(moved)}});
    } else {
        if (mergedInto.isEmpty())
            return r; // undone already
        if (mergedInto != a->id)
            return rejected(m.id, reason::kInvalid,
                            trServer("The client was merged into a different client; nothing was undone."));
        merged.remove(protocol::kMergedIntoField);
        for (const QString &appointment : std::as_const(a->appointmentIds))
            tx.exec_prepared("merge_move_appointment", caller.claims.orgId, s(appointment), s(a->id), s(a->mergedId));
    }
    const int conflicts = applyChanges(tx, caller, a->id, kept, a->changes);
    tx.exec_prepared("client_set_fields", s(a->id), caller.claims.orgId, text(kept));
    tx.exec_prepared("client_set_fields", s(a->mergedId), caller.claims.orgId, text(merged));
    if (conflicts)
        r.message = trServerN("%n protected field(s) changed on another device too; see Needs attention.", conflicts);
    return r;
}

} // namespace msp::server
