#include "checkout/refundrepository.h"

#include "checkout/ledger.h"
#include "checkout/refundplan.h"
#include "store/auditlog.h"
#include "store/clinicstore.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/permissions.h"
#include "store/query.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace msp::checkout {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("msp::checkout", text);
}

// Money that is not coming back (a failed card refund) does not count.
QList<PriorRefund> priorOf(const QList<Refund> &refunds)
{
    QList<PriorRefund> prior;
    for (const Refund &r : refunds)
        if (r.status != PaymentStatus::Failed)
            prior.append(PriorRefund {r.tenderLineId, r.amountMinor});
    return prior;
}

// Refunded once every tender has gone back in full and nothing is pending.
Result<void> settleRefundStatus(store::Database &db, const Invoice &inv, const QList<Refund> &refunds)
{
    qint64 done = 0;
    for (const Refund &r : refunds)
        if (r.status == PaymentStatus::Succeeded)
            done += r.amountMinor;
    if (done > 0 && done == inv.paidMinor() && inv.status != InvoiceStatus::Refunded)
        return ledger::setInvoiceStatus(db, inv.id, InvoiceStatus::Refunded);
    return ok();
}
} // namespace

Result<QList<Refund>> RefundRepository::forInvoice(const EntityId &invoiceId)
{
    return select("WHERE invoice_id = ?1 ORDER BY created_at, id;", invoiceId);
}

Result<QList<Refund>> RefundRepository::pending()
{
    return select("WHERE status = 'pending' AND replicated = 0 ORDER BY created_at, id;", {}); // this device's
}

Result<QList<Refund>> RefundRepository::select(const char *where, const EntityId &arg)
{
    auto q = m_store.database().prepare(
        QByteArray(QByteArray("SELECT id, invoice_id, tender_line_id, kind, amount_minor, reason, status, "
                              "provider_ref, failure, created_at, deposit_id FROM refund ")
                   + where)
            .constData());
    if (!q)
        return q.error();
    if (!arg.isNull())
        q->bind(1, arg);
    return store::collectRows<Refund>(*q, [](const store::Query &r) {
        Refund f;
        f.id = r.id(0);
        f.invoiceId = r.id(1);
        f.tenderLineId = r.id(2);
        f.kind = tenderFromKey(r.text(3)).value_or(TenderKind::Cash);
        f.amountMinor = r.int64(4);
        f.reason = r.text(5);
        f.status = paymentStatusFromKey(r.text(6));
        f.providerRef = r.text(7);
        f.failure = r.text(8);
        f.createdAt = r.dateTime(9);
        f.depositId = r.id(10);
        return f;
    });
}

Result<QList<Refund>> RefundRepository::begin(const Actor &actor, const EntityId &invoiceId, qint64 amountMinor,
                                              const QString &reason)
{
    MSP_TRY(store::requirePermission(actor, Permission::Refund));
    store::Database &db = m_store.database();
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto inv = ledger::loadInvoice(db, invoiceId);
    if (!inv)
        return inv.error();
    auto existing = forInvoice(invoiceId);
    if (!existing)
        return existing.error();
    auto plan = planRefund(*inv, priorOf(*existing), amountMinor, reason);
    if (!plan)
        return plan.error();
    QList<Refund> made;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const RefundPart &part : *plan) {
        Refund r;
        r.id = EntityId::generate();
        r.invoiceId = invoiceId;
        r.tenderLineId = part.tenderId;
        r.kind = part.kind;
        r.amountMinor = part.amountMinor;
        r.reason = reason.trimmed();
        // A card refund goes through the processor; the card payment it
        // returns money to is kept as the reference until then.
        r.status = part.kind == TenderKind::Card ? PaymentStatus::Pending : PaymentStatus::Succeeded;
        r.providerRef = part.reference;
        r.createdAt = now;
        MSP_TRY(insertRefund(r));
        auto m = m_store.outbox().enqueue(QStringLiteral("record_refund"), r.id, ledger::refundJson(r));
        if (!m)
            return m.error();
        made.append(r);
    }
    MSP_TRY(m_store.audit().append(actor, QStringLiteral("invoice.refund"), QStringLiteral("invoice"), invoiceId,
                                   Money(amountMinor, inv->currency).toPlainString()));
    QList<Refund> all = *existing + made;
    MSP_TRY(settleRefundStatus(db, *inv, all));
    MSP_TRY(tx->commit());
    return made;
}

