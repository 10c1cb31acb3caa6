#pragma once

#include "cardcharger.h"

#include <functional>

class QObject;

namespace msp::store {
class ClinicStore;
}

namespace msp::ui {

// Charges a begun card payment the CardCharger way without blocking the GUI:
// create and confirm run on worker threads, the PaymentIntent's id and the
// answer are written to the store on `context`'s thread between them. `done`
// gets the outcome there (not called if `context` is destroyed first; the
// payment then stays pending and is settled at the next start).
void runCardCharge(QObject *context, store::ClinicStore &store, stripe::StripeGateway *gateway, const Actor &actor,
                   const checkout::Payment &payment, const QString &paymentMethod,
                   std::function<void(const CardOutcome &)> done);

} // namespace msp::ui
