#pragma once

#include <QByteArrayView>
#include <QDateTime>

#include <optional>

class QJsonValue;

namespace msp::store {

// A time as the sync server writes it, 2027-01-04T14:00:00.000Z, read without
// QDateTime's parser (which costs microseconds, twice per appointment of a
// first sync); any other ISO 8601 form is read the long way. Invalid when the
// value is not a string or not a time.
QDateTime readWireTime(const QJsonValue &v);
// The same from a string's text in UTF-8, when it is in the server's form;
// nothing when it is not (the caller then reads it the long way).
std::optional<QDateTime> readWireTimeText(QByteArrayView text);

} // namespace msp::store
