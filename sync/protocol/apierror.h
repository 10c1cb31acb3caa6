#pragma once

#include "domain/result.h"

#include <QByteArray>
#include <QString>

namespace msp::protocol {

// The body of every non-2xx answer: {"error": {"code": "...", "message": "..."}}.
// `code` is stable and for programs (the app wipes its store on
// "device_revoked"); `message` is for people.
struct ApiError {
    QString code;
    QString message;
    QString field; // for "invalid": which input was wrong

    friend bool operator==(const ApiError &, const ApiError &) = default;
};

QByteArray encodeApiError(const ApiError &error);
Result<ApiError> decodeApiError(const QByteArray &json);

// Stable codes the app acts on.
namespace errorcode {
inline constexpr char16_t kInvalid[] = u"invalid";
inline constexpr char16_t kUnauthenticated[] = u"unauthenticated";
inline constexpr char16_t kTokenExpired[] = u"token_expired";
inline constexpr char16_t kForbidden[] = u"forbidden";
inline constexpr char16_t kDeviceRevoked[] = u"device_revoked";
inline constexpr char16_t kRateLimited[] = u"rate_limited";
inline constexpr char16_t kMutationGap[] = u"mutation_gap";
inline constexpr char16_t kCursorExpired[] = u"cursor_expired";
inline constexpr char16_t kNotFound[] = u"not_found";
inline constexpr char16_t kTooLarge[] = u"too_large";
inline constexpr char16_t kUnavailable[] = u"unavailable";
inline constexpr char16_t kInternal[] = u"internal";
} // namespace errorcode

} // namespace msp::protocol
