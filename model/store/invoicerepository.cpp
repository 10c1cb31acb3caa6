#include "store/invoicerepository.h"

#include "store/auditlog.h"
#include "store/database.h"
#include "store/outbox.h"
#include "store/permissions.h"
#include "store/query.h"
#include "store/transaction.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace msp::store {

Result<Invoice> InvoiceRepository::create(const Actor &actor, Invoice inv)
{
    MSP_TRY(requirePermission(actor, Permission::Checkout));
    MSP_TRY(inv.validate());
    if (inv.id.isNull())
        inv.id = EntityId::generate();
    if (!inv.createdAt.isValid())
        inv.createdAt = QDateTime::currentDateTimeUtc();
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return tx.error();
    auto q = m_db.prepare("INSERT INTO invoice (id, client_id, appointment_id, status, currency, created_at) "
                          "VALUES (?1, ?2, ?3, ?4, ?5, ?6);");
    if (!q)
        return q.error();
    MSP_TRY(q->bind(1, inv.id)
                .bind(2, inv.clientId)
                .bind(3, inv.appointmentId)
                .bind(4, invoiceStatusKey(inv.status))
                .bind(5, inv.currency)
                .bind(6, inv.createdAt)
                .run());
    QJsonArray lines, tenders;
    for (qsizetype i = 0; i < inv.lines.size(); ++i) {
        InvoiceLine &l = inv.lines[i];
        if (l.id.isNull())
            l.id = EntityId::generate();
        auto ql = m_db.prepare("INSERT INTO invoice_line (id, invoice_id, position, kind, description, quantity, "
                               "unit_price_minor, tax_basis_points, service_id, practitioner_id) "
                               "VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?9,?10);");
        if (!ql)
            return ql.error();
        MSP_TRY(ql->bind(1, l.id)
                    .bind(2, inv.id)
                    .bind(3, qint64(i))
                    .bind(4, lineKindKey(l.kind))
                    .bind(5, l.description)
                    .bind(6, l.quantity)
                    .bind(7, l.unitPriceMinor)
                    .bind(8, l.taxBasisPoints)
                    .bind(9, l.serviceId)
                    .bind(10, l.practitionerId)
                    .run());
        lines.append(QJsonObject {{QStringLiteral("id"), l.id.toString()},
                                  {QStringLiteral("kind"), lineKindKey(l.kind)},
                                  {QStringLiteral("description"), l.description},
                                  {QStringLiteral("quantity"), l.quantity},
                                  {QStringLiteral("unit_price_minor"), l.unitPriceMinor},
                                  {QStringLiteral("tax_basis_points"), l.taxBasisPoints}});
    }
    for (qsizetype i = 0; i < inv.tenders.size(); ++i) {
        TenderLine &t = inv.tenders[i];
        if (t.id.isNull())
            t.id = EntityId::generate();
        auto qt = m_db.prepare("INSERT INTO tender_line (id, invoice_id, position, kind, amount_minor, "
                               "authorisation_code, reward_value_minor, reference) VALUES (?1,?2,?3,?4,?5,?6,?7,?8);");
        if (!qt)
            return qt.error();
        MSP_TRY(qt->bind(1, t.id)
                    .bind(2, inv.id)
                    .bind(3, qint64(i))
                    .bind(4, tenderKey(t.kind))
                    .bind(5, t.amountMinor)
                    .bind(6, t.authorisationCode)
                    .bind(7, t.rewardValueMinor)
                    .bind(8, t.reference)
                    .run());
        tenders.append(QJsonObject {{QStringLiteral("id"), t.id.toString()},
                                    {QStringLiteral("kind"), tenderKey(t.kind)},
                                    {QStringLiteral("amount_minor"), t.amountMinor},
                                    {QStringLiteral("authorisation_code"), t.authorisationCode},
                                    {QStringLiteral("reward_value_minor"), t.rewardValueMinor}});
    }
    MSP_TRY(m_audit.append(actor, QStringLiteral("invoice.create"), QStringLiteral("invoice"), inv.id));
    auto m = m_outbox.enqueue(QStringLiteral("create_invoice"), inv.id,
                              {{QStringLiteral("client_id"), inv.clientId.toString()},
                               {QStringLiteral("appointment_id"), inv.appointmentId.toString()},
                               {QStringLiteral("status"), invoiceStatusKey(inv.status)},
                               {QStringLiteral("currency"), inv.currency},
                               {QStringLiteral("lines"), lines},
                               {QStringLiteral("tenders"), tenders}});
    if (!m)
        return m.error();
    MSP_TRY(tx->commit());
    return inv;
}

