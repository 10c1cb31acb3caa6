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
    Result<Refund> complete(const Actor &actor, const EntityId &refundId, const QString &providerRef);
    Result<Refund> fail(const Actor &actor, const EntityId &refundId, const QString &message);
    Result<QList<Refund>> forInvoice(const EntityId &invoiceId);
    // Refunds still waiting for the processor (a lost answer, a crash),
    // oldest first: send each again with its own id.
    Result<QList<Refund>> pending();

private:
    Result<QList<Refund>> select(const char *where, const EntityId &arg);
    Result<Refund> finish(const Actor &actor, const EntityId &refundId, PaymentStatus status, const QString &ref,
                          const QString &failure);
    store::ClinicStore &m_store;
};

} // namespace msp::checkout
