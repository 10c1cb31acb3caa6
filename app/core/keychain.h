#pragma once

#include <QByteArray>
#include <QString>

namespace msp::app {

// What the OS keychain answered.
enum class KeychainStatus {
    Ok,
    NotFound,
    Unavailable, // no Secret Service / Keychain / Credential Manager answered
    Denied, // locked, or the user refused
    TimedOut,
    Failed,
};

struct KeychainAnswer {
    KeychainStatus status = KeychainStatus::Failed;
    QByteArray data;
    QString detail; // the backend's words, for the log; never contains the secret
    bool isOk() const { return status == KeychainStatus::Ok; }
};

// Synchronous access to the OS keychain through QtKeychain, with a timeout:
// with a display and a locked keyring a request can otherwise wait forever.
// Needs a running Q(Core)Application.
class Keychain
{
public:
    explicit Keychain(QString service = QStringLiteral("MedSpaSync Pro"), int timeoutMs = 5000);

    KeychainAnswer read(const QString &key) const;
    KeychainAnswer write(const QString &key, const QByteArray &data) const;
    KeychainAnswer remove(const QString &key) const;

private:
    QString m_service;
    int m_timeoutMs;
};

QString keychainStatusName(KeychainStatus status);

} // namespace msp::app
