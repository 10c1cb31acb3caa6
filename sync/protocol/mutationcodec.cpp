#include "protocol/jsonread.h"
#include "protocol/mutation.h"
#include "protocol/recordargs.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace msp::protocol {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("msp::protocol", text);
}

// A batch larger than this is split by the client; it bounds the time one
// request holds a worker.
constexpr qsizetype kMaxBatch = 500;
} // namespace

const QStringList &knownMutationNames()
{
    static const QStringList names = QStringList {
        QStringLiteral("book_appointment"),       QStringLiteral("cancel_appointment"),
        QStringLiteral("reschedule_appointment"), QStringLiteral("set_appointment_status"),
        QStringLiteral("create_client"),          QStringLiteral("update_client_fields"),
        QStringLiteral("delete_client"),          QStringLiteral("merge_clients"),
        QStringLiteral("unmerge_clients"),
    } + recordMutationNames();
    return names;
}

QByteArray encodePushRequest(const PushRequest &r)
{
    QJsonArray list;
    for (const auto &m : r.mutations)
        list.append(QJsonObject {
            {QStringLiteral("id"), m.id}, {QStringLiteral("name"), m.name}, {QStringLiteral("args"), m.args}});
    return QJsonDocument(QJsonObject {{QStringLiteral("mutations"), list}}).toJson(QJsonDocument::Compact);
}

Result<PushRequest> decodePushRequest(const QByteArray &json)
{
    auto root = json::parseObject(json);
    MSP_TRY(root);
    auto list = json::requireArray(*root, u"mutations");
    MSP_TRY(list);
    if (list->size() > kMaxBatch)
        return Error::invalid(QStringLiteral("mutations"),
                              tr("A push holds at most %1 mutations; split the batch.").arg(kMaxBatch));
    PushRequest r;
    qint64 previous = 0;
    for (qsizetype i = 0; i < list->size(); ++i) {
        const auto item = list->at(i);
        const QString where = QStringLiteral("mutations[%1]").arg(i);
        if (!item.isObject())
            return Error::invalid(where, tr("Each mutation must be a JSON object."));
        const auto o = item.toObject();
        auto id = json::requireInt(o, u"id");
        if (!id)
            return Error::invalid(where + QStringLiteral(".id"), id.error().message);
        if (*id <= 0 || (previous && *id != previous + 1))
            return Error::invalid(where + QStringLiteral(".id"),
                                  tr("Mutation ids must be positive and consecutive within a batch."));
        auto name = json::requireString(o, u"name");
        if (!name)
            return Error::invalid(where + QStringLiteral(".name"), name.error().message);
        if (!knownMutationNames().contains(*name))
            return Error::invalid(where + QStringLiteral(".name"),
                                  tr("Unknown mutation \"%1\"; update the server or the app.").arg(*name));
        auto args = json::requireObject(o, u"args");
        if (!args)
            return Error::invalid(where + QStringLiteral(".args"), args.error().message);
        r.mutations.append(Mutation {*id, *name, *args});
        previous = *id;
    }
    return r;
}

QJsonObject mutationResultToJson(const MutationResult &r)
{
    QJsonObject o {{QStringLiteral("id"), r.id},
                   {QStringLiteral("outcome"),
                    r.outcome == MutationOutcome::Applied ? QStringLiteral("applied") : QStringLiteral("rejected")}};
    if (!r.reason.isEmpty())
        o.insert(QStringLiteral("reason"), r.reason);
    if (!r.message.isEmpty())
        o.insert(QStringLiteral("message"), r.message);
    if (!r.conflictingBooking.isEmpty())
        o.insert(QStringLiteral("conflicting_booking"), r.conflictingBooking);
    if (!r.nextFreeSlots.isEmpty()) {
        QJsonArray slots;
        for (const auto &s : r.nextFreeSlots)
            slots.append(QJsonObject {{QStringLiteral("start"), s.start}, {QStringLiteral("end"), s.end}});
        o.insert(QStringLiteral("next_free_slots"), slots);
    }
    return o;
}

Result<MutationResult> mutationResultFromJson(const QJsonObject &o)
{
    MutationResult r;
    auto id = json::requireInt(o, u"id");
    MSP_TRY(id);
    r.id = *id;
    auto outcome = json::requireString(o, u"outcome");
    MSP_TRY(outcome);
    if (*outcome == u"applied")
        r.outcome = MutationOutcome::Applied;
    else if (*outcome == u"rejected")
        r.outcome = MutationOutcome::Rejected;
    else
        return Error::invalid(QStringLiteral("outcome"), tr("The outcome must be \"applied\" or \"rejected\"."));
    auto reasonText = json::optionalString(o, u"reason");
    MSP_TRY(reasonText);
    r.reason = *reasonText;
    if (r.outcome == MutationOutcome::Rejected && r.reason.isEmpty())
        return Error::invalid(QStringLiteral("reason"), tr("A rejected mutation must carry a reason."));
    auto message = json::optionalString(o, u"message");
    MSP_TRY(message);
    r.message = *message;
    if (o.contains(u"conflicting_booking")) {
        auto booking = json::requireObject(o, u"conflicting_booking");
        MSP_TRY(booking);
        r.conflictingBooking = *booking;
    }
    if (o.contains(u"next_free_slots")) {
        auto slots = json::requireArray(o, u"next_free_slots");
        MSP_TRY(slots);
        for (const auto &s : *slots) {
            if (!s.isObject())
                return Error::invalid(QStringLiteral("next_free_slots"), tr("Each free slot must be an object."));
            auto start = json::requireString(s.toObject(), u"start");
            MSP_TRY(start);
            auto end = json::requireString(s.toObject(), u"end");
            MSP_TRY(end);
            r.nextFreeSlots.append(FreeSlot {*start, *end});
        }
    }
    return r;
}

QByteArray encodePushResponse(const PushResponse &r)
{
    QJsonArray results;
    for (const auto &m : r.results)
        results.append(mutationResultToJson(m));
    return QJsonDocument(QJsonObject {{QStringLiteral("results"), results},
                                      {QStringLiteral("last_mutation_id"), r.lastMutationId}})
        .toJson(QJsonDocument::Compact);
}

Result<PushResponse> decodePushResponse(const QByteArray &json)
{
    auto root = json::parseObject(json);
    MSP_TRY(root);
    auto list = json::requireArray(*root, u"results");
    MSP_TRY(list);
    auto last = json::requireInt(*root, u"last_mutation_id");
    MSP_TRY(last);
    PushResponse r;
    r.lastMutationId = *last;
    for (const auto &item : *list) {
        if (!item.isObject())
            return Error::invalid(QStringLiteral("results"), tr("Each result must be a JSON object."));
        auto m = mutationResultFromJson(item.toObject());
        MSP_TRY(m);
        r.results.append(*m);
    }
    return r;
}

} // namespace msp::protocol
