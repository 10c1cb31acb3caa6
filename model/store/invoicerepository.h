#pragma once

#include "domain/invoice.h"
#include "domain/result.h"
#include "domain/user.h"

#include <QList>

namespace msp::store {

class Database;
class AuditLog;
class Outbox;

// Invoices with their line items and tender lines, saved as one aggregate.
class InvoiceRepository
{
public:
    InvoiceRepository(Database &db, AuditLog &audit, Outbox &outbox)
        : m_db(db)
        , m_audit(audit)
        , m_outbox(outbox)
    {
    }

    Result<Invoice> create(const Actor &actor, Invoice invoice);
    Result<Invoice> find(const EntityId &id);
    Result<QList<Invoice>> forClient(const EntityId &clientId);
    // How many loyalty tender lines (Allē, Aspire, Xperience, Evolus) exist.
    Result<qint64> loyaltyTenderCount();

private:
    Result<void> loadLines(Invoice &invoice);
    Database &m_db;
    AuditLog &m_audit;
    Outbox &m_outbox;
};

} // namespace msp::store
