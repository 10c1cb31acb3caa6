#include "store/recordrows.h"

#include "store/database.h"
#include "store/query.h"
#include "store/settingstore.h"
#include "store/upsert.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace msp::store {

namespace {
const QString kPolicyKind = QStringLiteral("checkout_policy");
const QString kPolicySetting = QStringLiteral("checkout.policy");
// Set on rows another device made (payments and refunds this device must
// not try to settle with Stripe itself); never sent.
const QString kReplicatedColumn = QStringLiteral("replicated");

QString tr(const char *text)
{
    return QCoreApplication::translate("msp::store::RecordRows", text);
}

const QStringList &recordKinds()
{
    static const QStringList kinds {QStringLiteral("invoice"),
                                    QStringLiteral("invoice_line"),
                                    QStringLiteral("tender_line"),
                                    QStringLiteral("payment"),
                                    QStringLiteral("refund"),
                                    QStringLiteral("deposit"),
                                    QStringLiteral("appointment_series"),
                                    QStringLiteral("waitlist_entry"),
                                    QStringLiteral("practitioner"),
                                    QStringLiteral("service"),
                                    kPolicyKind,
                                    QStringLiteral("reconcile_import"),
                                    QStringLiteral("reconcile_row"),
                                    QStringLiteral("reconcile_decision"),
                                    QStringLiteral("client_merge")};
    return kinds;
}

// `SELECT *` of one table by one column; the kind and column come from the
// code, never from data.
Result<void> readRows(Database &db, const QString &kind, const char *column, const EntityId &key, QList<RecordRow> &out)
{
    const QByteArray sql = "SELECT * FROM " + kind.toLatin1() + " WHERE " + column + " = ?1 ORDER BY id;";
    auto q = db.prepare(sql.constData());
    if (!q)
        return q.error();
    q->bind(1, key);
    while (true) {
        auto row = q->next();
        if (!row)
            return row.error();
        if (!*row)
            return ok();
        QJsonObject data;
        for (int c = 0; c < q->columnCount(); ++c) {
            const QString name = q->columnName(c);
            if (name != kReplicatedColumn)
                data.insert(name, q->jsonValue(c));
        }
        out.append({kind, EntityId::fromString(data.value(QStringLiteral("id")).toString()), data});
    }
}

Result<EntityId> idColumn(Database &db, const char *sql, const EntityId &key)
{
    auto q = db.prepare(sql);
    if (!q)
        return q.error();
    q->bind(1, key);
    auto row = q->next();
    if (!row)
        return row.error();
    return *row ? q->id(0) : EntityId();
}

Result<void> readInvoice(Database &db, const EntityId &invoiceId, QList<RecordRow> &out)
{
    if (invoiceId.isNull())
        return ok();
    MSP_TRY(readRows(db, QStringLiteral("invoice"), "id", invoiceId, out));
    MSP_TRY(readRows(db, QStringLiteral("invoice_line"), "invoice_id", invoiceId, out));
    return readRows(db, QStringLiteral("tender_line"), "invoice_id", invoiceId, out);
}

Result<QJsonArray> idList(Database &db, const char *sql, const EntityId &key)
{
    auto q = db.prepare(sql);
    if (!q)
        return q.error();
    q->bind(1, key);
    QJsonArray out;
    while (true) {
        auto row = q->next();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        if (q->columnCount() == 1)
            out.append(q->text(0));
        else
            out.append(QJsonObject {{QStringLiteral("id"), q->text(0)}, {q->columnName(1), q->jsonValue(1)}});
    }
}

// A client merge's journal row and the rows it lists as moved, as they are
// now: after the merge they name the kept client, after its undo the merged
// one again. Appointments are left out: merge_clients moves them on the
// server.
Result<void> readClientMerge(Database &db, const EntityId &mergeId, QList<RecordRow> &out)
{
    MSP_TRY(readRows(db, QStringLiteral("client_merge"), "id", mergeId, out));
    if (out.isEmpty())
        return ok();
    const QJsonObject moved
        = QJsonDocument::fromJson(out.first().data.value(QStringLiteral("moved")).toString().toUtf8()).object();
    for (const char *table : {"invoice", "deposit", "waitlist_entry", "appointment_series"})
        for (const QJsonValue &rowId : moved.value(QLatin1String(table)).toArray())
            MSP_TRY(readRows(db, QLatin1String(table), "id", EntityId::fromString(rowId.toString()), out));
    return ok();
}

void bindJson(Query &q, int index, const QJsonValue &v)
{
    if (v.isNull() || v.isUndefined())
        q.bindNull(index);
    else if (v.isBool())
        q.bind(index, v.toBool());
    else if (v.isDouble()) {
        const double d = v.toDouble();
        const qint64 i = v.toInteger();
        if (double(i) == d)
            q.bind(index, i);
        else
            q.bind(index, QString::number(d, 'g', 17)); // numeric text: the column's affinity makes it a REAL
    } else if (v.isString())
        q.bind(index, v.toString());
    else
        q.bind(index, QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact)));
}
} // namespace

