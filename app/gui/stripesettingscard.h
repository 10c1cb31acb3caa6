#pragma once

#include "core/keychain.h"

#include <QFrame>

class QLabel;
class QLineEdit;

namespace msp::app {

// Admin's "Card payments" settings: the Stripe API key, written to the OS
// keychain and never shown again, logged or put in a settings file, and
// Stripe's base URL (a proxy or a test server), kept in QSettings.
class StripeSettingsCard : public QFrame
{
    Q_OBJECT
public:
    explicit StripeSettingsCard(Keychain keychain, QWidget *parent = nullptr);

    bool save(const QString &apiKey, const QString &baseUrl);
    bool removeKey();
    QString message() const;

Q_SIGNALS:
    // The key or the base URL changed: the app builds a new gateway.
    void changed();

private:
    void showKeyState(bool hasKey);
    void setMessage(const QString &text, bool problem);

    Keychain m_keychain;
    QLineEdit *m_apiKey = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLabel *m_keyState = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace msp::app
