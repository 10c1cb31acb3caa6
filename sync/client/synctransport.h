#pragma once

#include "protocol/apierror.h"
#include "syncconfig.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QObject>
#include <QSslConfiguration>

#include <functional>

namespace msp::sync {

// One answer from the sync server.
struct HttpAnswer {
    int status = 0; // HTTP status; 0 when no answer arrived
    QByteArray body;
    QString networkError; // set when the request never got an answer
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(QByteArrayView name) const; // empty when absent

    bool isOk() const { return status >= 200 && status < 300; }
    // No answer, a timeout or a 5xx: the same request may be sent again.
    bool isRetryable() const { return status == 0 || status >= 500 || status == 429; }
    protocol::ApiError apiError() const;
};

// HTTPS to the sync server with TLS 1.3, the system trust store plus the
// configured CA or pinned certificate, and a timeout on every request. Paths
// never carry client data: bodies do.
class SyncTransport : public QObject
{
    Q_OBJECT
public:
    explicit SyncTransport(const SyncConfig &config, QObject *parent = nullptr);

    using Done = std::function<void(const HttpAnswer &)>;
    void post(const QString &path, const QByteArray &json, const QString &bearer, Done done);
    void get(const QString &pathAndQuery, const QString &bearer, Done done);
    const QSslConfiguration &sslConfiguration() const { return m_ssl; }

private:
    void send(QNetworkReply *reply, Done done);
    QNetworkRequest request(const QString &pathAndQuery, const QString &bearer) const;

    SyncConfig m_config;
    QNetworkAccessManager m_network;
    QSslConfiguration m_ssl;
};

} // namespace msp::sync
