#pragma once

#include "domain/appointment.h"
#include "domain/service.h"

#include <QList>

namespace msp::checkout {

struct ProductSale {
    QString description;
    qint64 quantity = 1;
    qint64 unitPriceMinor = 0;
};

enum class DiscountScope { Services, Products, Everything };

// Either a percentage (basis points) or a fixed amount off what the scope
// covers; never more than that.
struct DiscountRule {
    QString description;
    DiscountScope scope = DiscountScope::Everything;
    qint64 percentBasisPoints = 0;
    qint64 amountMinor = 0;
};

// What the front desk put together for one appointment's checkout.
struct InvoiceDraft {
    Appointment appointment;
    Service service;
    QString currency = QStringLiteral("USD");
    QList<ProductSale> products;
    QList<DiscountRule> discounts;
    qint64 tipMinor = 0; // goes to the appointment's practitioner, untaxed
};

} // namespace msp::checkout
