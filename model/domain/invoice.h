#pragma once

#include "domain/entityid.h"
#include "domain/money.h"
#include "domain/tenderkind.h"

#include <QDateTime>
#include <QList>

namespace msp {

enum class InvoiceStatus { Open, Paid, Refunded, Void };
QString invoiceStatusKey(InvoiceStatus s);
std::optional<InvoiceStatus> invoiceStatusFromKey(QStringView key);

enum class LineKind { Service, Product, Discount, Fee, Tip };
QString lineKindKey(LineKind k);
std::optional<LineKind> lineKindFromKey(QStringView key);

struct InvoiceLine {
    EntityId id;
    LineKind kind = LineKind::Service;
    QString description;
    qint64 quantity = 1;
    qint64 unitPriceMinor = 0; // negative for discounts
    qint64 taxBasisPoints = 0; // 825 = 8.25 %
    EntityId serviceId;
    EntityId practitionerId; // who earns the tip or commission

    qint64 netMinor() const { return unitPriceMinor * quantity; }
    qint64 taxMinor() const;
};

struct TenderLine {
    EntityId id;
    TenderKind kind = TenderKind::Cash;
    qint64 amountMinor = 0;
    QString authorisationCode; // loyalty programs and cards
    qint64 rewardValueMinor = 0; // loyalty: the value the manufacturer reimburses
    QString reference; // card payment id, gift card number
};

struct Invoice {
    EntityId id;
    EntityId clientId;
    EntityId appointmentId;
    InvoiceStatus status = InvoiceStatus::Open;
    QString currency = QStringLiteral("USD");
    QDateTime createdAt;
    QList<InvoiceLine> lines;
    QList<TenderLine> tenders;

    qint64 subtotalMinor() const;
    qint64 taxMinor() const;
    qint64 totalMinor() const { return subtotalMinor() + taxMinor(); }
    qint64 paidMinor() const;
    qint64 balanceMinor() const { return totalMinor() - paidMinor(); }
    Money total() const { return Money(totalMinor(), currency); }

    // Lines and tenders are well formed: loyalty tenders carry an
    // authorisation code, amounts are positive, quantities at least one.
    Result<void> validate() const;
};

} // namespace msp
