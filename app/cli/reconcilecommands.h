#pragma once

#include <QStringList>

namespace msp::app {

// `dedupe`, `link` and `reconcile`: record linkage on CSV files, without a
// store (no data folder, no keychain). Returns the exit code (0 ok, 1 failed,
// 2 usage).
bool isReconcileCommand(const QString &command);
int runReconcileCommand(const QStringList &arguments);
QString reconcileUsage();

} // namespace msp::app
