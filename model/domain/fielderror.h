#pragma once

#include <QList>
#include <QString>

namespace msp {

// A validation message attached to one field of a form or record.
struct FieldError {
    QString field;
    QString message;
    friend bool operator==(const FieldError &, const FieldError &) = default;
};

using FieldErrors = QList<FieldError>;

} // namespace msp
