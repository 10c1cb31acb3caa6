#pragma once

#include <QString>

namespace msp {

// Every error a person can meet says what happened and what to do. `code` is
// for programs (tests, the sync protocol), `message` is for people and is
// already translated where it reaches a screen.
enum class ErrorCode {
    Invalid, // a value failed validation; `field` names it
    NotFound,
    Conflict, // a rule refused the change (slot taken, duplicate)
    NotPermitted,
    StoreLocked, // wrong key, or the file is not a clinic database
    StoreTooNew, // written by a newer version of the program
    StoreIo, // disk full, read-only, corrupted
    KeychainUnavailable,
    Cancelled,
    Internal,
};

struct Error {
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString field; // set for ErrorCode::Invalid

    static Error invalid(QString field, QString message)
    {
        return {ErrorCode::Invalid, std::move(message), std::move(field)};
    }
    static Error make(ErrorCode code, QString message) { return {code, std::move(message), {}}; }
};

} // namespace msp