bool isRecordMutation(const QString &name)
{
    static const QStringList names {QStringLiteral("create_invoice"),
                                    QStringLiteral("add_tender"),
                                    QStringLiteral("set_invoice_status"),
                                    QStringLiteral("record_payment"),
                                    QStringLiteral("record_refund"),
                                    QStringLiteral("record_deposit"),
                                    QStringLiteral("forfeit_deposit"),
                                    QStringLiteral("create_series"),
                                    QStringLiteral("add_waitlist_entry"),
                                    QStringLiteral("set_waitlist_status"),
                                    QStringLiteral("save_practitioner"),
                                    QStringLiteral("save_service"),
                                    QStringLiteral("save_checkout_policy"),
                                    QStringLiteral("import_reconcile_file"),
                                    QStringLiteral("record_reconcile_decision"),
                                    QStringLiteral("undo_reconcile_decision"),
                                    QStringLiteral("save_clinic"),
                                    QStringLiteral("save_location"),
                                    QStringLiteral("save_room"),
                                    QStringLiteral("save_device"),
                                    QStringLiteral("save_client_merge")};
    return names.contains(name);
}

Result<QList<RecordRow>> recordRowsFor(Database &db, const QString &name, const EntityId &id)
{
    QList<RecordRow> out;
    if (name == u"create_invoice" || name == u"add_tender" || name == u"set_invoice_status") {
        MSP_TRY(readInvoice(db, id, out));
    } else if (name == u"record_payment") {
        MSP_TRY(readRows(db, QStringLiteral("payment"), "id", id, out));
        auto invoice = idColumn(db, "SELECT invoice_id FROM payment WHERE id = ?1;", id);
        if (!invoice)
            return invoice.error();
        MSP_TRY(readInvoice(db, *invoice, out));
        MSP_TRY(readRows(db, QStringLiteral("deposit"), "id", id, out)); // a deposit taken by card
    } else if (name == u"record_refund") {
        MSP_TRY(readRows(db, QStringLiteral("refund"), "id", id, out));
        auto invoice = idColumn(db, "SELECT invoice_id FROM refund WHERE id = ?1;", id);
        if (!invoice)
            return invoice.error();
        MSP_TRY(readInvoice(db, *invoice, out));
    } else if (name == u"record_deposit" || name == u"forfeit_deposit") {
        MSP_TRY(readRows(db, QStringLiteral("deposit"), "id", id, out));
        auto invoice = idColumn(db, "SELECT invoice_id FROM deposit WHERE id = ?1;", id);
        if (!invoice)
            return invoice.error();
        MSP_TRY(readInvoice(db, *invoice, out));
    } else if (name == u"create_series") {
        MSP_TRY(readRows(db, QStringLiteral("appointment_series"), "id", id, out));
        auto occurrences = idList(
            db, "SELECT id, recurrence_id_utc FROM appointment WHERE series_id = ?1 ORDER BY recurrence_id_utc;", id);
        if (!occurrences)
            return occurrences.error();
        if (!out.isEmpty())
            out.first().data.insert(QStringLiteral("occurrences"), *occurrences);
    } else if (name == u"add_waitlist_entry" || name == u"set_waitlist_status") {
        MSP_TRY(readRows(db, QStringLiteral("waitlist_entry"), "id", id, out));
    } else if (name == u"save_practitioner") {
        MSP_TRY(readRows(db, QStringLiteral("practitioner"), "id", id, out));
        auto services = idList(
            db, "SELECT service_id FROM practitioner_service WHERE practitioner_id = ?1 ORDER BY service_id;", id);
        if (!services)
            return services.error();
        if (!out.isEmpty())
            out.first().data.insert(QStringLiteral("services"), *services);
    } else if (name == u"save_service" || name == u"save_clinic" || name == u"save_location" || name == u"save_room"
               || name == u"save_device") {
        MSP_TRY(readRows(db, name.mid(5), "id", id, out)); // the table is the name after "save_"
    } else if (name == u"save_checkout_policy") {
        auto policy = readSetting(db, kPolicySetting, QStringLiteral("{}"));
        if (!policy)
            return policy.error();
        out.append({kPolicyKind, id, {{QStringLiteral("policy"), QJsonDocument::fromJson(policy->toUtf8()).object()}}});
    } else if (name == u"import_reconcile_file") {
        MSP_TRY(readRows(db, QStringLiteral("reconcile_import"), "id", id, out));
        MSP_TRY(readRows(db, QStringLiteral("reconcile_row"), "import_id", id, out));
    } else if (name == u"record_reconcile_decision" || name == u"undo_reconcile_decision") {
        MSP_TRY(readRows(db, QStringLiteral("reconcile_decision"), "id", id, out));
    } else if (name == u"save_client_merge") {
        MSP_TRY(readClientMerge(db, id, out));
    } else {
        return Error::make(ErrorCode::Invalid, tr("The change \"%1\" is not a record change.").arg(name));
    }
    return out;
}

