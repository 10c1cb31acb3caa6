#include "checkout/checkoutpolicy.h"

#include <QCoreApplication>

namespace msp::checkout {

namespace {
constexpr qint64 kMaxBasisPoints = 10000;

struct Field {
    const char *key;
    qint64 CheckoutPolicy::*member;
};

constexpr Field kFields[] = {
    {"service_tax_bp", &CheckoutPolicy::serviceTaxBasisPoints},
    {"retail_tax_bp", &CheckoutPolicy::retailTaxBasisPoints},
    {"no_show_fee_minor", &CheckoutPolicy::noShowFeeMinor},
    {"no_show_fee_bp", &CheckoutPolicy::noShowFeeBasisPoints},
    {"late_cancel_fee_minor", &CheckoutPolicy::lateCancelFeeMinor},
    {"late_cancel_fee_bp", &CheckoutPolicy::lateCancelFeeBasisPoints},
    {"deposit_bp", &CheckoutPolicy::depositBasisPoints},
};
} // namespace

QJsonObject CheckoutPolicy::toJson() const
{
    QJsonObject o;
    for (const Field &f : kFields)
        o.insert(QLatin1String(f.key), this->*(f.member));
    o.insert(QLatin1String("late_cancel_window_hours"), lateCancelWindowHours);
    return o;
}

Result<CheckoutPolicy> CheckoutPolicy::fromJson(const QJsonObject &json)
{
    CheckoutPolicy p;
    for (const Field &f : kFields) {
        const QJsonValue v = json.value(QLatin1String(f.key));
        if (v.isDouble())
            p.*(f.member) = v.toInteger();
    }
    const QJsonValue window = json.value(QLatin1String("late_cancel_window_hours"));
    if (window.isDouble())
        p.lateCancelWindowHours = window.toInt();
    MSP_TRY(p.validate());
    return p;
}

Result<void> CheckoutPolicy::validate() const
{
    for (qint64 bp : {serviceTaxBasisPoints, retailTaxBasisPoints, noShowFeeBasisPoints, lateCancelFeeBasisPoints,
                      depositBasisPoints}) {
        if (bp < 0 || bp > kMaxBasisPoints)
            return Error::invalid(QStringLiteral("rate"),
                                  QCoreApplication::translate("msp::checkout",
                                                              "A rate must be between 0 % and 100 %. Check the "
                                                              "clinic's tax and fee settings."));
    }
    if (noShowFeeMinor < 0 || lateCancelFeeMinor < 0)
        return Error::invalid(QStringLiteral("fee"),
                              QCoreApplication::translate("msp::checkout", "A fee cannot be negative."));
    if (lateCancelWindowHours < 0 || lateCancelWindowHours > 24 * 14)
        return Error::invalid(
            QStringLiteral("lateCancelWindowHours"),
            QCoreApplication::translate("msp::checkout", "The late-cancel window must be between 0 and 336 hours."));
    return ok();
}

} // namespace msp::checkout
