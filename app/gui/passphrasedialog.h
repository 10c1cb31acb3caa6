#pragma once

#include "core/storeopener.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace msp::app {

// Asks for the store passphrase; for a new store, asks twice and explains
// why a passphrase is used (no keychain answered).
class PassphraseDialog : public QDialog
{
    Q_OBJECT
public:
    explicit PassphraseDialog(const PassphraseRequest &request, QWidget *parent = nullptr);
    QString passphrase() const;

    // A PassphrasePrompt that shows this dialog.
    static PassphrasePrompt prompt();

private:
    void tryAccept();
    bool m_isNew;
    QLineEdit *m_first;
    QLineEdit *m_second = nullptr;
    QLabel *m_error;
};

} // namespace msp::app
