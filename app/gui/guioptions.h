#pragma once

#include <QString>
#include <QStringList>

namespace msp::app {

// The GUI's command line. --version and --help are answered before any window
// system is touched, so they work on a machine without a display.
struct GuiOptions {
    QString dataDir;
    QString screenshotPath;
    QString language;
    bool demo = false;
    bool showVersion = false;
    bool showHelp = false;
    QString error; // set when the command line could not be read
};

GuiOptions parseGuiOptions(const QStringList &arguments);
QString guiHelpText();
// True when there is no display to open a window on (Linux without X11 or
// Wayland, and no QT_QPA_PLATFORM chosen).
bool hasNoDisplay();

} // namespace msp::app
