#include "appointmentjson.h"

namespace msp::server {

namespace {
bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

// Digits where `pattern` has 'd', the pattern's own character elsewhere.
bool matches(std::string_view text, std::string_view pattern)
{
    if (text.size() != pattern.size())
        return false;
    for (std::size_t i = 0; i < text.size(); ++i)
        if (pattern[i] == 'd' ? !isDigit(text[i]) : text[i] != pattern[i])
            return false;
    return true;
}

// A uuid's text needs no escaping.
void appendUuid(std::string &out, const TextColumn &uuid)
{
    if (!uuid) {
        out += "null";
        return;
    }
    out += '"';
    out += *uuid;
    out += '"';
}

void appendString(std::string &out, const TextColumn &text)
{
    if (text)
        appendJsonString(out, *text);
    else
        out += "null";
}

bool appendTime(std::string &out, const TextColumn &time)
{
    if (!time) {
        out += "null";
        return true;
    }
    out += '"';
    if (!appendWireTime(out, *time))
        return false;
    out += '"';
    return true;
}
} // namespace

bool appendWireTime(std::string &out, std::string_view iso)
{
    // What timestamp_out writes in DateStyle ISO: the fraction only when
    // there is one, without its trailing zeros; " BC" after a year before 1;
    // more digits for a year after 9999; "infinity" and "-infinity".
    const std::string_view seconds = iso.substr(0, 19);
    const std::string_view fraction = iso.substr(seconds.size());
    if (!matches(seconds, "dddd-dd-dd dd:dd:dd"))
        return false;
    if (!fraction.empty() && (fraction.size() < 2 || fraction.size() > 7 || fraction[0] != '.'))
        return false;
    for (const char c : fraction.substr(fraction.empty() ? 0 : 1))
        if (!isDigit(c))
            return false;
    out.append(seconds.data(), 10);
    out += 'T';
    out.append(seconds.data() + 11, 8);
    out += '.';
    for (std::size_t i = 1; i <= 3; ++i)
        out += i < fraction.size() ? fraction[i] : '0';
    out += 'Z';
    return true;
}

void appendJsonString(std::string &out, std::string_view text)
{
    static constexpr char kHex[] = "0123456789abcdef";
    out += '"';
    std::size_t plain = 0; // start of the run not yet appended
    for (std::size_t i = 0; i < text.size(); ++i) {
        const auto c = static_cast<unsigned char>(text[i]);
        if (c >= 0x20 && c != '"' && c != '\\')
            continue;
        out.append(text.data() + plain, i - plain);
        plain = i + 1;
        switch (c) {
        case '"': out += "\\\""; break;
        case '\\': out += "\\\\"; break;
        case '\b': out += "\\b"; break;
        case '\f': out += "\\f"; break;
        case '\n': out += "\\n"; break;
        case '\r': out += "\\r"; break;
        case '\t': out += "\\t"; break;
        default:
            out += "\\u00";
            out += kHex[c >> 4];
            out += kHex[c & 0xf];
        }
    }
    out.append(text.data() + plain, text.size() - plain);
    out += '"';
}

bool appendAppointmentJson(std::string &out, const AppointmentColumns &c)
{
    const std::size_t before = out.size();
    out += "{\"client_id\":";
    appendUuid(out, c.clientId);
    out += ",\"practitioner_id\":";
    appendUuid(out, c.practitionerId);
    out += ",\"service_id\":";
    appendUuid(out, c.serviceId);
    out += ",\"room_id\":";
    appendUuid(out, c.roomId);
    out += ",\"device_id\":";
    appendUuid(out, c.deviceId);
    out += ",\"start\":";
    bool timesOk = appendTime(out, c.start);
    out += ",\"end\":";
    timesOk = timesOk && appendTime(out, c.end);
    if (!timesOk) {
        out.resize(before);
        return false;
    }
    out += ",\"status\":";
    appendString(out, c.status);
    out += ",\"notes\":";
    appendString(out, c.notes);
    out += ",\"overbooked\":";
    out += !c.overbooked ? "null" : *c.overbooked == "t" ? "true" : "false";
    out += '}';
    return true;
}

} // namespace msp::server
