#include "checkout/refundplan.h"

#include "checkout/allocation.h"

#include <QCoreApplication>

namespace msp::checkout {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("msp::checkout", text);
}

qint64 refundedAgainst(const EntityId &tenderId, const QList<PriorRefund> &prior)
{
    qint64 sum = 0;
    for (const PriorRefund &p : prior)
        if (p.tenderId == tenderId)
            sum += p.amountMinor;
    return sum;
}
} // namespace

qint64 refundableMinor(const Invoice &invoice, const QList<PriorRefund> &prior)
{
    qint64 left = 0;
    for (const TenderLine &t : invoice.tenders)
        left += std::max<qint64>(0, t.amountMinor - refundedAgainst(t.id, prior));
    return left;
}

Result<QList<RefundPart>> planRefund(const Invoice &invoice, const QList<PriorRefund> &prior, qint64 amountMinor,
                                     const QString &reason)
{
    if (reason.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("reason"), tr("Enter the reason for the refund."));
    if (amountMinor <= 0)
        return Error::invalid(QStringLiteral("amount"), tr("Enter a refund amount of more than zero."));
    const qint64 refundable = refundableMinor(invoice, prior);
    if (amountMinor > refundable)
        return Error::invalid(QStringLiteral("amount"),
                              tr("Only %1 of this invoice can still be refunded.")
                                  .arg(Money(refundable, invoice.currency).toDisplayString()));
    QList<const TenderLine *> order;
    for (qsizetype i = invoice.tenders.size() - 1; i >= 0; --i)
        if (!isLoyaltyTender(invoice.tenders[i].kind))
            order.append(&invoice.tenders[i]);
    for (qsizetype i = invoice.tenders.size() - 1; i >= 0; --i)
        if (isLoyaltyTender(invoice.tenders[i].kind))
            order.append(&invoice.tenders[i]);

    QList<RefundPart> parts;
    qint64 left = amountMinor;
    for (const TenderLine *t : order) {
        if (left == 0)
            break;
        const qint64 room = t->amountMinor - refundedAgainst(t->id, prior);
        const qint64 take = std::min(room, left);
        if (take <= 0)
            continue;
        parts.append(RefundPart {t->id, t->kind, take, t->reference});
        left -= take;
    }
    return parts;
}

Result<qint64> lineRefundAmount(const Invoice &invoice, const EntityId &lineId, qint64 quantity)
{
    for (const InvoiceLine &l : invoice.lines) {
        if (l.id != lineId)
            continue;
        if (quantity < 1 || quantity > l.quantity)
            return Error::invalid(QStringLiteral("quantity"),
                                  tr("Refund between 1 and %1 of this item.").arg(l.quantity));
        // The line's tax is split over its units so returning every unit one
        // at a time refunds exactly the tax that was charged.
        const QList<qint64> taxShares = splitEvenly(l.taxMinor(), int(l.quantity));
        qint64 tax = 0;
        for (qint64 i = 0; i < quantity; ++i)
            tax += taxShares[i];
        return l.unitPriceMinor * quantity + tax;
    }
    return Error::make(ErrorCode::NotFound, tr("That item is not on this invoice."));
}

} // namespace msp::checkout
