#include "sync/syncindicator.h"

#include "common/theme.h"

#include <QCoreApplication>
#include <QLabel>
#include <QLocale>

namespace msp::ui {

QString syncIndicatorText(const sync::SyncStatus &status)
{
    QString summary = status.summary();
    // An error message can be a paragraph; the status bar shows its start.
    constexpr int kMax = 90;
    if (summary.size() > kMax)
        summary = summary.left(kMax - 1).trimmed() + u'\u2026';
    return QStringLiteral("\u25cf ") + summary;
}

void showSyncStatus(QLabel *indicator, const sync::SyncStatus &status)
{
    using State = sync::SyncStatus::State;
    const auto tr = [](const char *text) { return QCoreApplication::translate("msp::ui::SyncIndicator", text); };
    QColor colour = theme::mutedText;
    QString tip;
    switch (status.state) {
    case State::NotConfigured:
        tip = tr("Changes are saved on this computer only. Set up the clinic's sync server on the Sync page.");
        break;
    case State::SignedOut: tip = tr("Sign this device in on the Sync page to share changes with the clinic."); break;
    case State::Synced:
        colour = theme::success;
        tip = tr("Everything made here is on the clinic's server.");
        break;
    case State::Syncing:
        colour = theme::accent;
        tip = tr("Sending changes to the clinic's server and fetching theirs.");
        break;
    case State::Offline:
        colour = theme::warning;
        tip = tr("The clinic's server cannot be reached. Keep working: changes are saved here and sent when it "
                 "answers again.");
        break;
    case State::Error:
    case State::Revoked: colour = theme::danger; break;
    }
    if (!status.message.isEmpty())
        tip = tip.isEmpty() ? status.message : QString(tip + u'\n' + status.message);
    if (status.lastSuccess.isValid())
        tip += u'\n'
            + tr("Last sync: %1").arg(QLocale().toString(status.lastSuccess.toLocalTime(), QLocale::ShortFormat));
    indicator->setText(syncIndicatorText(status));
    indicator->setToolTip(tip.trimmed());
    indicator->setStyleSheet(QStringLiteral("color: %1;").arg(colour.name()));
}

} // namespace msp::ui
