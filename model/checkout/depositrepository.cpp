#include "checkout/depositrepository.h"

#include "checkout/ledger.h"
#include "checkout/tenderplan.h"
#include "store/auditlog.h"
#include "store/clinicstore.h"
#include "store/database.h"
#include "store/invoicerepository.h"
#include "store/outbox.h"
#include "store/permissions.h"
#include "store/query.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace msp::checkout {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("msp::checkout", text);
}

QJsonObject depositJson(const Deposit &d)
{
    return {{QStringLiteral("appointment_id"), d.appointmentId.toString()},
            {QStringLiteral("kind"), tenderKey(d.kind)},
            {QStringLiteral("amount_minor"), d.amountMinor},
            {QStringLiteral("currency"), d.currency},
            {QStringLiteral("reference"), d.reference},
            {QStringLiteral("status"), depositStatusKey(d.status)},
            {QStringLiteral("invoice_id"), d.invoiceId.toString()}};
}
} // namespace

Result<Deposit> DepositRepository::recordDeposit(const Actor &actor, Deposit d)
{
    MSP_TRY(store::requirePermission(actor, Permission::Checkout));
    if (d.amountMinor <= 0)
        return Error::invalid(QStringLiteral("amount"), tr("Enter a deposit of more than zero."));
    if (d.kind == TenderKind::Card && d.reference.isEmpty())
        return Error::invalid(QStringLiteral("kind"), tr("A card deposit is taken through Stripe."));
    if (isLoyaltyTender(d.kind))
        return Error::invalid(QStringLiteral("kind"), tr("A loyalty reward cannot be a deposit."));
    if (d.id.isNull())
        d.id = EntityId::generate();
    d.createdAt = QDateTime::currentDateTimeUtc();
    d.status = DepositStatus::Held;
    auto tx = store::Transaction::begin(m_store.database());
    if (!tx)
        return tx.error();
    auto q = m_store.database().prepare(
        "INSERT INTO deposit (id, appointment_id, client_id, kind, amount_minor, currency, reference, status, "
        "created_at, updated_at) VALUES (?1,?2,?3,?4,?5,?6,?7,'held',?8,?8);");
    if (!q)
        return q.error();
    MSP_TRY(q->bind(1, d.id)
                .bind(2, d.appointmentId)
                .bind(3, d.clientId)
                .bind(4, tenderKey(d.kind))
                .bind(5, d.amountMinor)
                .bind(6, d.currency)
                .bind(7, d.reference)
                .bind(8, d.createdAt)
                .run());
    MSP_TRY(m_store.audit().append(actor, QStringLiteral("deposit.record"), QStringLiteral("deposit"), d.id));
    auto m = m_store.outbox().enqueue(QStringLiteral("record_deposit"), d.id, depositJson(d));
    if (!m)
        return m.error();
    MSP_TRY(tx->commit());
    return d;
}

Result<QList<Deposit>> DepositRepository::forAppointment(const EntityId &appointmentId)
{
    return select("WHERE appointment_id = ?1 ORDER BY created_at, id;", appointmentId);
}

Result<Deposit> DepositRepository::find(const EntityId &depositId)
{
    auto found = select("WHERE id = ?1;", depositId);
    if (!found)
        return found.error();
    if (found->isEmpty())
        return Error::make(ErrorCode::NotFound, tr("This deposit no longer exists."));
    return found->first();
}

Result<QList<Deposit>> DepositRepository::select(const char *where, const EntityId &arg)
{
    auto q = m_store.database().prepare(
        QByteArray(QByteArray("SELECT id, appointment_id, client_id, kind, amount_minor, currency, reference, status, "
                              "invoice_id, created_at FROM deposit ")
                   + where)
            .constData());
    if (!q)
        return q.error();
    q->bind(1, arg);
    return store::collectRows<Deposit>(*q, [](const store::Query &r) {
        Deposit d;
        d.id = r.id(0);
        d.appointmentId = r.id(1);
        d.clientId = r.id(2);
        d.kind = tenderFromKey(r.text(3)).value_or(TenderKind::Cash);
        d.amountMinor = r.int64(4);
        d.currency = r.text(5);
        d.reference = r.text(6);
        d.status = depositStatusFromKey(r.text(7));
        d.invoiceId = r.id(8);
        d.createdAt = r.dateTime(9);
        return d;
    });
}

