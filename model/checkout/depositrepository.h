#pragma once

#include "checkout/payment.h"
#include "domain/invoice.h"
#include "domain/result.h"
#include "domain/user.h"

namespace msp::store {
class ClinicStore;
}

namespace msp::checkout {

// Deposits taken at booking. A card deposit arrives through
// PaymentRepository::completeCardPayment; cash and gift-card deposits are
// recorded here directly.
class DepositRepository
{
public:
    explicit DepositRepository(store::ClinicStore &store)
        : m_store(store)
    {
    }

    Result<Deposit> recordDeposit(const Actor &actor, Deposit deposit);
    Result<QList<Deposit>> forAppointment(const EntityId &appointmentId);
    Result<Deposit> find(const EntityId &depositId);
    // Applies every held deposit of the invoice's appointment to what is
    // owed, each as a tender of the kind that took it. Leftovers stay held.
    Result<Invoice> applyHeld(const Actor &actor, const EntityId &invoiceId);
    // Saves a new invoice and applies the held deposits of its appointment
    // to it, in one transaction: checkout never forgets a deposit.
    Result<Invoice> createApplyingHeld(const Actor &actor, const Invoice &invoice);
    // What is held for an appointment now, in `currency`.
    Result<qint64> heldMinor(const EntityId &appointmentId, const QString &currency);
    // A no-show or late-cancel fee keeps the deposit instead of refunding it.
    Result<void> forfeit(const Actor &actor, const EntityId &depositId, const QString &reason);

private:
    Result<QList<Deposit>> select(const char *where, const EntityId &arg);
    Result<void> setStatus(const EntityId &depositId, DepositStatus status, const EntityId &invoiceId);
    store::ClinicStore &m_store;
};

} // namespace msp::checkout
