#include "scheduling/waitlistrepository.h"

#include "store/auditlog.h"
#include "store/clinicstore.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/permissions.h"
#include "store/query.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace msp::scheduling {

namespace {
QString joinIds(const QList<EntityId> &ids)
{
    QStringList parts;
    for (const EntityId &id : ids)
        parts.append(id.toString());
    return parts.join(u',');
}
} // namespace

Result<WaitlistEntry> WaitlistRepository::add(const Actor &actor, WaitlistEntry e)
{
    MSP_TRY(store::requirePermission(actor, Permission::Book));
    if (e.clientId.isNull() || e.serviceId.isNull())
        return Error::invalid(
            QStringLiteral("service"),
            QCoreApplication::translate("msp::scheduling", "Choose the client and the service they are waiting for."));
    if (e.id.isNull())
        e.id = EntityId::generate();
    if (!e.createdAt.isValid())
        e.createdAt = QDateTime::currentDateTimeUtc();
    e.status = QStringLiteral("waiting");
    auto tx = store::Transaction::begin(m_store.database());
    if (!tx)
        return tx.error();
    auto q = m_store.database().prepare(
        "INSERT INTO waitlist_entry (id, client_id, service_id, practitioner_ids, windows, note, created_at, status) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8);");
    if (!q)
        return q.error();
    MSP_TRY(q->bind(1, e.id)
                .bind(2, e.clientId)
                .bind(3, e.serviceId)
                .bind(4, joinIds(e.practitionerIds))
                .bind(5, windowsToJson(e.windows))
                .bind(6, e.note)
                .bind(7, e.createdAt)
                .bind(8, e.status)
                .run());
    MSP_TRY(m_store.audit().append(actor, QStringLiteral("waitlist.add"), QStringLiteral("waitlist_entry"), e.id));
    QJsonArray practitioners;
    for (const EntityId &p : e.practitionerIds)
        practitioners.append(p.toString());
    auto m = m_store.outbox().enqueue(QStringLiteral("add_waitlist_entry"), e.id,
                                      {{QStringLiteral("client_id"), e.clientId.toString()},
                                       {QStringLiteral("service_id"), e.serviceId.toString()},
                                       {QStringLiteral("practitioner_ids"), practitioners},
                                       {QStringLiteral("windows"), windowsToJson(e.windows)}});
    if (!m)
        return m.error();
    MSP_TRY(tx->commit());
    return e;
}

Result<QList<WaitlistEntry>> WaitlistRepository::waiting(const EntityId &serviceId)
{
    auto q = m_store.database().prepare(
        "SELECT id, client_id, service_id, practitioner_ids, windows, note, created_at, status FROM waitlist_entry "
        "WHERE status = 'waiting' AND (?1 IS NULL OR service_id = ?1) ORDER BY created_at, id;");
    if (!q)
        return q.error();
    q->bind(1, serviceId);
    return store::collectRows<WaitlistEntry>(*q, [](const store::Query &r) {
        WaitlistEntry e;
        e.id = r.id(0);
        e.clientId = r.id(1);
        e.serviceId = r.id(2);
        for (const QString &part : r.text(3).split(u',', Qt::SkipEmptyParts))
            e.practitionerIds.append(EntityId::fromString(part));
        e.windows = windowsFromJson(r.text(4));
        e.note = r.text(5);
        e.createdAt = r.dateTime(6);
        e.status = r.text(7);
        return e;
    });
}

Result<void> WaitlistRepository::setStatus(const Actor &actor, const EntityId &id, const QString &status)
{
    MSP_TRY(store::requirePermission(actor, Permission::Book));
    if (status != u"waiting" && status != u"booked" && status != u"removed")
        return Error::invalid(QStringLiteral("status"),
                              QCoreApplication::translate("msp::scheduling", "Unknown waitlist status."));
    auto tx = store::Transaction::begin(m_store.database());
    if (!tx)
        return tx.error();
    auto q = m_store.database().prepare("UPDATE waitlist_entry SET status = ?2 WHERE id = ?1;");
    if (!q)
        return q.error();
    MSP_TRY(q->bind(1, id).bind(2, status).run());
    if (m_store.database().changes() == 0)
        return Error::make(ErrorCode::NotFound,
                           QCoreApplication::translate("msp::scheduling", "This waitlist entry no longer exists."));
    MSP_TRY(
        m_store.audit().append(actor, QStringLiteral("waitlist.status"), QStringLiteral("waitlist_entry"), id, status));
    auto m = m_store.outbox().enqueue(QStringLiteral("set_waitlist_status"), id, {{QStringLiteral("status"), status}});
    if (!m)
        return m.error();
    return tx->commit();
}

} // namespace msp::scheduling
