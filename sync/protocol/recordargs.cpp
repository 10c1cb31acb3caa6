#include "protocol/recordargs.h"

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

Result<QString> uuid(const QJsonObject &o, QStringView key)
{
    auto s = json::requireString(o, key);
    MSP_TRY(s);
    if (QUuid::fromString(*s).isNull())
        return Error::invalid(key.toString(), tr("The field \"%1\" must be a UUID.").arg(key));
    return s->toLower();
}
} // namespace

const QList<RecordMutationRule> &recordMutationRules()
{
    const auto invoice
        = QStringList {QStringLiteral("invoice"), QStringLiteral("invoice_line"), QStringLiteral("tender_line")};
    static const QList<RecordMutationRule> rules {
        {QStringLiteral("create_invoice"), invoice},
        {QStringLiteral("add_tender"), invoice},
        {QStringLiteral("set_invoice_status"), invoice},
        {QStringLiteral("record_payment"),
         invoice + QStringList {QStringLiteral("payment"), QStringLiteral("deposit")}},
        {QStringLiteral("record_refund"), invoice + QStringList {QStringLiteral("refund")}},
        {QStringLiteral("record_deposit"), invoice + QStringList {QStringLiteral("deposit")}},
        {QStringLiteral("forfeit_deposit"), invoice + QStringList {QStringLiteral("deposit")}},
        {QStringLiteral("create_series"), {QStringLiteral("appointment_series")}},
        {QStringLiteral("add_waitlist_entry"), {QStringLiteral("waitlist_entry")}},
        {QStringLiteral("set_waitlist_status"), {QStringLiteral("waitlist_entry")}},
        {QStringLiteral("save_clinic"), {QStringLiteral("clinic")}},
        {QStringLiteral("save_location"), {QStringLiteral("location")}},
        {QStringLiteral("save_room"), {QStringLiteral("room")}},
        {QStringLiteral("save_device"), {QStringLiteral("device")}},
        {QStringLiteral("save_practitioner"), {QStringLiteral("practitioner")}},
        {QStringLiteral("save_service"), {QStringLiteral("service")}},
        {QStringLiteral("save_checkout_policy"), {QStringLiteral("checkout_policy")}},
        {QStringLiteral("import_reconcile_file"),
         {QStringLiteral("reconcile_import"), QStringLiteral("reconcile_row")}},
        {QStringLiteral("record_reconcile_decision"), {QStringLiteral("reconcile_decision")}},
        {QStringLiteral("undo_reconcile_decision"), {QStringLiteral("reconcile_decision")}},
        // A client merge's journal (so any device can show and undo it) and
        // the rows it re-pointed that are not appointments (the server moves
        // those itself with merge_clients).
        {QStringLiteral("save_client_merge"),
         {QStringLiteral("client_merge"), QStringLiteral("invoice"), QStringLiteral("deposit"),
          QStringLiteral("waitlist_entry"), QStringLiteral("appointment_series")}},
    };
    return rules;
}

const QStringList &recordMutationNames()
{
    static const QStringList names = [] {
        QStringList out;
        for (const RecordMutationRule &r : recordMutationRules())
            out.append(r.name);
        return out;
    }();
    return names;
}

const RecordMutationRule *recordMutationRule(QStringView name)
{
    for (const RecordMutationRule &r : recordMutationRules())
        if (r.name == name)
            return &r;
    return nullptr;
}

QJsonObject toJson(const PutRecordsArgs &a)
{
    QJsonArray rows;
    for (const RecordRow &r : a.records)
        rows.append(QJsonObject {
            {QStringLiteral("kind"), r.kind}, {QStringLiteral("id"), r.id}, {QStringLiteral("data"), r.data}});
    return {{QStringLiteral("id"), a.id}, {QStringLiteral("records"), rows}};
}

Result<PutRecordsArgs> putRecordsFromJson(const QJsonObject &o)
{
    PutRecordsArgs a;
    auto id = uuid(o, u"id");
    MSP_TRY(id);
    a.id = *id;
    auto rows = json::requireArray(o, u"records");
    MSP_TRY(rows);
    if (rows->size() > kMaxRecordsPerMutation)
        return Error::invalid(QStringLiteral("records"),
                              tr("One change may carry at most %1 rows.").arg(kMaxRecordsPerMutation));
    a.records.reserve(rows->size());
    for (const QJsonValue &v : std::as_const(*rows)) {
        if (!v.isObject())
            return Error::invalid(QStringLiteral("records"), tr("Each record must be a JSON object."));
        const QJsonObject r = v.toObject();
        auto kind = json::requireString(r, u"kind");
        MSP_TRY(kind);
        auto rowId = uuid(r, u"id");
        MSP_TRY(rowId);
        auto data = json::requireObject(r, u"data");
        MSP_TRY(data);
        a.records.append({*kind, *rowId, *data});
    }
    return a;
}

} // namespace msp::protocol
