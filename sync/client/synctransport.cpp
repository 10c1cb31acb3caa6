#include "synctransport.h"

#include <QNetworkReply>
#include <QSslCertificate>

namespace msp::sync {

QByteArray HttpAnswer::header(QByteArrayView name) const
{
    for (const auto &h : headers)
        if (name.compare(h.first, Qt::CaseInsensitive) == 0)
            return h.second;
    return {};
}

protocol::ApiError HttpAnswer::apiError() const
{
    if (status == 0)
        return {QStringLiteral("unavailable"), networkError, {}};
    auto decoded = protocol::decodeApiError(body);
    if (decoded)
        return *decoded;
    return {QStringLiteral("internal"), QStringLiteral("HTTP %1").arg(status), {}};
}

SyncTransport::SyncTransport(const SyncConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_ssl(QSslConfiguration::defaultConfiguration())
{
    m_ssl.setProtocol(QSsl::TlsV1_3OrLater);
    const QList<QSslCertificate> extra = QSslCertificate::fromData(config.caCertificates, QSsl::Pem);
    if (config.pinnedOnly)
        m_ssl.setCaCertificates(extra);
    else if (!extra.isEmpty())
        m_ssl.addCaCertificates(extra);
    m_network.setAutoDeleteReplies(true);
}

QNetworkRequest SyncTransport::request(const QString &pathAndQuery, const QString &bearer) const
{
    QUrl url = m_config.serverUrl;
    const qsizetype q = pathAndQuery.indexOf(u'?');
    url.setPath(q < 0 ? pathAndQuery : pathAndQuery.left(q));
    url.setQuery(q < 0 ? QString() : pathAndQuery.mid(q + 1));
    QNetworkRequest r(url);
    r.setSslConfiguration(m_ssl);
    r.setTransferTimeout(m_config.requestTimeoutMs);
    r.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    r.setRawHeader("Accept", "application/json");
    if (!m_config.language.isEmpty())
        r.setRawHeader("Accept-Language", m_config.language.toUtf8());
    if (!bearer.isEmpty())
        r.setRawHeader("Authorization", "Bearer " + bearer.toUtf8());
    return r;
}

void SyncTransport::post(const QString &path, const QByteArray &json, const QString &bearer, Done done)
{
    send(m_network.post(request(path, bearer), json), std::move(done));
}

void SyncTransport::get(const QString &pathAndQuery, const QString &bearer, Done done)
{
    send(m_network.get(request(pathAndQuery, bearer)), std::move(done));
}

void SyncTransport::send(QNetworkReply *reply, Done done)
{
    connect(reply, &QNetworkReply::finished, this, [reply, done = std::move(done)] {
        HttpAnswer a;
        a.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        a.body = reply->readAll();
        a.headers = reply->rawHeaderPairs();
        if (a.status == 0)
            a.networkError = reply->errorString();
        done(a);
    });
}

} // namespace msp::sync
