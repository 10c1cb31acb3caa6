#pragma once

#include "domain/error.h"

namespace msp::store {

// Messages shared by the store layer. Each says what happened, to which file,
// and what to do.
Error lockedError(const QString &path);
Error tooNewError(const QString &path, int fileVersion, int knownVersion);
Error ioError(const QString &path, const QString &doing, const QString &detail);

} // namespace msp::store
