#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace msp::server {

// A column as PostgreSQL's text output gives it; nullopt is SQL NULL.
using TextColumn = std::optional<std::string_view>;

// An appointment's columns as the pull feed reads them (statements.h,
// FeedColumn): uuids as PostgreSQL writes them, times as `timestamp` (the
// instant AT TIME ZONE 'UTC') in DateStyle ISO, overbooked as "t" or "f".
struct AppointmentColumns {
    TextColumn clientId;
    TextColumn practitionerId;
    TextColumn serviceId;
    TextColumn roomId;
    TextColumn deviceId; // the equipment_id column
    TextColumn start;
    TextColumn end;
    TextColumn status;
    TextColumn notes;
    TextColumn overbooked;
};

// Appends an appointment's pull `data` object, the text the feed built in
// SQL until it cost most of a first sync's database time:
// {"client_id","practitioner_id","service_id","room_id","device_id","start",
// "end","status","notes","overbooked"}, NULL columns as null. False, with
// `out` as it was, when a time cannot be written as wire time.
[[nodiscard]] bool appendAppointmentJson(std::string &out, const AppointmentColumns &columns);

// `timestamp` text in DateStyle ISO ("2035-03-01 14:00:00.123999") as wire
// time ("2035-03-01T14:00:00.123Z"), milliseconds cut from microseconds as
// to_char's MS does. False, with `out` as it was, for anything else:
// infinity, BC, years past 9999, another DateStyle.
[[nodiscard]] bool appendWireTime(std::string &out, std::string_view isoTimestamp);

// A JSON string as PostgreSQL's to_json writes text (and the server's log
// writes its values): quote and backslash
// escaped, control characters as \b \f \n \r \t or \u00xx, everything else
// (UTF-8 included) as it is.
void appendJsonString(std::string &out, std::string_view text);

} // namespace msp::server
