#pragma once

#include "domain/invoice.h"

namespace msp::checkout {

// A tender as it will be recorded, and the change to hand back.
struct AcceptedTender {
    TenderLine tender;
    qint64 changeDueMinor = 0;
};

// Checks one more tender against what is still owed. Cash may be more than the
// balance (the tender is recorded for the balance and the rest is change);
// nothing else may. A loyalty tender needs its authorisation code; its reward
// value defaults to the amount it covers.
Result<AcceptedTender> acceptTender(const Invoice &invoice, TenderLine tender);

// A deposit held for an appointment, as checkout sees it.
struct HeldDeposit {
    EntityId id;
    TenderKind kind = TenderKind::Card;
    qint64 amountMinor = 0;
    QString reference; // the card payment that took it
};

struct DepositApplication {
    EntityId depositId;
    TenderLine tender; // what goes on the invoice
    qint64 leftoverMinor = 0; // stays with the client (refund or keep on account)
};

// Applies held deposits to the balance, oldest first, each as a tender of the
// kind that took it. A deposit larger than the balance covers the balance and
// reports the leftover.
QList<DepositApplication> applyDeposits(const Invoice &invoice, const QList<HeldDeposit> &deposits);

} // namespace msp::checkout
