#pragma once

#include "domain/result.h"
#include "domain/user.h"

#include <QDate>

namespace msp::store {
class ClinicStore;
}

namespace msp::app {

// Gives the demo clinic an Allē for Business export to reconcile: most of its
// Allē tender lines in [from, to] redeemed on the portal (some a day late or
// without their code), a few never submitted, and two redemptions no tender
// line records (money at risk). Imported like any file, audited.
Result<void> seedDemoRedemptions(store::ClinicStore &store, const Actor &actor, QDate from, QDate to, quint32 seed);

} // namespace msp::app
