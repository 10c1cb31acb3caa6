#include "core/keychaincredentialstore.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

Q_DECLARE_LOGGING_CATEGORY(lcKeychain)

namespace msp::app {

KeychainCredentialStore::KeychainCredentialStore(Keychain keychain, QString deviceId)
    : m_keychain(std::move(keychain))
    , m_entry(QStringLiteral("sync-refresh-token/") + deviceId)
    , m_context(std::make_unique<QObject>())
{
}

KeychainCredentialStore::~KeychainCredentialStore() = default;

std::optional<QString> KeychainCredentialStore::refreshToken()
{
    if (!m_loaded) {
        m_loaded = true;
        const KeychainAnswer answer = m_keychain.read(m_entry);
        if (answer.isOk() && !answer.data.isEmpty())
            m_cached = QString::fromUtf8(answer.data);
        m_persistent = answer.isOk() || answer.status == KeychainStatus::NotFound;
    }
    return m_cached;
}

bool KeychainCredentialStore::setRefreshToken(const QString &token)
{
    m_loaded = true;
    m_cached = token.isEmpty() ? std::nullopt : std::optional<QString>(token);
    m_dirty = true;
    if (!m_flushQueued && QCoreApplication::instance()) {
        m_flushQueued = true;
        QTimer::singleShot(0, m_context.get(), [this] {
            m_flushQueued = false;
            flush();
        });
    }
    return true;
}

void KeychainCredentialStore::flush()
{
    // A nested event loop may deliver another change meanwhile: loop until
    // the keychain holds the latest value, never re-entering.
    if (m_flushing)
        return;
    m_flushing = true;
    while (m_dirty) {
        m_dirty = false;
        const std::optional<QString> value = m_cached;
        const KeychainAnswer answer = value ? m_keychain.write(m_entry, value->toUtf8()) : m_keychain.remove(m_entry);
        m_persistent = answer.isOk() || (!value && answer.status == KeychainStatus::NotFound);
        if (!m_persistent)
            qCWarning(lcKeychain) << "the sync sign-in could not be kept in the keychain:"
                                  << keychainStatusName(answer.status);
    }
    m_flushing = false;
}

} // namespace msp::app