Result<void> InvoiceRepository::loadLines(Invoice &inv)
{
    {
        auto q = m_db.prepare("SELECT id, kind, description, quantity, unit_price_minor, tax_basis_points, service_id, "
                              "practitioner_id FROM invoice_line WHERE invoice_id = ?1 ORDER BY position;");
        if (!q)
            return q.error();
        q->bind(1, inv.id);
        auto lines = collectRows<InvoiceLine>(*q, [](const Query &r) {
            return InvoiceLine {r.id(0),    lineKindFromKey(r.text(1)).value_or(LineKind::Service),
                                r.text(2),  r.int64(3),
                                r.int64(4), r.int64(5),
                                r.id(6),    r.id(7)};
        });
        if (!lines)
            return lines.error();
        inv.lines = *lines;
    }
    auto q = m_db.prepare("SELECT id, kind, amount_minor, authorisation_code, reward_value_minor, reference "
                          "FROM tender_line WHERE invoice_id = ?1 ORDER BY position;");
    if (!q)
        return q.error();
    q->bind(1, inv.id);
    auto tenders = collectRows<TenderLine>(*q, [](const Query &r) {
        return TenderLine {
            r.id(0), tenderFromKey(r.text(1)).value_or(TenderKind::Cash), r.int64(2), r.text(3), r.int64(4), r.text(5)};
    });
    if (!tenders)
        return tenders.error();
    inv.tenders = *tenders;
    return ok();
}

namespace {
Invoice readInvoice(const Query &r)
{
    Invoice inv;
    inv.id = r.id(0);
    inv.clientId = r.id(1);
    inv.appointmentId = r.id(2);
    inv.status = invoiceStatusFromKey(r.text(3)).value_or(InvoiceStatus::Open);
    inv.currency = r.text(4);
    inv.createdAt = r.dateTime(5);
    return inv;
}
} // namespace

Result<Invoice> InvoiceRepository::find(const EntityId &id)
{
    Invoice inv;
    {
        auto q = m_db.prepare(
            "SELECT id, client_id, appointment_id, status, currency, created_at FROM invoice WHERE id = ?1;");
        if (!q)
            return q.error();
        q->bind(1, id);
        auto row = q->next();
        if (!row)
            return row.error();
        if (!*row)
            return Error::make(ErrorCode::NotFound,
                               QCoreApplication::translate("msp::store", "This invoice no longer exists."));
        inv = readInvoice(*q);
    }
    MSP_TRY(loadLines(inv));
    return inv;
}

Result<QList<Invoice>> InvoiceRepository::forClient(const EntityId &clientId)
{
    QList<Invoice> list;
    {
        auto q = m_db.prepare("SELECT id, client_id, appointment_id, status, currency, created_at FROM invoice "
                              "WHERE client_id = ?1 ORDER BY created_at;");
        if (!q)
            return q.error();
        q->bind(1, clientId);
        auto rows = collectRows<Invoice>(*q, readInvoice);
        if (!rows)
            return rows.error();
        list = *rows;
    }
    for (Invoice &inv : list)
        MSP_TRY(loadLines(inv));
    return list;
}

Result<qint64> InvoiceRepository::loyaltyTenderCount()
{
    auto q = m_db.prepare("SELECT count(*) FROM tender_line WHERE kind IN ('alle','aspire','xperience','evolus');");
    if (!q)
        return q.error();
    return scalar(*q);
}

} // namespace msp::store
