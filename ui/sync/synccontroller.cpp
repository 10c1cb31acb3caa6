#include "sync/synccontroller.h"

#include "client/syncengine.h"
#include "store/clinicstore.h"

#include <QDir>
#include <QFile>
#include <QSslCertificate>

namespace msp::ui {

SyncController::SyncController(store::ClinicStore &store, sync::CredentialStore &credentials, sync::SyncConfig base,
                               QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_credentials(credentials)
    , m_config(std::move(base))
{
    m_config.serverUrl = {};
    m_config.caCertificates.clear();
    rebuildEngine();
}

SyncController::~SyncController() = default;

Result<void> SyncController::configure(const QUrl &serverUrl, const QString &caFile)
{
    QUrl url = serverUrl;
    QByteArray pem;
    if (!url.isEmpty()) {
        url = url.adjusted(QUrl::StripTrailingSlash);
        if (!url.isValid() || url.host().isEmpty() || url.scheme() != u"https")
            return Error::invalid(QStringLiteral("serverUrl"),
                                  tr("Enter the sync server's address as https://name:port, for example "
                                     "https://sync.example-clinic.com:8443."));
        if (!url.path().isEmpty() || url.hasQuery() || url.hasFragment() || !url.userInfo().isEmpty())
            return Error::invalid(QStringLiteral("serverUrl"),
                                  tr("Enter only the server's address (https://name:port), without a path."));
    }
    if (!caFile.isEmpty()) {
        QFile file(caFile);
        if (!file.open(QIODevice::ReadOnly))
            return Error::invalid(QStringLiteral("caFile"),
                                  tr("The certificate file %1 cannot be read. Check the path, or leave the field "
                                     "empty to trust only the system's certificates.")
                                      .arg(QDir::toNativeSeparators(caFile)));
        pem = file.read(1024 * 1024);
        if (QSslCertificate::fromData(pem, QSsl::Pem).isEmpty())
            return Error::invalid(QStringLiteral("caFile"),
                                  tr("%1 holds no PEM certificate. Choose the CA certificate your administrator gave "
                                     "you (a .pem or .crt file that starts with -----BEGIN CERTIFICATE-----).")
                                      .arg(QDir::toNativeSeparators(caFile)));
    }
    // Going from no server to the saved one (every start) keeps the sign-in;
    // moving to another server, or turning sync off, forgets it.
    const bool otherServer = m_config.serverUrl.isValid() && url != m_config.serverUrl;
    m_engine.reset(); // lets go of the store's commit observer before the new one takes it
    if (otherServer)
        m_credentials.setRefreshToken({}); // a sign-in belongs to one server
    m_config.serverUrl = url;
    m_config.caCertificates = pem;
    m_caFile = caFile;
    rebuildEngine();
    Q_EMIT configurationChanged(url, caFile);
    Q_EMIT statusChanged(status());
    if (m_started)
        m_engine->start();
    return ok();
}

void SyncController::rebuildEngine()
{
    m_engine = std::make_unique<sync::SyncEngine>(m_store, m_config, m_credentials);
    connect(m_engine.get(), &sync::SyncEngine::statusChanged, this, &SyncController::statusChanged);
    connect(m_engine.get(), &sync::SyncEngine::signInFinished, this, &SyncController::signInFinished);
    connect(m_engine.get(), &sync::SyncEngine::dataChanged, this, &SyncController::dataChanged);
    connect(m_engine.get(), &sync::SyncEngine::deviceRevoked, this, &SyncController::deviceRevoked);
    connect(m_engine.get(), &sync::SyncEngine::liveChanged, this, &SyncController::liveChanged);
}

bool SyncController::isSignedIn() const
{
    return m_engine && m_engine->isSignedIn();
}

bool SyncController::isLive() const
{
    return m_engine && m_engine->isLive();
}

sync::SyncStatus SyncController::status() const
{
    if (m_engine)
        return m_engine->status();
    sync::SyncStatus s;
    s.state = sync::SyncStatus::State::Revoked;
    return s;
}

store::SyncReplica SyncController::replica() const
{
    return {m_store.database(), m_store.audit(), m_store.outbox()};
}

void SyncController::start()
{
    m_started = true;
    if (m_engine)
        m_engine->start();
}

void SyncController::signIn(const QString &email, const QString &password, const QString &totp)
{
    if (m_engine)
        m_engine->signIn(email, password, totp);
}

void SyncController::signOut()
{
    if (m_engine)
        m_engine->signOut();
}

void SyncController::syncNow()
{
    if (m_engine)
        m_engine->syncNow();
}

void SyncController::shutDown()
{
    m_started = false;
    m_engine.reset();
}

} // namespace msp::ui
