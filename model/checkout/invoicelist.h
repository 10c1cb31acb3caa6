#pragma once

#include "domain/invoice.h"

namespace msp::store {
class ClinicStore;
}

namespace msp::checkout {

// The newest invoices first, for reopening a past one (a refund, a reprint).
// Void invoices are left out: nothing can happen to them any more.
Result<QList<Invoice>> recentInvoices(store::ClinicStore &store, int limit);

} // namespace msp::checkout
