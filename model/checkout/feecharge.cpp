#include "checkout/feecharge.h"

#include "checkout/depositrepository.h"
#include "checkout/paymentrepository.h"
#include "store/appointmentrepository.h"
#include "store/clinicrepository.h"
#include "store/clinicstore.h"
#include "store/invoicerepository.h"
#include "store/permissions.h"
#include "store/practitionerrepository.h"
#include "store/transaction.h"

#include <QCoreApplication>

namespace msp::checkout {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("msp::checkout", text);
}

struct FeeContext {
    Appointment appointment;
    Service service;
    CheckoutPolicy policy;
    QString currency;
    QList<Deposit> held;
};

Result<FeeContext> feeContext(store::ClinicStore &store, const EntityId &appointmentId)
{
    FeeContext c;
    auto appointment = store.appointments().find(appointmentId);
    if (!appointment)
        return appointment.error();
    c.appointment = *appointment;
    auto service = store.services().find(c.appointment.serviceId);
    if (!service)
        return service.error();
    c.service = *service;
    auto policy = PaymentRepository(store).policy();
    if (!policy)
        return policy.error();
    c.policy = *policy;
    c.currency = store.clinic().clinic().valueOr({}).currency;
    if (c.currency.isEmpty())
        c.currency = c.service.price.currency();
    auto deposits = DepositRepository(store).forAppointment(appointmentId);
    if (!deposits)
        return deposits.error();
    for (const Deposit &d : *deposits)
        if (d.status == DepositStatus::Held && d.currency == c.currency)
            c.held.append(d);
    return c;
}

qint64 sumOf(const QList<Deposit> &deposits)
{
    qint64 sum = 0;
    for (const Deposit &d : deposits)
        sum += d.amountMinor;
    return sum;
}
} // namespace

Result<FeePreview> previewFee(store::ClinicStore &store, FeeKind kind, const EntityId &appointmentId)
{
    auto c = feeContext(store, appointmentId);
    if (!c)
        return c.error();
    return FeePreview {feeAmount(kind, c->service, c->policy), sumOf(c->held), c->currency};
}

Result<FeeCharge> chargeFee(store::ClinicStore &store, const Actor &actor, FeeKind kind, const EntityId &appointmentId)
{
    MSP_TRY(store::requirePermission(actor, Permission::Checkout));
    auto tx = store::Transaction::begin(store.database());
    if (!tx)
        return tx.error();
    auto c = feeContext(store, appointmentId);
    if (!c)
        return c.error();
    FeeCharge charge;
    charge.currency = c->currency;
    charge.feeMinor = feeAmount(kind, c->service, c->policy);
    if (charge.feeMinor <= 0 && c->held.isEmpty())
        return Error::make(ErrorCode::Invalid,
                           kind == FeeKind::NoShow ? tr("The clinic's policy sets no no-show fee, and no deposit is "
                                                        "held for this appointment: there is nothing to charge.")
                                                   : tr("The clinic's policy sets no late-cancellation fee, and no "
                                                        "deposit is held for this appointment: there is nothing to "
                                                        "charge."));
    // The fee says the client did not come: the calendar and the
    // appointment's history say so too, in the same transaction. A late
    // cancellation is already cancelled and stays so.
    if (kind == FeeKind::NoShow && c->appointment.status != AppointmentStatus::NoShow)
        MSP_TRY(store.appointments().setStatus(actor, appointmentId, AppointmentStatus::NoShow, tr("No-show fee")));
    if (charge.feeMinor > 0) {
        auto fee = buildFeeInvoice(kind, c->appointment, c->service, c->policy, c->currency);
        if (!fee)
            return fee.error();
        auto saved = store.invoices().create(actor, *fee);
        if (!saved)
            return saved.error();
        auto applied = DepositRepository(store).applyHeld(actor, saved->id);
        if (!applied)
            return applied.error();
        charge.invoice = *applied;
        charge.depositAppliedMinor = applied->paidMinor();
    }
    auto after = DepositRepository(store).forAppointment(appointmentId);
    if (!after)
        return after.error();
    const QString reason = kind == FeeKind::NoShow ? tr("No-show") : tr("Late cancellation");
    for (const Deposit &d : *after) {
        if (d.status != DepositStatus::Held || d.currency != c->currency)
            continue;
        MSP_TRY(DepositRepository(store).forfeit(actor, d.id, reason));
        charge.depositForfeitedMinor += d.amountMinor;
    }
    MSP_TRY(tx->commit());
    return charge;
}

} // namespace msp::checkout
