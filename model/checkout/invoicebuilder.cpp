#include "checkout/invoicebuilder.h"

#include "checkout/allocation.h"

#include <QCoreApplication>
#include <QMap>

namespace msp::checkout {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("msp::checkout", text);
}

bool inScope(const InvoiceLine &line, DiscountScope scope)
{
    switch (scope) {
    case DiscountScope::Services: return line.kind == LineKind::Service;
    case DiscountScope::Products: return line.kind == LineKind::Product;
    case DiscountScope::Everything: return line.kind == LineKind::Service || line.kind == LineKind::Product;
    }
    return false;
}

// Discounts are allocated to the individual lines they cover, in proportion
// to what is left of each after earlier discounts; the parts are then summed
// per tax rate into discount lines. `remaining` tracks each line's net after
// discounts, which is also the base of a percentage tip.
struct Discounting {
    Invoice &invoice;
    QList<qint64> remaining; // parallel to the invoice's lines at the start

    Result<void> apply(const DiscountRule &rule)
    {
        if (rule.percentBasisPoints < 0 || rule.percentBasisPoints > 10000 || rule.amountMinor < 0)
            return Error::invalid(QStringLiteral("discount"),
                                  tr("A discount must be between 0 % and 100 %, or a positive amount."));
        QList<qint64> weights(remaining.size(), 0);
        qint64 base = 0;
        for (qsizetype i = 0; i < remaining.size(); ++i) {
            if (inScope(invoice.lines[i], rule.scope)) {
                weights[i] = remaining[i];
                base += remaining[i];
            }
        }
        const qint64 off = rule.amountMinor > 0 ? rule.amountMinor : basisPointsOf(base, rule.percentBasisPoints);
        if (off > base)
            return Error::invalid(QStringLiteral("discount"),
                                  tr("The discount is more than the items it applies to. Lower it or apply it to "
                                     "everything."));
        if (off == 0)
            return ok();
        const QList<qint64> parts = allocateProportionally(off, weights);
        QMap<qint64, qint64> byRate;
        for (qsizetype i = 0; i < parts.size(); ++i) {
            remaining[i] -= parts[i];
            if (parts[i] != 0)
                byRate[invoice.lines[i].taxBasisPoints] += parts[i];
        }
        for (auto it = byRate.cbegin(); it != byRate.cend(); ++it) {
            InvoiceLine l;
            l.kind = LineKind::Discount;
            l.description = rule.description.trimmed().isEmpty() ? tr("Discount") : rule.description.trimmed();
            l.unitPriceMinor = -it.value();
            l.taxBasisPoints = it.key();
            invoice.lines.append(l);
        }
        return ok();
    }

    qint64 servicesNet() const
    {
        qint64 net = 0;
        for (qsizetype i = 0; i < remaining.size(); ++i)
            if (invoice.lines[i].kind == LineKind::Service)
                net += remaining[i];
        return net;
    }
};

Result<Invoice> buildLines(const InvoiceDraft &draft, const CheckoutPolicy &policy, qint64 *servicesNet)
{
    MSP_TRY(policy.validate());
    if (!draft.service.id.isNull() && draft.service.price.currency() != draft.currency)
        return Error::invalid(QStringLiteral("currency"),
                              tr("The service is priced in another currency than the clinic's."));
    Invoice inv;
    inv.clientId = draft.appointment.clientId;
    inv.appointmentId = draft.appointment.id;
    inv.currency = draft.currency;

    if (!draft.service.id.isNull()) {
        InvoiceLine s;
        s.kind = LineKind::Service;
        s.description = draft.service.name;
        s.unitPriceMinor = draft.service.price.minorUnits();
        s.taxBasisPoints = policy.serviceTaxBasisPoints;
        s.serviceId = draft.service.id;
        s.practitionerId = draft.appointment.practitionerId;
        inv.lines.append(s);
    }
    for (const ProductSale &p : draft.products) {
        if (p.quantity < 1 || p.unitPriceMinor < 0 || p.description.trimmed().isEmpty())
            return Error::invalid(QStringLiteral("product"),
                                  tr("A product needs a name, a quantity of at least 1 and a price of zero or more."));
        InvoiceLine l;
        l.kind = LineKind::Product;
        l.description = p.description.trimmed();
        l.quantity = p.quantity;
        l.unitPriceMinor = p.unitPriceMinor;
        l.taxBasisPoints = policy.retailTaxBasisPoints;
        inv.lines.append(l);
    }
    Discounting discounting {inv, {}};
    for (const InvoiceLine &l : inv.lines)
        discounting.remaining.append(l.netMinor());
    for (const DiscountRule &d : draft.discounts)
        MSP_TRY(discounting.apply(d));
    if (servicesNet)
        *servicesNet = discounting.servicesNet();
    return inv;
}
} // namespace

