#pragma once

#include "domain/result.h"

#include <QDateTime>

namespace msp::protocol {

// Instants travel as ISO 8601 UTC with milliseconds ("2025-03-01T09:30:00.000Z").
QString encodeTime(const QDateTime &t);
Result<QDateTime> decodeTime(const QString &text, QStringView field);

} // namespace msp::protocol
