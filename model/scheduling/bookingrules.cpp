#include "scheduling/bookingrules.h"

#include <algorithm>

namespace msp::scheduling {

QString ruleKey(Rule rule)
{
    switch (rule) {
    case Rule::InvalidRequest: return QStringLiteral("invalid_request");
    case Rule::BlockTooLong: return QStringLiteral("block_too_long");
    case Rule::PractitionerInactive: return QStringLiteral("practitioner_inactive");
    case Rule::NotQualified: return QStringLiteral("not_qualified");
    case Rule::OutsideWorkingHours: return QStringLiteral("outside_working_hours");
    case Rule::PractitionerBusy: return QStringLiteral("practitioner_busy");
    case Rule::NoSuitableRoom: return QStringLiteral("no_suitable_room");
    case Rule::WrongRoomType: return QStringLiteral("wrong_room_type");
    case Rule::RoomBusy: return QStringLiteral("room_busy");
    case Rule::NoSuitableDevice: return QStringLiteral("no_suitable_device");
    case Rule::WrongDeviceKind: return QStringLiteral("wrong_device_kind");
    case Rule::DeviceBusy: return QStringLiteral("device_busy");
    }
    return {};
}

bool isOverridable(Rule rule)
{
    return rule == Rule::PractitionerBusy || rule == Rule::RoomBusy || rule == Rule::DeviceBusy
        || rule == Rule::OutsideWorkingHours;
}

bool Verdict::isOverridable() const
{
    return std::all_of(violations.begin(), violations.end(),
                       [](const Violation &v) { return scheduling::isOverridable(v.rule); });
}

bool Verdict::breaks(Rule rule) const
{
    return std::any_of(violations.begin(), violations.end(), [rule](const Violation &v) { return v.rule == rule; });
}

QString Verdict::message() const
{
    return violations.isEmpty() ? QString() : violations.first().message;
}

} // namespace msp::scheduling
