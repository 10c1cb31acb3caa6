#include "cardflow.h"

#include "checkout/paymentrepository.h"
#include "checkout/refundrepository.h"
#include "offthread.h"
#include "store/clinicrepository.h"
#include "store/clinicstore.h"
#include "store/syncreplica.h"
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

void runCardRefunds(QObject *context, store::ClinicStore &store, stripe::StripeGateway *gateway, const Actor &actor,
                    const QList<checkout::Refund> &pending, std::function<void(const QString &problem)> done)
{
    runOffThread(
        context,
        [gateway, pending] {
            QList<Result<stripe::Refund>> answers;
            for (const checkout::Refund &r : pending)
                answers.append(CardCharger::askStripeRefund(*gateway, r));
            return answers;
        },
        [&store, actor, pending, done](QList<Result<stripe::Refund>> answers) {
            checkout::RefundRepository refunds(store);
            QString problem;
            for (qsizetype i = 0; i < pending.size(); ++i) {
                auto finished = CardCharger::finishRefund(actor, refunds, pending[i], answers.at(i));
                if (!finished)
                    problem = finished.error().message;
            }
            done(problem);
        });
}

stripe::StripeConfig clinicStripeConfig(store::ClinicStore &store, stripe::StripeConfig config)
{
    // The sync server's id of the clinic once this device signed in to it
    // (what the server's webhook matches); the local clinic id before that.
    store::SyncReplica replica(store.database(), store.audit(), store.outbox());
    if (const QString serverOrg = replica.serverOrgId().valueOr(QString()); !serverOrg.isEmpty())
        config.orgId = serverOrg;
    else if (auto clinic = store.clinic().clinic(); clinic && !clinic->id.isNull())
        config.orgId = clinic->id.toString();
    return config;
}

} // namespace msp::ui
