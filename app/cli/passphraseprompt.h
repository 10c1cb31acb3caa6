#pragma once

#include "core/storeopener.h"

namespace msp::app {

// Takes the passphrase from MEDSPASYNC_PASSPHRASE (automation), else asks on
// the terminal with echo off (twice for a new store). Without either it
// answers "cancelled" and the caller explains what to do.
PassphrasePrompt terminalPassphrasePrompt();

} // namespace msp::app
