#include "domain/invoice.h"

#include <QCoreApplication>

namespace msp {

QString invoiceStatusKey(InvoiceStatus s)
{
    switch (s) {
    case InvoiceStatus::Open: return QStringLiteral("open");
    case InvoiceStatus::Paid: return QStringLiteral("paid");
    case InvoiceStatus::Refunded: return QStringLiteral("refunded");
    case InvoiceStatus::Void: return QStringLiteral("void");
    }
    return {};
}

std::optional<InvoiceStatus> invoiceStatusFromKey(QStringView key)
{
    for (auto s : {InvoiceStatus::Open, InvoiceStatus::Paid, InvoiceStatus::Refunded, InvoiceStatus::Void})
        if (invoiceStatusKey(s) == key)
            return s;
    return std::nullopt;
}

QString lineKindKey(LineKind k)
{
    switch (k) {
    case LineKind::Service: return QStringLiteral("service");
    case LineKind::Product: return QStringLiteral("product");
    case LineKind::Discount: return QStringLiteral("discount");
    case LineKind::Fee: return QStringLiteral("fee");
    case LineKind::Tip: return QStringLiteral("tip");
    }
    return {};
}

std::optional<LineKind> lineKindFromKey(QStringView key)
{
    for (auto k : {LineKind::Service, LineKind::Product, LineKind::Discount, LineKind::Fee, LineKind::Tip})
        if (lineKindKey(k) == key)
            return k;
    return std::nullopt;
}

qint64 InvoiceLine::taxMinor() const
{
    // Half away from zero per line, as most US point-of-sale systems do.
    const qint64 product = netMinor() * taxBasisPoints;
    return (product + (product >= 0 ? 5000 : -5000)) / 10000;
}

qint64 Invoice::subtotalMinor() const
{
    qint64 s = 0;
    for (const auto &l : lines)
        s += l.netMinor();
    return s;
}

qint64 Invoice::taxMinor() const
{
    qint64 t = 0;
    for (const auto &l : lines)
        t += l.taxMinor();
    return t;
}

qint64 Invoice::paidMinor() const
{
    qint64 p = 0;
    for (const auto &t : tenders)
        p += t.amountMinor;
    return p;
}

Result<void> Invoice::validate() const
{
    const auto fail = [](const char *field, const char *why) {
        return Error::invalid(QString::fromLatin1(field), QCoreApplication::translate("msp::Invoice", why));
    };
    for (const auto &l : lines) {
        if (l.quantity < 1)
            return fail("quantity", QT_TRANSLATE_NOOP("msp::Invoice", "Each line needs a quantity of at least 1."));
        if (l.kind != LineKind::Discount && l.unitPriceMinor < 0)
            return fail("price", QT_TRANSLATE_NOOP("msp::Invoice", "Only a discount line can have a negative price."));
        if (l.kind == LineKind::Discount && l.unitPriceMinor > 0)
            return fail("price", QT_TRANSLATE_NOOP("msp::Invoice", "A discount must be entered as a negative amount."));
        if (l.description.trimmed().isEmpty())
            return fail("description", QT_TRANSLATE_NOOP("msp::Invoice", "Each line needs a description."));
    }
    for (const auto &t : tenders) {
        if (t.amountMinor <= 0)
            return fail("amount", QT_TRANSLATE_NOOP("msp::Invoice", "A payment amount must be more than zero."));
        if (isLoyaltyTender(t.kind) && t.authorisationCode.trimmed().isEmpty())
            return fail(
                "authorisationCode",
                QT_TRANSLATE_NOOP(
                    "msp::Invoice",
                    "A loyalty reward needs the program's authorisation code, so the manufacturer reimburses it."));
    }
    return ok();
}

} // namespace msp