Result<void> DepositRepository::setStatus(const EntityId &depositId, DepositStatus status, const EntityId &invoiceId)
{
    auto q
        = m_store.database().prepare("UPDATE deposit SET status = ?2, invoice_id = ?3, updated_at = ?4 WHERE id = ?1;");
    if (!q)
        return q.error();
    return q->bind(1, depositId)
        .bind(2, depositStatusKey(status))
        .bind(3, invoiceId)
        .bind(4, QDateTime::currentDateTimeUtc())
        .run();
}

Result<Invoice> DepositRepository::applyHeld(const Actor &actor, const EntityId &invoiceId)
{
    MSP_TRY(store::requirePermission(actor, Permission::Checkout));
    store::Database &db = m_store.database();
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto inv = ledger::loadInvoice(db, invoiceId);
    if (!inv)
        return inv.error();
    auto all = forAppointment(inv->appointmentId);
    if (!all)
        return all.error();
    QList<HeldDeposit> held;
    for (const Deposit &d : *all)
        if (d.status == DepositStatus::Held && d.currency == inv->currency)
            held.append(HeldDeposit {d.id, d.kind, d.amountMinor, d.reference});
    if (held.isEmpty())
        return *inv;
    QJsonArray applied;
    for (DepositApplication &a : applyDeposits(*inv, held)) {
        if (a.tender.amountMinor == 0)
            continue;
        // A partly used deposit stays held for the leftover; the full amount
        // is what the card was charged, so the split is kept on the invoice.
        MSP_TRY(ledger::insertTender(db, invoiceId, a.tender));
        MSP_TRY(setStatus(a.depositId, a.leftoverMinor == 0 ? DepositStatus::Applied : DepositStatus::Held, invoiceId));
        if (a.leftoverMinor > 0) {
            auto q = db.prepare("UPDATE deposit SET amount_minor = ?2 WHERE id = ?1;");
            if (!q)
                return q.error();
            MSP_TRY(q->bind(1, a.depositId).bind(2, a.leftoverMinor).run());
        }
        QJsonObject o = ledger::tenderJson(a.tender);
        o.insert(QStringLiteral("deposit_id"), a.depositId.toString());
        applied.append(o);
    }
    auto status = ledger::settleStatus(db, invoiceId);
    if (!status)
        return status.error();
    MSP_TRY(
        m_store.audit().append(actor, QStringLiteral("invoice.apply_deposit"), QStringLiteral("invoice"), invoiceId));
    auto m = m_store.outbox().enqueue(
        QStringLiteral("apply_deposits"), invoiceId,
        {{QStringLiteral("tenders"), applied}, {QStringLiteral("invoice_status"), invoiceStatusKey(*status)}});
    if (!m)
        return m.error();
    auto saved = ledger::loadInvoice(db, invoiceId);
    if (!saved)
        return saved.error();
    MSP_TRY(tx->commit());
    return *saved;
}

Result<Invoice> DepositRepository::createApplyingHeld(const Actor &actor, const Invoice &invoice)
{
    auto tx = store::Transaction::begin(m_store.database());
    if (!tx)
        return tx.error();
    auto saved = m_store.invoices().create(actor, invoice);
    if (!saved)
        return saved.error();
    auto applied = saved->appointmentId.isNull() ? Result<Invoice>(*saved) : applyHeld(actor, saved->id);
    if (!applied)
        return applied.error();
    MSP_TRY(tx->commit());
    return *applied;
}

Result<qint64> DepositRepository::heldMinor(const EntityId &appointmentId, const QString &currency)
{
    auto all = forAppointment(appointmentId);
    if (!all)
        return all.error();
    qint64 sum = 0;
    for (const Deposit &d : *all)
        if (d.status == DepositStatus::Held && d.currency == currency)
            sum += d.amountMinor;
    return sum;
}

Result<void> DepositRepository::forfeit(const Actor &actor, const EntityId &depositId, const QString &reason)
{
    MSP_TRY(store::requirePermission(actor, Permission::Checkout));
    if (reason.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("reason"), tr("Enter why the deposit is kept."));
    auto tx = store::Transaction::begin(m_store.database());
    if (!tx)
        return tx.error();
    MSP_TRY(setStatus(depositId, DepositStatus::Forfeited, {}));
    if (m_store.database().changes() != 1)
        return Error::make(ErrorCode::NotFound, tr("This deposit no longer exists."));
    MSP_TRY(m_store.audit().append(actor, QStringLiteral("deposit.forfeit"), QStringLiteral("deposit"), depositId));
    auto m = m_store.outbox().enqueue(QStringLiteral("forfeit_deposit"), depositId,
                                      {{QStringLiteral("reason"), reason.trimmed()}});
    if (!m)
        return m.error();
    return tx->commit();
}

} // namespace msp::checkout
