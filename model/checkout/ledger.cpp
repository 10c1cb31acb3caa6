#include "checkout/ledger.h"

#include "checkout/payment.h"
#include "store/database.h"
#include "store/query.h"

#include <QCoreApplication>

namespace msp::checkout::ledger {

Result<Invoice> loadInvoice(store::Database &db, const EntityId &invoiceId)
{
    Invoice inv;
    {
        auto q = db.prepare("SELECT id, client_id, appointment_id, status, currency, created_at FROM invoice "
                            "WHERE id = ?1;");
        if (!q)
            return q.error();
        q->bind(1, invoiceId);
        auto row = q->next();
        if (!row)
            return row.error();
        if (!*row)
            return Error::make(ErrorCode::NotFound,
                               QCoreApplication::translate("msp::checkout", "This invoice no longer exists."));
        inv.id = q->id(0);
        inv.clientId = q->id(1);
        inv.appointmentId = q->id(2);
        inv.status = invoiceStatusFromKey(q->text(3)).value_or(InvoiceStatus::Open);
        inv.currency = q->text(4);
        inv.createdAt = q->dateTime(5);
    }
    {
        auto q = db.prepare("SELECT id, kind, description, quantity, unit_price_minor, tax_basis_points, service_id, "
                            "practitioner_id FROM invoice_line WHERE invoice_id = ?1 ORDER BY position;");
        if (!q)
            return q.error();
        q->bind(1, invoiceId);
        auto lines = store::collectRows<InvoiceLine>(*q, [](const store::Query &r) {
            return InvoiceLine {r.id(0),    lineKindFromKey(r.text(1)).value_or(LineKind::Service),
                                r.text(2),  r.int64(3),
                                r.int64(4), r.int64(5),
                                r.id(6),    r.id(7)};
        });
        if (!lines)
            return lines.error();
        inv.lines = *lines;
    }
    auto q = db.prepare("SELECT id, kind, amount_minor, authorisation_code, reward_value_minor, reference "
                        "FROM tender_line WHERE invoice_id = ?1 ORDER BY position;");
    if (!q)
        return q.error();
    q->bind(1, invoiceId);
    auto tenders = store::collectRows<TenderLine>(*q, [](const store::Query &r) {
        return TenderLine {
            r.id(0), tenderFromKey(r.text(1)).value_or(TenderKind::Cash), r.int64(2), r.text(3), r.int64(4), r.text(5)};
    });
    if (!tenders)
        return tenders.error();
    inv.tenders = *tenders;
    return inv;
}

Result<void> insertTender(store::Database &db, const EntityId &invoiceId, TenderLine &t)
{
    if (t.id.isNull())
        t.id = EntityId::generate();
    qint64 position = 0;
    {
        auto q = db.prepare("SELECT coalesce(max(position) + 1, 0) FROM tender_line WHERE invoice_id = ?1;");
        if (!q)
            return q.error();
        q->bind(1, invoiceId);
        auto next = store::scalar(*q);
        if (!next)
            return next.error();
        position = *next;
    }
    auto q = db.prepare("INSERT INTO tender_line (id, invoice_id, position, kind, amount_minor, "
                        "authorisation_code, reward_value_minor, reference) VALUES (?1,?2,?3,?4,?5,?6,?7,?8);");
    if (!q)
        return q.error();
    return q->bind(1, t.id)
        .bind(2, invoiceId)
        .bind(3, position)
        .bind(4, tenderKey(t.kind))
        .bind(5, t.amountMinor)
        .bind(6, t.authorisationCode)
        .bind(7, t.rewardValueMinor)
        .bind(8, t.reference)
        .run();
}

Result<void> setInvoiceStatus(store::Database &db, const EntityId &invoiceId, InvoiceStatus status)
{
    auto q = db.prepare("UPDATE invoice SET status = ?2 WHERE id = ?1;");
    if (!q)
        return q.error();
    return q->bind(1, invoiceId).bind(2, invoiceStatusKey(status)).run();
}

Result<InvoiceStatus> settleStatus(store::Database &db, const EntityId &invoiceId)
{
    auto inv = loadInvoice(db, invoiceId);
    if (!inv)
        return inv.error();
    const InvoiceStatus status = inv->balanceMinor() <= 0 ? InvoiceStatus::Paid : InvoiceStatus::Open;
    if (status != inv->status)
        MSP_TRY(setInvoiceStatus(db, invoiceId, status));
    return status;
}

QJsonObject tenderJson(const TenderLine &t)
{
    return QJsonObject {{QStringLiteral("id"), t.id.toString()},
                        {QStringLiteral("kind"), tenderKey(t.kind)},
                        {QStringLiteral("amount_minor"), t.amountMinor},
                        {QStringLiteral("authorisation_code"), t.authorisationCode},
                        {QStringLiteral("reward_value_minor"), t.rewardValueMinor},
                        {QStringLiteral("reference"), t.reference}};
}

QJsonObject refundJson(const Refund &r)
{
    return {{QStringLiteral("invoice_id"), r.invoiceId.toString()},
            {QStringLiteral("tender_line_id"), r.tenderLineId.toString()},
            {QStringLiteral("deposit_id"), r.depositId.toString()},
            {QStringLiteral("kind"), tenderKey(r.kind)},
            {QStringLiteral("amount_minor"), r.amountMinor},
            {QStringLiteral("reason"), r.reason},
            {QStringLiteral("status"), paymentStatusKey(r.status)},
            {QStringLiteral("provider_ref"), r.providerRef}};
}

} // namespace msp::checkout::ledger
