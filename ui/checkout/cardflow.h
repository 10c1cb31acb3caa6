#pragma once

#include "cardcharger.h"
#include "stripe/stripegateway.h"

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

// Sends pending card refunds (of an invoice or a deposit) to Stripe the same
// way: the calls on a worker thread, each keyed by its refund's id, every
// answer recorded on `context`'s thread. `done` gets the last problem, empty
// when all went through. A refund without an answer stays pending and is
// sent again, with the same key, later.
void runCardRefunds(QObject *context, store::ClinicStore &store, stripe::StripeGateway *gateway, const Actor &actor,
                    const QList<checkout::Refund> &pending, std::function<void(const QString &problem)> done);

// The gateway settings for this clinic: its id goes with every PaymentIntent
// and Refund as metadata[msp_org_id] (beside metadata[msp_payment_id]), which
// is how the sync server's webhook knows whose payment an event is about.
stripe::StripeConfig clinicStripeConfig(store::ClinicStore &store, stripe::StripeConfig config);

} // namespace msp::ui
