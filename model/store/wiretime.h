#pragma once

#include <QDateTime>

class QJsonValue;

namespace msp::store {

// A time as the sync server writes it, 2027-01-04T14:00:00.000Z, read without
// QDateTime's parser (which costs microseconds, twice per appointment of a
// first sync); any other ISO 8601 form is read the long way. Invalid when the
// value is not a string or not a time.
QDateTime readWireTime(const QJsonValue &v);

} // namespace msp::store
