#include "checkout/invoicelist.h"

#include "store/clinicstore.h"
#include "store/database.h"
#include "store/invoicerepository.h"
#include "store/query.h"

namespace msp::checkout {

Result<QList<Invoice>> recentInvoices(store::ClinicStore &store, int limit)
{
    QList<EntityId> ids;
    {
        auto q = store.database().prepare(
            "SELECT id FROM invoice WHERE status != 'void' ORDER BY created_at DESC, id DESC LIMIT ?1;");
        if (!q)
            return q.error();
        q->bind(1, qint64(limit));
        auto rows = store::collectRows<EntityId>(*q, [](const store::Query &r) { return r.id(0); });
        if (!rows)
            return rows.error();
        ids = *rows;
    }
    QList<Invoice> invoices;
    invoices.reserve(ids.size());
    for (const EntityId &id : std::as_const(ids)) {
        auto inv = store.invoices().find(id);
        if (!inv)
            return inv.error();
        invoices.append(std::move(*inv));
    }
    return invoices;
}

} // namespace msp::checkout
