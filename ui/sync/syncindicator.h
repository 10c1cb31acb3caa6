#pragma once

#include "client/syncstatus.h"

class QLabel;

namespace msp::ui {

// The status bar's sync indicator: a coloured dot and the status in a few
// words ("Synced", "Syncing 3 changes", "Offline since 14:02 …"), the whole
// story in the tooltip.
QString syncIndicatorText(const sync::SyncStatus &status);
void showSyncStatus(QLabel *indicator, const sync::SyncStatus &status);

} // namespace msp::ui
