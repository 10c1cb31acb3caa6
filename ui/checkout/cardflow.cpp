#include "cardflow.h"

#include "checkout/paymentrepository.h"
#include "offthread.h"
#include "store/clinicstore.h"
#include "stripe/stripegateway.h"

namespace msp::ui {

void runCardCharge(QObject *context, store::ClinicStore &store, stripe::StripeGateway *gateway, const Actor &actor,
                   const checkout::Payment &payment, const QString &paymentMethod,
                   std::function<void(const CardOutcome &)> done)
{
    runOffThread(
        context, [gateway, payment] { return CardCharger::createIntent(*gateway, payment); },
        [context, &store, gateway, actor, payment, paymentMethod, done](Result<stripe::PaymentIntent> intent) {
            checkout::PaymentRepository repo(store);
            CardCharger charger(repo, *gateway);
            if (!intent) {
                done(charger.finish(actor, payment, intent));
                return;
            }
            auto attached = charger.attachIntent(actor, payment, intent->id);
            if (!attached) {
                CardOutcome out;
                out.payment = payment;
                out.message = attached.error().message;
                done(out);
                return;
            }
            const checkout::Payment p = *attached;
            runOffThread(
                context, [gateway, p, paymentMethod] { return CardCharger::confirmIntent(*gateway, p, paymentMethod); },
                [&store, gateway, actor, p, done](Result<stripe::PaymentIntent> answer) {
                    checkout::PaymentRepository payments(store);
                    done(CardCharger(payments, *gateway).finish(actor, p, answer));
                });
        });
}

} // namespace msp::ui
