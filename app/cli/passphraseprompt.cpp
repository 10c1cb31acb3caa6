#include "cli/passphraseprompt.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace msp::app {

namespace {
std::optional<QString> readHidden(const QString &label)
{
#ifdef Q_OS_UNIX
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    std::fputs(qPrintable(label), stderr);
    termios old {};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    std::string line;
    const bool got = bool(std::getline(std::cin, line));
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fputs("\n", stderr);
    if (!got)
        return std::nullopt;
    return QString::fromStdString(line);
#else
    Q_UNUSED(label);
    return std::nullopt;
#endif
}
} // namespace

PassphrasePrompt terminalPassphrasePrompt()
{
    return [](const PassphraseRequest &request) -> std::optional<QString> {
        const QString env = qEnvironmentVariable("MEDSPASYNC_PASSPHRASE");
        if (!env.isEmpty())
            return request.lastError.isEmpty() ? std::optional<QString>(env) : std::nullopt;
        if (!request.lastError.isEmpty())
            std::fputs(qPrintable(request.lastError + u'\n'), stderr);
        else if (!request.reason.isEmpty())
            std::fputs(qPrintable(request.reason + u'\n'), stderr);
        auto first = readHidden(QCoreApplication::translate("msp::app", "Passphrase: "));
        if (!first || !request.isNewStore)
            return first;
        auto second = readHidden(QCoreApplication::translate("msp::app", "Repeat the passphrase: "));
        if (!second || *second != *first) {
            std::fputs(
                qPrintable(QCoreApplication::translate("msp::app", "The two passphrases are different.") + u'\n'),
                stderr);
            return std::nullopt;
        }
        return first;
    };
}

} // namespace msp::app
