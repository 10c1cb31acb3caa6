#pragma once

#include "domain/invoice.h"

#include <QJsonObject>

namespace msp::store {
class Database;
}
namespace msp::checkout {
struct Refund;
}

// Row-level helpers shared by the checkout repositories. Each is called inside
// the caller's transaction; none commits.
namespace msp::checkout::ledger {

Result<Invoice> loadInvoice(store::Database &db, const EntityId &invoiceId);
// Appends a tender line after the invoice's last one and gives it an id.
Result<void> insertTender(store::Database &db, const EntityId &invoiceId, TenderLine &tender);
Result<void> setInvoiceStatus(store::Database &db, const EntityId &invoiceId, InvoiceStatus status);
// Paid once nothing is owed; Open otherwise.
Result<InvoiceStatus> settleStatus(store::Database &db, const EntityId &invoiceId);
QJsonObject tenderJson(const TenderLine &tender);
QJsonObject refundJson(const Refund &refund);

} // namespace msp::checkout::ledger
