// RefundRepository: refunds of deposits taken at booking.
#include "checkout/depositrepository.h"
#include "checkout/ledger.h"
#include "checkout/refundrepository.h"
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

Result<QList<Refund>> RefundRepository::forAppointmentDeposits(const EntityId &appointmentId)
{
    return select("WHERE deposit_id IN (SELECT id FROM deposit WHERE appointment_id = ?1) ORDER BY created_at, id;",
                  appointmentId);
}

Result<Refund> RefundRepository::refundDeposit(const Actor &actor, const EntityId &depositId, qint64 amountMinor,
                                               const QString &reason)
{
    MSP_TRY(store::requirePermission(actor, Permission::Refund));
    if (reason.trimmed().isEmpty())
        return Error::invalid(
            QStringLiteral("reason"),
            QCoreApplication::translate("msp::checkout", "Enter why the deposit goes back to the client."));
    if (amountMinor <= 0)
        return Error::invalid(QStringLiteral("amount"),
                              QCoreApplication::translate("msp::checkout", "Enter a refund of more than zero."));
    store::Database &db = m_store.database();
    auto tx = store::Transaction::begin(db);
    if (!tx)
        return tx.error();
    auto deposit = DepositRepository(m_store).find(depositId);
    if (!deposit)
        return deposit.error();
    if (deposit->status != DepositStatus::Held)
        return Error::make(
            ErrorCode::Conflict,
            QCoreApplication::translate("msp::checkout",
                                        "Only a deposit still held can be refunded; this one was already "
                                        "applied, kept or refunded."));
    if (amountMinor > deposit->amountMinor)
        return Error::invalid(
            QStringLiteral("amount"),
            QCoreApplication::translate("msp::checkout", "Only %1 of this deposit is held; refund that much or less.")
                .arg(Money(deposit->amountMinor, deposit->currency).toDisplayString()));
    if (deposit->kind == TenderKind::Card && deposit->reference.isEmpty())
        return Error::make(
            ErrorCode::Invalid,
            QCoreApplication::translate(
                "msp::checkout", "This card deposit has no Stripe payment to refund through. Refund it in cash."));
    Refund r;
    r.id = EntityId::generate();
    r.depositId = depositId;
    r.kind = deposit->kind;
    r.amountMinor = amountMinor;
    r.reason = reason.trimmed();
    // As for an invoice: a card refund waits for the processor, keeping the
    // card payment it returns money to as its reference until then.
    r.status = r.kind == TenderKind::Card ? PaymentStatus::Pending : PaymentStatus::Succeeded;
    r.providerRef = r.kind == TenderKind::Card ? deposit->reference : QString();
    r.createdAt = QDateTime::currentDateTimeUtc();
    MSP_TRY(insertRefund(r));
    const qint64 left = deposit->amountMinor - amountMinor;
    const DepositStatus status = left == 0 ? DepositStatus::Refunded : DepositStatus::Held;
    auto q = db.prepare("UPDATE deposit SET status = ?2, amount_minor = ?3, updated_at = ?4 WHERE id = ?1;");
    if (!q)
        return q.error();
    // A whole refund keeps the amount the deposit had, for the record.
    MSP_TRY(q->bind(1, depositId)
                .bind(2, depositStatusKey(status))
                .bind(3, left == 0 ? deposit->amountMinor : left)
                .bind(4, r.createdAt)
                .run());
    MSP_TRY(m_store.audit().append(actor, QStringLiteral("deposit.refund"), QStringLiteral("deposit"), depositId,
                                   Money(amountMinor, deposit->currency).toPlainString()));
    // Record sync sends each row its mutation names: the refund, and the
    // deposit it changed.
    if (auto m = m_store.outbox().enqueue(QStringLiteral("record_refund"), r.id, ledger::refundJson(r)); !m)
        return m.error();
    if (auto m = m_store.outbox().enqueue(QStringLiteral("record_deposit"), depositId,
                                          {{QStringLiteral("refund_id"), r.id.toString()},
                                           {QStringLiteral("amount_minor"), left == 0 ? deposit->amountMinor : left},
                                           {QStringLiteral("status"), depositStatusKey(status)}});
        !m)
        return m.error();
    MSP_TRY(tx->commit());
    return r;
}

Result<void> RefundRepository::restoreDeposit(const Refund &r)
{
    auto deposit = DepositRepository(m_store).find(r.depositId);
    if (!deposit)
        return deposit.error();
    store::Database &db = m_store.database();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    EntityId heldId = deposit->id;
    qint64 held = r.amountMinor;
    if (deposit->status == DepositStatus::Held || deposit->status == DepositStatus::Refunded) {
        if (deposit->status == DepositStatus::Held)
            held += deposit->amountMinor;
        auto q = db.prepare("UPDATE deposit SET status = 'held', amount_minor = ?2, updated_at = ?3 WHERE id = ?1;");
        if (!q)
            return q.error();
        MSP_TRY(q->bind(1, deposit->id).bind(2, held).bind(3, now).run());
    } else {
        // The rest was applied or kept meanwhile: the money that did not go
        // back is held again on its own.
        heldId = EntityId::generate();
        auto q = db.prepare("INSERT INTO deposit (id, appointment_id, client_id, kind, amount_minor, currency, "
                            "reference, status, created_at, updated_at) VALUES (?1,?2,?3,?4,?5,?6,?7,'held',?8,?8);");
        if (!q)
            return q.error();
        MSP_TRY(q->bind(1, heldId)
                    .bind(2, deposit->appointmentId)
                    .bind(3, deposit->clientId)
                    .bind(4, tenderKey(deposit->kind))
                    .bind(5, held)
                    .bind(6, deposit->currency)
                    .bind(7, deposit->reference)
                    .bind(8, now)
                    .run());
    }
    auto m = m_store.outbox().enqueue(QStringLiteral("record_deposit"), heldId,
                                      {{QStringLiteral("refund_id"), r.id.toString()},
                                       {QStringLiteral("amount_minor"), held},
                                       {QStringLiteral("status"), depositStatusKey(DepositStatus::Held)}});
    if (!m)
        return m.error();
    return ok();
}

} // namespace msp::checkout
