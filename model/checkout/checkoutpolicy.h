#pragma once

#include "domain/result.h"

#include <QJsonObject>

namespace msp::checkout {

// The clinic's money rules for checkout. Rates are basis points (825 =
// 8.25 %). A fee is either a fixed amount or a share of the service price:
// the fixed amount wins when both are set.
struct CheckoutPolicy {
    qint64 serviceTaxBasisPoints = 0; // most states do not tax medical services
    qint64 retailTaxBasisPoints = 0;
    qint64 noShowFeeMinor = 0;
    qint64 noShowFeeBasisPoints = 0;
    qint64 lateCancelFeeMinor = 0;
    qint64 lateCancelFeeBasisPoints = 0;
    int lateCancelWindowHours = 24; // cancelling later than this before the start is late
    qint64 depositBasisPoints = 0; // deposit asked at booking, share of the service price

    QJsonObject toJson() const;
    static Result<CheckoutPolicy> fromJson(const QJsonObject &json);
    Result<void> validate() const;
};

} // namespace msp::checkout
