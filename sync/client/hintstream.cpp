#include "hintstream.h"

#include <QNetworkRequest>
#include <QRandomGenerator>
#include <QWebSocket>

namespace msp::sync {

HintStream::HintStream(const SyncConfig &config, const QSslConfiguration &ssl, std::function<QString()> token,
                       QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_ssl(ssl)
    , m_token(std::move(token))
{
    m_reconnect.setSingleShot(true);
    connect(&m_reconnect, &QTimer::timeout, this, &HintStream::connectNow);
}

HintStream::~HintStream()
{
    close();
}

void HintStream::open()
{
    m_wanted = true;
    if (!m_socket)
        connectNow();
}

void HintStream::close()
{
    m_wanted = false;
    m_reconnect.stop();
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        m_socket->deleteLater();
        m_socket = nullptr;
    }
    if (m_connected) {
        m_connected = false;
        Q_EMIT connectedChanged(false);
    }
}

void HintStream::connectNow()
{
    if (!m_wanted)
        return;
    const QString token = m_token();
    if (token.isEmpty()) {
        scheduleReconnect();
        return;
    }
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->deleteLater();
    }
    m_socket = new QWebSocket(QString(), QWebSocketProtocol::VersionLatest, this);
    m_socket->setSslConfiguration(m_ssl);
    connect(m_socket, &QWebSocket::connected, this, [this] {
        m_failures = 0;
        m_connected = true;
        Q_EMIT connectedChanged(true);
        // Changes may have happened while we were away.
        Q_EMIT hint();
    });
    connect(m_socket, &QWebSocket::textMessageReceived, this, [this](const QString &) { Q_EMIT hint(); });
    connect(m_socket, &QWebSocket::disconnected, this, [this] {
        if (m_connected) {
            m_connected = false;
            Q_EMIT connectedChanged(false);
        }
        scheduleReconnect();
    });
    QUrl url = m_config.serverUrl;
    url.setScheme(QStringLiteral("wss"));
    url.setPath(QStringLiteral("/v1/sync/stream"));
    QNetworkRequest request(url);
    request.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    if (!m_config.language.isEmpty())
        request.setRawHeader("Accept-Language", m_config.language.toUtf8());
    m_socket->open(request);
}

void HintStream::scheduleReconnect()
{
    if (!m_wanted || m_reconnect.isActive())
        return;
    ++m_failures;
    const int ceiling = int(std::min<qint64>(60000, 500LL << std::min(m_failures, 7)));
    m_reconnect.start(250 + int(QRandomGenerator::global()->bounded(ceiling)));
}

} // namespace msp::sync
