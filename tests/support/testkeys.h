#pragma once

#include <QByteArray>

namespace msp::test {

// A fixed store key for tests and for the committed old-schema fixture. It
// protects nothing real: production keys are random and live in the OS
// keychain.
QByteArray fixtureKey();
// A fresh random 32-byte key.
QByteArray randomKey();

} // namespace msp::test
