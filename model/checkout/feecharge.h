#pragma once

#include "checkout/invoicebuilder.h"
#include "domain/invoice.h"
#include "domain/user.h"

namespace msp::store {
class ClinicStore;
}

namespace msp::checkout {

struct FeeCharge {
    std::optional<Invoice> invoice; // none when the policy sets no fee and a deposit is simply kept
    qint64 feeMinor = 0;
    qint64 depositAppliedMinor = 0; // of the held deposits, what paid the fee
    qint64 depositForfeitedMinor = 0; // what the clinic keeps beyond the fee
    QString currency;
};

// What a no-show or late-cancel fee would be for an appointment, before
// anything is recorded: the policy's fee and the deposits held for it.
struct FeePreview {
    qint64 feeMinor = 0;
    qint64 heldMinor = 0;
    QString currency;
};
Result<FeePreview> previewFee(store::ClinicStore &store, FeeKind kind, const EntityId &appointmentId);

// Charges the clinic's no-show or late-cancel fee for an appointment, in one
// transaction: an invoice for the fee (from the policy), the deposits held for
// the appointment applied to it, and whatever is left of them forfeited (kept
// by the clinic, as its policy says a deposit is on a no-show or late
// cancellation). The invoice may still have a balance to take. With no fee in
// the policy, a held deposit is still forfeited; with neither, nothing
// happens and the message says why. A no-show fee also marks the appointment
// a no-show (kept in its history) unless it already is; an appointment that
// cannot be a no-show (cancelled, fulfilled) is refused and nothing changes.
Result<FeeCharge> chargeFee(store::ClinicStore &store, const Actor &actor, FeeKind kind, const EntityId &appointmentId);

} // namespace msp::checkout