Result<void> RefundRepository::insertRefund(const Refund &r)
{
    auto q = m_store.database().prepare(
        "INSERT INTO refund (id, invoice_id, tender_line_id, deposit_id, kind, amount_minor, reason, status, "
        "provider_ref, created_at, updated_at) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10,?10);");
    if (!q)
        return q.error();
    return q->bind(1, r.id)
        .bind(2, r.invoiceId)
        .bind(3, r.tenderLineId)
        .bind(4, r.depositId)
        .bind(5, tenderKey(r.kind))
        .bind(6, r.amountMinor)
        .bind(7, r.reason)
        .bind(8, paymentStatusKey(r.status))
        .bind(9, r.providerRef)
        .bind(10, r.createdAt)
        .run();
}

Result<Refund> RefundRepository::complete(const Actor &actor, const EntityId &refundId, const QString &providerRef)
{
    return finish(actor, refundId, PaymentStatus::Succeeded, providerRef, {});
}

Result<Refund> RefundRepository::fail(const Actor &actor, const EntityId &refundId, const QString &message)
{
    return finish(actor, refundId, PaymentStatus::Failed, {}, message);
}

Result<Refund> RefundRepository::finish(const Actor &actor, const EntityId &refundId, PaymentStatus status,
                                        const QString &ref, const QString &failure)
{
    MSP_TRY(store::requirePermission(actor, Permission::Refund));
    store::Database &db = m_store.database();
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto before = select("WHERE id = ?1;", refundId);
    if (!before)
        return before.error();
    if (before->isEmpty())
        return Error::make(ErrorCode::NotFound, tr("This refund no longer exists."));
    const Refund was = before->first();
    if (was.status != PaymentStatus::Pending && was.status != status)
        return Error::make(ErrorCode::Conflict, tr("This refund was already settled."));
    auto q = db.prepare("UPDATE refund SET status = ?2, provider_ref = CASE WHEN ?3 = '' THEN provider_ref ELSE ?3 "
                        "END, failure = ?4, updated_at = ?5 WHERE id = ?1 AND status = 'pending';");
    if (!q)
        return q.error();
    MSP_TRY(q->bind(1, refundId)
                .bind(2, paymentStatusKey(status))
                .bind(3, ref)
                .bind(4, failure)
                .bind(5, QDateTime::currentDateTimeUtc())
                .run());
    const bool changed = db.changes() == 1;
    if (!was.invoiceId.isNull()) {
        auto refunds = forInvoice(was.invoiceId);
        if (!refunds)
            return refunds.error();
        auto inv = ledger::loadInvoice(db, was.invoiceId);
        if (!inv)
            return inv.error();
        MSP_TRY(settleRefundStatus(db, *inv, *refunds));
    } else if (changed && status == PaymentStatus::Failed) {
        MSP_TRY(restoreDeposit(was));
    }
    auto after = select("WHERE id = ?1;", refundId);
    if (!after)
        return after.error();
    const Refund result = after->first();
    MSP_TRY(m_store.audit().append(actor, QStringLiteral("refund.") + paymentStatusKey(status),
                                   QStringLiteral("refund"), refundId));
    auto m = m_store.outbox().enqueue(QStringLiteral("record_refund"), refundId, ledger::refundJson(result));
    if (!m)
        return m.error();
    MSP_TRY(tx->commit());
    return result;
}

} // namespace msp::checkout
