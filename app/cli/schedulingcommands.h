#pragma once

#include <QStringList>

namespace msp::app {

// medspasync-cli's scheduling commands: practitioners, next-slots,
// export-ics. They parse their own options and share the store opening of
// the other commands.
bool isSchedulingCommand(const QString &command);
int runSchedulingCommand(const QStringList &arguments);
QString schedulingUsage();

} // namespace msp::app
