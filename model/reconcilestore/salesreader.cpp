#include "reconcilestore/salesreader.h"

#include "store/clinicstore.h"
#include "store/database.h"
#include "store/query.h"

#include <QCoreApplication>

namespace msp::reconcilestore {

namespace {
constexpr const char *kSaleColumns
    = "SELECT t.id, t.kind, t.amount_minor, t.authorisation_code, t.reward_value_minor, t.reference, i.id, "
      "i.created_at, c.given_name, c.family_name, "
      "(SELECT l.description FROM invoice_line l WHERE l.invoice_id = i.id AND l.kind = 'service' "
      " ORDER BY l.position LIMIT 1) "
      "FROM tender_line t JOIN invoice i ON i.id = t.invoice_id LEFT JOIN client c ON c.id = i.client_id ";

ReconItem readSaleRow(const store::Query &q, const QTimeZone &zone)
{
    const TenderKind kind = tenderFromKey(q.text(1)).value_or(TenderKind::Card);
    ReconItem x;
    x.id = q.id(0);
    x.side = Side::Left;
    x.group = groupOfTender(kind);
    x.origin = kind == TenderKind::Card
        ? QCoreApplication::translate("msp::reconcilestore", "Card tender")
        : QCoreApplication::translate("msp::reconcilestore", "%1 tender").arg(tenderDisplayName(kind));
    x.date = q.dateTime(7).toTimeZone(zone).date();
    // A reward is reimbursed at its value, which the program's portal reports.
    x.amountMinor = isLoyaltyTender(kind) && q.int64(4) > 0 ? q.int64(4) : q.int64(2);
    x.reference = isLoyaltyTender(kind) ? q.text(3) : q.text(5);
    x.invoiceId = q.id(6);
    x.name = QString(q.text(8) + u' ' + q.text(9)).trimmed();
    x.product = q.text(10);
    return x;
}
} // namespace

Result<QList<ReconItem>> readSales(store::ClinicStore &store, QDate from, QDate to, const QTimeZone &zone)
{
    // A day either side in UTC, then the clinic's own calendar decides.
    const QDateTime start = QDateTime(from.addDays(-1), QTime(0, 0), Qt::UTC);
    const QDateTime end = QDateTime(to.addDays(2), QTime(0, 0), Qt::UTC);
    const QByteArray sql = QByteArray(kSaleColumns)
        + "WHERE t.kind IN ('card', 'alle', 'aspire', 'xperience', 'evolus') AND i.status != 'void' "
          "AND i.created_at >= ?1 AND i.created_at < ?2 ORDER BY i.created_at, t.position;";
    auto q = store.database().prepare(sql.constData());
    if (!q)
        return q.error();
    q->bind(1, start).bind(2, end);
    QList<ReconItem> out;
    while (true) {
        auto row = q->next();
        if (!row)
            return row.error();
        if (!*row)
            break;
        ReconItem x = readSaleRow(*q, zone);
        if (x.date < from || x.date > to)
            continue;
        out.append(x);
    }
    return out;
}

Result<std::optional<ReconItem>> readSale(store::ClinicStore &store, const EntityId &tenderId, const QTimeZone &zone)
{
    const QByteArray sql = QByteArray(kSaleColumns) + "WHERE t.id = ?1;";
    auto q = store.database().prepare(sql.constData());
    if (!q)
        return q.error();
    q->bind(1, tenderId);
    auto row = q->next();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<ReconItem>();
    return std::optional<ReconItem>(readSaleRow(*q, zone));
}

} // namespace msp::reconcilestore
