#pragma once

#include "domain/result.h"
#include "reconcilestore/reconreport.h"

#include <QTimeZone>

#include <optional>

namespace msp::store {
class ClinicStore;
}

namespace msp::reconcilestore {

// What the clinic sold in [from, to] (its own calendar days): every card and
// loyalty tender line of the invoices made then, with the client's name and
// the first service, as left-hand items.
Result<QList<ReconItem>> readSales(store::ClinicStore &store, QDate from, QDate to, const QTimeZone &zone);
// One tender line as a left-hand item, whatever its date; nothing when the
// store has no such line.
Result<std::optional<ReconItem>> readSale(store::ClinicStore &store, const EntityId &tenderId, const QTimeZone &zone);

} // namespace msp::reconcilestore
