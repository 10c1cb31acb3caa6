#pragma once

#include "checkout/checkoutpolicy.h"
#include "checkout/payment.h"
#include "domain/invoice.h"
#include "domain/user.h"

namespace msp::store {
class ClinicStore;
}

namespace msp::checkout {

struct TenderReceipt {
    Invoice invoice; // as saved, with its new status
    TenderLine tender;
    qint64 changeDueMinor = 0;
};

// Taking money for invoices. Every write is one transaction with its audit
// event and outbox mutation, like the store's own repositories. Card money is
// two-step: beginCardPayment() saves a pending payment whose id keys the
// processor calls, then complete or fail it with the processor's answer.
class PaymentRepository
{
public:
    explicit PaymentRepository(store::ClinicStore &store)
        : m_store(store)
    {
    }

    Result<CheckoutPolicy> policy();
    Result<void> savePolicy(const Actor &actor, const CheckoutPolicy &policy);

    // The open or paid invoice already made for an appointment, if any.
    Result<std::optional<Invoice>> invoiceForAppointment(const EntityId &appointmentId);
    // Cash, gift card and loyalty rewards: recorded at once, offline or not.
    Result<TenderReceipt> addTender(const Actor &actor, const EntityId &invoiceId, const TenderLine &tender);

    Result<Payment> beginCardPayment(const Actor &actor, const EntityId &invoiceId, qint64 amountMinor);
    // A deposit at booking: no invoice yet, only the appointment.
    Result<Payment> beginDepositPayment(const Actor &actor, const EntityId &appointmentId, qint64 amountMinor,
                                        const QString &currency);
    // The processor took the money: the payment succeeds and becomes a card
    // tender on its invoice (or a held deposit). Calling it again for the same
    // payment changes nothing.
    Result<Payment> completeCardPayment(const Actor &actor, const EntityId &paymentId, const QString &providerRef);
    // The processor made its object for the payment (a PaymentIntent) but
    // has not taken money yet: keep its id, so after a crash the payment is
    // looked up by it instead of guessed. Only while pending.
    Result<Payment> attachProviderRef(const Actor &actor, const EntityId &paymentId, const QString &providerRef);
    // The processor refused: the invoice stays as it was.
    Result<Payment> failCardPayment(const Actor &actor, const EntityId &paymentId, const QString &message);
    Result<Payment> payment(const EntityId &paymentId);
    // Card payments whose outcome is not known (a crash or a lost answer):
    // retry each with its own id before taking any new card payment.
    Result<QList<Payment>> pendingPayments();
    Result<QList<Payment>> paymentsFor(const EntityId &invoiceId);

    Result<Invoice> voidInvoice(const Actor &actor, const EntityId &invoiceId, const QString &reason);

private:
    Result<Payment> beginPayment(const Actor &actor, Payment p);
    Result<Payment> finishPayment(const Actor &actor, const EntityId &paymentId, PaymentStatus status,
                                  const QString &providerRef, const QString &failure);
    store::ClinicStore &m_store;
};

} // namespace msp::checkout