Result<QSet<QString>> unsentRecordOwners(Database &db)
{
    auto q = db.prepare(
        "WITH unsent AS (SELECT DISTINCT entity_id AS id FROM outbox WHERE push_id IS NULL OR push_id > 0) "
        "SELECT id FROM unsent "
        "UNION SELECT invoice_id FROM payment WHERE invoice_id IS NOT NULL AND id IN (SELECT id FROM unsent) "
        "UNION SELECT invoice_id FROM refund WHERE id IN (SELECT id FROM unsent) "
        "UNION SELECT invoice_id FROM deposit WHERE invoice_id IS NOT NULL AND id IN (SELECT id FROM unsent);");
    if (!q)
        return q.error();
    QSet<QString> out;
    while (true) {
        auto row = q->next();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        out.insert(q->id(0).toString());
    }
}

QStringList recordOwners(const RecordRow &row)
{
    QStringList out {row.id.toString()};
    for (const char *key : {"invoice_id", "import_id"}) {
        const QString owner = row.data.value(QLatin1String(key)).toString();
        if (!owner.isEmpty())
            out.append(EntityId::fromString(owner).toString());
    }
    return out;
}

bool RecordWriter::isRecordKind(const QString &kind)
{
    return recordKinds().contains(kind);
}

Result<const RecordWriter::Table *> RecordWriter::table(const QString &kind)
{
    if (auto it = m_tables.constFind(kind); it != m_tables.constEnd())
        return &*it;
    Table t;
    {
        const QByteArray sql = "PRAGMA table_info(" + kind.toLatin1() + ");";
        auto q = m_db.prepare(sql.constData());
        if (!q)
            return q.error();
        while (true) {
            auto row = q->next();
            if (!row)
                return row.error();
            if (!*row)
                break;
            t.columns.append(q->text(1));
        }
    }
    {
        const QByteArray sql = "PRAGMA foreign_key_list(" + kind.toLatin1() + ");";
        auto q = m_db.prepare(sql.constData());
        if (!q)
            return q.error();
        while (true) {
            auto row = q->next();
            if (!row)
                return row.error();
            if (!*row)
                break;
            t.references.append({q->text(3), q->text(2), q->isNull(4) ? QStringLiteral("id") : q->text(4)});
        }
    }
    return &*m_tables.insert(kind, t);
}

Result<bool> RecordWriter::referencesExist(const RecordRow &row)
{
    if (row.kind == kPolicyKind)
        return true;
    auto t = table(row.kind);
    if (!t)
        return t.error();
    for (const Reference &r : (*t)->references) {
        const QJsonValue v = row.data.value(r.column);
        if (v.isNull() || v.isUndefined() || (v.isString() && v.toString().isEmpty()))
            continue;
        const QByteArray sql
            = "SELECT EXISTS (SELECT 1 FROM " + r.table.toLatin1() + " WHERE " + r.target.toLatin1() + " = ?1);";
        auto q = m_db.prepare(sql.constData());
        if (!q)
            return q.error();
        bindJson(*q, 1, v);
        auto n = scalar(*q);
        if (!n)
            return n.error();
        if (*n == 0)
            return false;
    }
    return true;
}

