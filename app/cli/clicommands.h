#pragma once

#include <QStringList>

namespace msp::app {

// `medspasync-cli <command> [options]`: headless work on the same encrypted
// store as the app. Returns the process exit code (0 ok, 1 failed, 2 usage).
int runCli(const QStringList &arguments);

} // namespace msp::app
