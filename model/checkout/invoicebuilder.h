#pragma once

#include "checkout/checkoutpolicy.h"
#include "checkout/invoicedraft.h"
#include "domain/invoice.h"

namespace msp::checkout {

enum class FeeKind { NoShow, LateCancel };

// Turns a draft into invoice lines: the service, retail products, one
// discount line per tax rate it touches (so the discount reduces the tax of
// what it discounts), and the tip. Totals then come from Invoice itself, so
// the screen, the receipt and the store can never disagree.
Result<Invoice> buildInvoice(const InvoiceDraft &draft, const CheckoutPolicy &policy);

// The fee the clinic's policy sets for a no-show or a late cancellation of
// `service`: the fixed amount when set, otherwise a share of the price.
qint64 feeAmount(FeeKind kind, const Service &service, const CheckoutPolicy &policy);
// An invoice holding just that fee (untaxed), for the appointment's client.
Result<Invoice> buildFeeInvoice(FeeKind kind, const Appointment &appointment, const Service &service,
                                const CheckoutPolicy &policy, const QString &currency);
// Whether cancelling at `cancelledAtUtc` is inside the policy's window.
bool isLateCancellation(const Appointment &appointment, const QDateTime &cancelledAtUtc, const CheckoutPolicy &policy);
// The deposit asked at booking: the policy's share of the service price.
qint64 depositAmount(const Service &service, const CheckoutPolicy &policy);
// A tip given as a share of the services after their discounts, before tax
// (the draft's own tip is ignored).
Result<qint64> tipFromBasisPoints(const InvoiceDraft &draft, const CheckoutPolicy &policy, qint64 basisPoints);

} // namespace msp::checkout
