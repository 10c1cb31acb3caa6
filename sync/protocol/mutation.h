#pragma once

#include "domain/result.h"

#include <QJsonObject>
#include <QList>
#include <QString>

namespace msp::protocol {

// A named operation recorded in the device's outbox. `id` increases by one
// per device; the server applies each id exactly once.
struct Mutation {
    qint64 id = 0;
    QString name; // one of knownMutationNames()
    QJsonObject args;

    friend bool operator==(const Mutation &, const Mutation &) = default;
};

// POST /v1/sync/push
struct PushRequest {
    QList<Mutation> mutations;

    friend bool operator==(const PushRequest &, const PushRequest &) = default;
};

enum class MutationOutcome { Applied, Rejected };

// Stable reason codes of a rejection; a rejection never blocks the queue.
namespace reason {
inline constexpr char16_t kSlotTaken[] = u"slot_taken";
inline constexpr char16_t kNotPermitted[] = u"not_permitted";
inline constexpr char16_t kInvalid[] = u"invalid";
inline constexpr char16_t kNotFound[] = u"not_found";
} // namespace reason

struct FreeSlot {
    QString start; // wire time
    QString end;

    friend bool operator==(const FreeSlot &, const FreeSlot &) = default;
};

struct MutationResult {
    qint64 id = 0;
    MutationOutcome outcome = MutationOutcome::Applied;
    QString reason; // set when rejected
    QString message; // for people
    QJsonObject conflictingBooking; // slot_taken: {id, start, end, practitioner_id, room_id, device_id}
    QList<FreeSlot> nextFreeSlots; // slot_taken: the next times that fit

    friend bool operator==(const MutationResult &, const MutationResult &) = default;
};

struct PushResponse {
    QList<MutationResult> results;
    qint64 lastMutationId = 0; // the server's last applied id for this device

    friend bool operator==(const PushResponse &, const PushResponse &) = default;
};

const QStringList &knownMutationNames();

QByteArray encodePushRequest(const PushRequest &r);
Result<PushRequest> decodePushRequest(const QByteArray &json);
QJsonObject mutationResultToJson(const MutationResult &r);
Result<MutationResult> mutationResultFromJson(const QJsonObject &o);
QByteArray encodePushResponse(const PushResponse &r);
Result<PushResponse> decodePushResponse(const QByteArray &json);

} // namespace msp::protocol