Result<Invoice> buildInvoice(const InvoiceDraft &draft, const CheckoutPolicy &policy)
{
    auto built = buildLines(draft, policy, nullptr);
    if (!built)
        return built.error();
    Invoice inv = std::move(*built);
    if (draft.tipMinor < 0)
        return Error::invalid(QStringLiteral("tip"), tr("A tip cannot be negative."));
    if (draft.tipMinor > 0) {
        InvoiceLine t;
        t.kind = LineKind::Tip;
        t.description = tr("Tip");
        t.unitPriceMinor = draft.tipMinor;
        t.practitionerId = draft.appointment.practitionerId;
        inv.lines.append(t);
    }
    MSP_TRY(inv.validate());
    return inv;
}

qint64 feeAmount(FeeKind kind, const Service &service, const CheckoutPolicy &policy)
{
    const qint64 fixed = kind == FeeKind::NoShow ? policy.noShowFeeMinor : policy.lateCancelFeeMinor;
    const qint64 bp = kind == FeeKind::NoShow ? policy.noShowFeeBasisPoints : policy.lateCancelFeeBasisPoints;
    return fixed > 0 ? fixed : basisPointsOf(service.price.minorUnits(), bp);
}

Result<Invoice> buildFeeInvoice(FeeKind kind, const Appointment &appointment, const Service &service,
                                const CheckoutPolicy &policy, const QString &currency)
{
    MSP_TRY(policy.validate());
    const qint64 fee = feeAmount(kind, service, policy);
    if (fee <= 0)
        return Error::make(ErrorCode::Invalid,
                           kind == FeeKind::NoShow ? tr("The clinic's policy sets no no-show fee.")
                                                   : tr("The clinic's policy sets no late-cancellation fee."));
    Invoice inv;
    inv.clientId = appointment.clientId;
    inv.appointmentId = appointment.id;
    inv.currency = currency;
    InvoiceLine l;
    l.kind = LineKind::Fee;
    l.description = kind == FeeKind::NoShow ? tr("No-show fee: %1").arg(service.name)
                                            : tr("Late cancellation fee: %1").arg(service.name);
    l.unitPriceMinor = fee;
    l.serviceId = service.id;
    l.practitionerId = appointment.practitionerId;
    inv.lines.append(l);
    return inv;
}

bool isLateCancellation(const Appointment &appointment, const QDateTime &cancelledAtUtc, const CheckoutPolicy &policy)
{
    return cancelledAtUtc.secsTo(appointment.start) < qint64(policy.lateCancelWindowHours) * 3600;
}

qint64 depositAmount(const Service &service, const CheckoutPolicy &policy)
{
    return basisPointsOf(service.price.minorUnits(), policy.depositBasisPoints);
}

Result<qint64> tipFromBasisPoints(const InvoiceDraft &draft, const CheckoutPolicy &policy, qint64 basisPoints)
{
    if (basisPoints < 0 || basisPoints > 10000)
        return Error::invalid(QStringLiteral("tip"), tr("A tip must be between 0 % and 100 %."));
    qint64 services = 0;
    auto built = buildLines(draft, policy, &services);
    if (!built)
        return built.error();
    return basisPointsOf(services, basisPoints);
}

} // namespace msp::checkout
