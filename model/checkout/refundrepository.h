#pragma once

#include "checkout/payment.h"
#include "domain/invoice.h"
#include "domain/user.h"

namespace msp::store {
class ClinicStore;
}

namespace msp::checkout {

// Refunds, whole or partial, always with a reason. begin() splits the amount
// over the invoice's tenders (see planRefund): cash, gift-card and loyalty
// parts are done at once; card parts stay pending until the processor
// confirms them with complete(), and their ids key the processor calls.
class RefundRepository
{
public:
    explicit RefundRepository(store::ClinicStore &store)
        : m_store(store)
    {
    }

    Result<QList<Refund>> begin(const Actor &actor, const EntityId &invoiceId, qint64 amountMinor,
                                const QString &reason);
    // A deposit still held for an appointment goes back, whole or partly,
    // with a reason (the client cancelled in time). Cash and gift-card
    // deposits go back at once; a card deposit's refund is pending until the
    // processor confirms it with complete(), and its id keys the processor
    // call, as for an invoice. The money leaves the hold at once: a partial
    // refund leaves the rest held, a whole one marks the deposit refunded. A
    // card refund the processor refuses (fail()) puts the money back on hold.
    Result<Refund> refundDeposit(const Actor &actor, const EntityId &depositId, qint64 amountMinor,
                                 const QString &reason);
    Result<Refund> complete(const Actor &actor, const EntityId &refundId, const QString &providerRef);
    Result<Refund> fail(const Actor &actor, const EntityId &refundId, const QString &message);
    Result<QList<Refund>> forInvoice(const EntityId &invoiceId);
    // The refunds of every deposit taken for an appointment, oldest first.
    Result<QList<Refund>> forAppointmentDeposits(const EntityId &appointmentId);
    // Refunds still waiting for the processor (a lost answer, a crash),
    // oldest first, of invoices and deposits alike: send each again with its
    // own id.
    Result<QList<Refund>> pending();

private:
    Result<QList<Refund>> select(const char *where, const EntityId &arg);
    Result<void> insertRefund(const Refund &refund);
    // What a refused card refund of a deposit puts back on hold.
    Result<void> restoreDeposit(const Refund &refund);
    Result<Refund> finish(const Actor &actor, const EntityId &refundId, PaymentStatus status, const QString &ref,
                          const QString &failure);
    store::ClinicStore &m_store;
};

} // namespace msp::checkout
