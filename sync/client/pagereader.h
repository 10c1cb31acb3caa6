#pragma once

#include "domain/result.h"
#include "pageapplier.h"

#include <QByteArray>

#include <optional>

namespace msp::sync {

// Reads a pull page's JSON straight into rows, without QJsonDocument's tree:
// an appointment's or a client's columns come from the page's text as it is
// scanned, and only other rows' data are parsed into objects. About a third
// of a first sync's reading was building and searching that tree.
//
// Gives nothing for any page it does not take whole (malformed, a repeated
// name, a text QJsonDocument allows but RFC 8259 does not): the caller then
// reads it the long way (protocol::decodePullResponse), which gives the
// same rows or the message that says what is wrong. So both ways give the
// same answer for every page; tests/fuzz/sync holds them to that.
std::optional<PulledPage> readPageText(const QByteArray &body);

// The long way: the page through QJsonDocument (protocol::decodePullResponse),
// then each row's columns read from its object. Errors say what is wrong.
Result<PulledPage> readPageDocument(const QByteArray &body);

} // namespace msp::sync
