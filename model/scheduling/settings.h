#pragma once

#include "domain/result.h"
#include "domain/user.h"

#include <QString>

namespace msp::store {
class ClinicStore;
}

namespace msp::scheduling {

// Clinic settings the scheduling engine reads from the store's `setting`
// table (key/value).
namespace settingKeys {
// "1" lets calendar exports name the client in SUMMARY/DESCRIPTION. Off by
// default: calendar feeds leave the clinic and must carry no PHI.
inline QString icsClientDetails()
{
    return QStringLiteral("ics.include_client_details");
}
// The no-show fee in minor units of the clinic currency, flagged for checkout.
inline QString noShowFeeMinor()
{
    return QStringLiteral("scheduling.noshow_fee_minor");
}
} // namespace settingKeys

Result<QString> readSetting(store::ClinicStore &store, const QString &key, const QString &fallback = {});
// Saves a clinic setting (Permission::ManageClinic), audited.
Result<void> writeSetting(store::ClinicStore &store, const Actor &actor, const QString &key, const QString &value);

} // namespace msp::scheduling
