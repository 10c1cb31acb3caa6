#pragma once

#include "domain/result.h"

#include <QJsonObject>

#include <optional>

namespace msp::protocol::json {

// Strict readers for decoding: a missing or mistyped field is an
// Error::invalid naming the field, so the server can answer 400 with a
// message that says which field to fix.
Result<QJsonObject> parseObject(const QByteArray &json);
Result<QString> requireString(const QJsonObject &o, QStringView key, bool allowEmpty = false);
Result<QString> optionalString(const QJsonObject &o, QStringView key);
Result<qint64> requireInt(const QJsonObject &o, QStringView key);
Result<bool> optionalBool(const QJsonObject &o, QStringView key, bool fallback);
Result<QJsonObject> requireObject(const QJsonObject &o, QStringView key);
Result<QJsonArray> requireArray(const QJsonObject &o, QStringView key);

} // namespace msp::protocol::json
