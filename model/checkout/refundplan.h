#pragma once

#include "domain/invoice.h"

namespace msp::checkout {

// What has already gone back against one tender line.
struct PriorRefund {
    EntityId tenderId;
    qint64 amountMinor = 0;
};

// One part of a refund: how much goes back through which tender.
struct RefundPart {
    EntityId tenderId;
    TenderKind kind = TenderKind::Cash;
    qint64 amountMinor = 0;
    QString reference; // the card payment to refund through
};

// Spreads a refund over the invoice's tenders. Money tenders (card, cash,
// gift card) go first, newest first, because the client paid those; loyalty
// rewards are reversed last, since a reversed reward is not money the client
// gets back. No tender gives back more than it took minus earlier refunds. A
// reason is required; the whole refund must fit what is still refundable.
Result<QList<RefundPart>> planRefund(const Invoice &invoice, const QList<PriorRefund> &prior, qint64 amountMinor,
                                     const QString &reason);

// What one line costs the client with its tax, times `quantity` of it, for a
// refund of returned items.
Result<qint64> lineRefundAmount(const Invoice &invoice, const EntityId &lineId, qint64 quantity);

qint64 refundableMinor(const Invoice &invoice, const QList<PriorRefund> &prior);

} // namespace msp::checkout
