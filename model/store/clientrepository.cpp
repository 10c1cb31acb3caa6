#include "store/clientrepository.h"

#include "store/auditlog.h"
#include "store/clientrow.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/permissions.h"
#include "store/query.h"
#include "store/searchindex.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <algorithm>

namespace msp::store {

namespace {

// Reads docids in ascending order until `limit` are read and the bucket of
// the last one is complete. Every later docid is in a later bucket, so its
// client sorts after all of these; the first `limit` of them in exact order
// are the answer.
Result<QList<qint64>> firstInNameOrder(Query &q, int limit)
{
    QList<qint64> out;
    qint64 lastBucket = -1;
    while (true) {
        auto row = q.next();
        if (!row)
            return row.error();
        if (!*row)
            return out;
        const qint64 docid = q.int64(0);
        const qint64 bucket = docid >> kDocidUniqueBits;
        if (limit >= 0 && out.size() >= limit && bucket != lastBucket)
            return out;
        out.append(docid);
        lastBucket = bucket;
    }
}

} // namespace

Result<Client> ClientRepository::load(const EntityId &id)
{
    static const QByteArray sql = QByteArray(kClientColumns) + " FROM client WHERE id = ?1;";
    auto q = m_db.prepare(sql.constData());
    if (!q)
        return q.error();
    q->bind(1, id);
    auto row = q->next();
    if (!row)
        return row.error();
    if (!*row)
        return Error::make(ErrorCode::NotFound,
                           QCoreApplication::translate("msp::store",
                                                       "This client record no longer exists. It may have been "
                                                       "merged into another record; search for the client again."));
    return readClient(*q);
}

Result<void> ClientRepository::reindex(const Client &c)
{
    auto q = m_db.prepare("SELECT rowid FROM client WHERE id = ?1;");
    if (!q)
        return q.error();
    q->bind(1, c.id);
    auto rowId = scalar(*q);
    if (!rowId)
        return rowId.error();
    return indexClientRow(m_db, *rowId);
}

Result<Client> ClientRepository::create(const Actor &actor, Client client)
{
    MSP_TRY(requirePermission(actor, Permission::EditClients));
    if (client.id.isNull())
        client.id = EntityId::generate();
    client.createdAt = client.updatedAt = QDateTime::currentDateTimeUtc();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto q = m_db.prepare("INSERT INTO client (id, given_name, family_name, preferred_name, date_of_birth, phone, "
                          "email, address, allergies, alerts, notes, marketing_consent, created_at, updated_at) "
                          "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?11,?12,?13,?14);");
    if (!q)
        return q.error();
    MSP_TRY(bindClient(*q, client).run());
    MSP_TRY(reindex(client));
    MSP_TRY(m_audit.append(actor, QStringLiteral("client.create"), QStringLiteral("client"), client.id));
    QJsonObject fields;
    for (const QString &f : changedClientFields(Client {}, client))
        fields.insert(f, clientFieldValue(client, f));
    MSP_TRY(m_outbox.enqueue(QStringLiteral("create_client"), client.id, {{QStringLiteral("fields"), fields}}));
    MSP_TRY(tx->commit());
    return client;
}

Result<QStringList> ClientRepository::update(const Actor &actor, const Client &client)
{
    MSP_TRY(requirePermission(actor, Permission::EditClients));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto before = load(client.id);
    if (!before)
        return before.error();
    const QStringList changed = changedClientFields(*before, client);
    if (changed.isEmpty())
        return changed;
    Client after = client;
    after.createdAt = before->createdAt;
    after.updatedAt = QDateTime::currentDateTimeUtc();
    auto q = m_db.prepare("UPDATE client SET given_name = ?2, family_name = ?3, preferred_name = ?4, "
                          "date_of_birth = ?5, phone = ?6, email = ?7, address = ?8, allergies = ?9, alerts = ?10, "
                          "notes = ?11, marketing_consent = ?12, created_at = ?13, updated_at = ?14 WHERE id = ?1;");
    if (!q)
        return q.error();
    MSP_TRY(bindClient(*q, after).run());
    MSP_TRY(reindex(after));
    MSP_TRY(m_audit.append(actor, QStringLiteral("client.update"), QStringLiteral("client"), client.id,
                           QStringLiteral("fields: ") + changed.join(u',')));
    // The mutation carries old and new value of each field, so the server can
    // merge field by field (ARCHITECTURE.md, "Client records").
    QJsonObject changes;
    for (const QString &f : changed)
        changes.insert(f,
                       QJsonObject {{QStringLiteral("old"), clientFieldValue(*before, f)},
                                    {QStringLiteral("new"), clientFieldValue(after, f)}});
    MSP_TRY(
        m_outbox.enqueue(QStringLiteral("update_client_fields"), client.id, {{QStringLiteral("changes"), changes}}));
    MSP_TRY(tx->commit());
    return changed;
}

Result<Client> ClientRepository::open(const Actor &actor, const EntityId &id)
{
    MSP_TRY(requirePermission(actor, Permission::ViewClients));
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto client = load(id);
    if (!client)
        return client.error();
    MSP_TRY(m_audit.append(actor, QStringLiteral("client.view"), QStringLiteral("client"), id));
    MSP_TRY(tx->commit());
    return client;
}

Result<QList<ClientSummary>> ClientRepository::search(QStringView typed, int limit)
{
    // Docids are minted in name order (searchindex.h), so both the full list
    // and the FTS matches arrive nearly sorted: only the first `limit` and
    // their bucket's ties are read and ordered exactly, however many match.
    const QString expr = searchExpression(typed);
    auto stream = expr.isEmpty()
        ? m_db.prepare("SELECT search_docid FROM client WHERE search_docid IS NOT NULL ORDER BY search_docid;")
        : m_db.prepare("SELECT docid FROM client_search WHERE client_search MATCH ?1 ORDER BY docid;");
    if (!stream)
        return stream.error();
    if (!expr.isEmpty())
        stream->bind(1, expr);
    auto docids = firstInNameOrder(*stream, limit);
    if (!docids)
        return docids.error();

    struct Found {
        ClientSummary summary;
        QString sortKey;
        QString id;
    };
    QList<Found> found;
    found.reserve(docids->size());
    for (qint64 docid : *docids) {
        // One cached statement, reset by each Query going out of scope.
        auto q = m_db.prepare("SELECT id, given_name, family_name, preferred_name, phone, email, date_of_birth, "
                              "search_sort FROM client WHERE search_docid = ?1;");
        if (!q)
            return q.error();
        q->bind(1, docid);
        auto row = q->next();
        if (!row)
            return row.error();
        if (!*row)
            continue;
        ClientSummary s;
        s.id = q->id(0);
        const QString preferred = q->text(3);
        s.legalName = q->text(1) + u' ' + q->text(2);
        s.displayName = (preferred.isEmpty() ? q->text(1) : preferred) + u' ' + q->text(2);
        s.phone = Phone::parseOptional(q->text(4), u"").valueOr({}).toDisplayString();
        s.email = q->text(5);
        s.dateOfBirth = QDate::fromString(q->text(6), Qt::ISODate);
        found.append({s, q->text(7), q->text(0)});
    }
    std::sort(found.begin(), found.end(), [](const Found &a, const Found &b) {
        const int byName = a.sortKey.compare(b.sortKey);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    QList<ClientSummary> out;
    for (const Found &f : found) {
        if (limit >= 0 && out.size() >= limit)
            break;
        out.append(f.summary);
    }
    return out;
}

Result<void> ClientRepository::displayNames(const QList<EntityId> &ids, QHash<EntityId, QString> &names)
{
    for (const EntityId &id : ids) {
        auto q = m_db.prepare("SELECT given_name, family_name, preferred_name FROM client WHERE id = ?1;");
        if (!q)
            return q.error();
        q->bind(1, id);
        auto row = q->next();
        if (!row)
            return row.error();
        if (!*row)
            continue;
        const QString preferred = q->text(2);
        names.insert(id, (preferred.isEmpty() ? q->text(0) : preferred) + u' ' + q->text(1));
    }
    return ok();
}

Result<qint64> ClientRepository::count()
{
    auto q = m_db.prepare("SELECT count(*) FROM client WHERE merged_into IS NULL;");
    if (!q)
        return q.error();
    return scalar(*q);
}

} // namespace msp::store
