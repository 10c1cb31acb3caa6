#pragma once

#include "syncconfig.h"

#include <QObject>
#include <QSslConfiguration>
#include <QTimer>

#include <functional>

class QWebSocket;

namespace msp::sync {

// The WSS stream of "pull now" hints (GET /v1/sync/stream). It carries no
// data, only the news that there is some, so a missed hint costs at most one
// timer interval. Reconnects with backoff while the server is away.
class HintStream : public QObject
{
    Q_OBJECT
public:
    // `token` is asked for the current access token at each (re)connect.
    HintStream(const SyncConfig &config, const QSslConfiguration &ssl, std::function<QString()> token,
               QObject *parent = nullptr);
    ~HintStream() override;

    void open();
    void close();
    bool isConnected() const { return m_connected; }

Q_SIGNALS:
    void hint();
    void connectedChanged(bool connected);

private:
    void connectNow();
    void scheduleReconnect();

    SyncConfig m_config;
    QSslConfiguration m_ssl;
    std::function<QString()> m_token;
    QWebSocket *m_socket = nullptr;
    QTimer m_reconnect;
    bool m_wanted = false;
    bool m_connected = false;
    int m_failures = 0;
};

} // namespace msp::sync
