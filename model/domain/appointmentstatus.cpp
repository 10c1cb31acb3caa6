#include "domain/appointmentstatus.h"

#include <QCoreApplication>

#include <array>

namespace msp {

namespace {
struct Entry {
    AppointmentStatus status;
    const char16_t *code;
};
constexpr std::array kEntries {
    Entry {AppointmentStatus::Proposed, u"proposed"},   Entry {AppointmentStatus::Pending, u"pending"},
    Entry {AppointmentStatus::Booked, u"booked"},       Entry {AppointmentStatus::Arrived, u"arrived"},
    Entry {AppointmentStatus::Fulfilled, u"fulfilled"}, Entry {AppointmentStatus::Cancelled, u"cancelled"},
    Entry {AppointmentStatus::NoShow, u"noshow"},       Entry {AppointmentStatus::CheckedIn, u"checked-in"},
    Entry {AppointmentStatus::Waitlist, u"waitlist"},   Entry {AppointmentStatus::EnteredInError, u"entered-in-error"},
};
} // namespace

QString statusCode(AppointmentStatus s)
{
    for (const auto &e : kEntries)
        if (e.status == s)
            return QString::fromUtf16(e.code);
    return {};
}

std::optional<AppointmentStatus> statusFromCode(QStringView code)
{
    for (const auto &e : kEntries)
        if (QStringView(e.code) == code)
            return e.status;
    return std::nullopt;
}

std::optional<AppointmentStatus> statusFromCode(QLatin1StringView code)
{
    for (const auto &e : kEntries)
        if (code == QStringView(e.code))
            return e.status;
    return std::nullopt;
}

QString statusDisplayName(AppointmentStatus s)
{
    switch (s) {
    case AppointmentStatus::Proposed: return QCoreApplication::translate("msp::AppointmentStatus", "Proposed");
    case AppointmentStatus::Pending: return QCoreApplication::translate("msp::AppointmentStatus", "Pending");
    case AppointmentStatus::Booked: return QCoreApplication::translate("msp::AppointmentStatus", "Booked");
    case AppointmentStatus::Arrived: return QCoreApplication::translate("msp::AppointmentStatus", "Arrived");
    case AppointmentStatus::Fulfilled: return QCoreApplication::translate("msp::AppointmentStatus", "Completed");
    case AppointmentStatus::Cancelled: return QCoreApplication::translate("msp::AppointmentStatus", "Cancelled");
    case AppointmentStatus::NoShow: return QCoreApplication::translate("msp::AppointmentStatus", "No-show");
    case AppointmentStatus::CheckedIn: return QCoreApplication::translate("msp::AppointmentStatus", "Checked in");
    case AppointmentStatus::Waitlist: return QCoreApplication::translate("msp::AppointmentStatus", "Waitlist");
    case AppointmentStatus::EnteredInError:
        return QCoreApplication::translate("msp::AppointmentStatus", "Entered in error");
    }
    return {};
}

bool statusOccupiesTime(AppointmentStatus s)
{
    switch (s) {
    case AppointmentStatus::Cancelled:
    case AppointmentStatus::EnteredInError:
    case AppointmentStatus::Waitlist:
    case AppointmentStatus::NoShow: return false;
    default: return true;
    }
}

bool isAllowedTransition(AppointmentStatus from, AppointmentStatus to)
{
    using S = AppointmentStatus;
    if (from == to)
        return false;
    if (to == S::EnteredInError)
        return true;
    switch (from) {
    case S::Proposed:
    case S::Pending:
    case S::Waitlist: return to == S::Booked || to == S::Cancelled;
    case S::Booked: return to == S::Arrived || to == S::CheckedIn || to == S::Cancelled || to == S::NoShow;
    case S::Arrived: return to == S::CheckedIn || to == S::Fulfilled || to == S::Cancelled;
    case S::CheckedIn: return to == S::Fulfilled || to == S::Cancelled;
    case S::Fulfilled:
    case S::Cancelled:
    case S::NoShow:
    case S::EnteredInError: return false;
    }
    return false;
}

} // namespace msp