Result<bool> RecordWriter::write(const RecordRow &row)
{
    if (row.kind == kPolicyKind) {
        const QString json = QString::fromUtf8(
            QJsonDocument(row.data.value(QStringLiteral("policy")).toObject()).toJson(QJsonDocument::Compact));
        MSP_TRY(writeSetting(m_db, kPolicySetting, json));
        return true;
    }
    auto t = table(row.kind);
    if (!t)
        return t.error();
    QStringList columns;
    for (const QString &c : (*t)->columns)
        if (c != u"id" && c != kReplicatedColumn && row.data.contains(c))
            columns.append(c);
    if (columns.isEmpty())
        return false;
    const QByteArray kind = row.kind.toLatin1();
    QByteArray sets;
    QByteArray differs;
    for (int i = 0; i < columns.size(); ++i) {
        const QByteArray column = columns[i].toLatin1();
        const QByteArray param = "?" + QByteArray::number(i + 2);
        sets += (i ? ", " : "") + column + " = " + param;
        differs += (i ? " OR " : "") + column + " IS NOT " + param;
    }
    // OR IGNORE: a row this schema refuses (a constraint it breaks, such as
    // the same reconciliation row imported on two devices) is skipped rather
    // than failing every page after it. A row equal to ours (our own echo,
    // clinic set-up every device saved alike) is not written at all.
    const QByteArray update = "UPDATE OR IGNORE " + kind + " SET " + sets + " WHERE id = ?1 AND (" + differs + ");";
    const auto bindAll = [&](Query &q) {
        q.bind(1, row.id);
        for (int i = 0; i < columns.size(); ++i)
            bindJson(q, i + 2, row.data.value(columns[i]));
    };
    auto u = m_db.prepare(update.constData());
    if (!u)
        return u.error();
    bindAll(*u);
    MSP_TRY(u->run());
    bool written = m_db.changes() > 0;
    bool present = written;
    if (!written) {
        auto exists = m_db.prepare(QByteArray("SELECT EXISTS (SELECT 1 FROM " + kind + " WHERE id = ?1);").constData());
        if (!exists)
            return exists.error();
        exists->bind(1, row.id);
        auto n = scalar(*exists);
        if (!n)
            return n.error();
        present = *n != 0;
    }
    if (!present) {
        QByteArray names = "id";
        QByteArray params = "?1";
        for (int i = 0; i < columns.size(); ++i) {
            names += ", " + columns[i].toLatin1();
            params += ", ?" + QByteArray::number(i + 2);
        }
        if ((*t)->columns.contains(kReplicatedColumn)) {
            names += ", " + kReplicatedColumn.toLatin1();
            params += ", 1";
        }
        const QByteArray insert = "INSERT OR IGNORE INTO " + kind + " (" + names + ") VALUES (" + params + ");";
        auto i = m_db.prepare(insert.constData());
        if (!i)
            return i.error();
        bindAll(*i);
        MSP_TRY(i->run());
        written = m_db.changes() > 0;
        present = written;
    }
    if (present) // the extras (a practitioner's services, a series' occurrences) may change alone
        MSP_TRY(writeExtras(row));
    if (written && row.kind == u"invoice")
        m_writtenInvoices.insert(row.id.toString());
    else if (written && (row.kind == u"invoice_line" || row.kind == u"tender_line"))
        m_writtenInvoices.insert(row.data.value(QStringLiteral("invoice_id")).toString());
    return present;
}

Result<void> RecordWriter::settleWrittenInvoices()
{
    auto q = m_db.prepare(
        "UPDATE invoice SET status = CASE WHEN "
        "(SELECT coalesce(sum(amount_minor), 0) FROM tender_line WHERE invoice_id = invoice.id) >= "
        "(SELECT coalesce(sum(unit_price_minor * quantity + (unit_price_minor * quantity * tax_basis_points "
        "+ CASE WHEN unit_price_minor * quantity * tax_basis_points >= 0 THEN 5000 ELSE -5000 END) / 10000), 0) "
        "FROM invoice_line WHERE invoice_id = invoice.id) THEN 'paid' ELSE 'open' END "
        "WHERE id = ?1 AND status IN ('open', 'paid');");
    if (!q)
        return q.error();
    for (const QString &id : std::as_const(m_writtenInvoices))
        MSP_TRY(q->bind(1, id).run());
    m_writtenInvoices.clear();
    return ok();
}

Result<void> RecordWriter::writeExtras(const RecordRow &row)
{
    if (row.kind == u"practitioner" && row.data.contains(QStringLiteral("services"))) {
        auto del = m_db.prepare("DELETE FROM practitioner_service WHERE practitioner_id = ?1;");
        if (!del)
            return del.error();
        MSP_TRY(del->bind(1, row.id).run());
        auto add = m_db.prepare("INSERT OR IGNORE INTO practitioner_service (practitioner_id, service_id) "
                                "SELECT ?1, id FROM service WHERE id = ?2;");
        if (!add)
            return add.error();
        for (const QJsonValue &s : row.data.value(QStringLiteral("services")).toArray())
            MSP_TRY(add->bind(1, row.id).bind(2, s.toString()).run());
    }
    if (row.kind == u"appointment_series") {
        auto link = m_db.prepare("UPDATE appointment SET series_id = ?2, recurrence_id_utc = ?3 WHERE id = ?1;");
        if (!link)
            return link.error();
        for (const QJsonValue &v : row.data.value(QStringLiteral("occurrences")).toArray()) {
            const QJsonObject o = v.toObject();
            link->bind(1, o.value(QStringLiteral("id")).toString()).bind(2, row.id);
            bindJson(*link, 3, o.value(QStringLiteral("recurrence_id_utc")));
            MSP_TRY(link->run());
        }
    }
    return ok();
}

} // namespace msp::store
