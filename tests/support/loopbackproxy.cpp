#include "support/loopbackproxy.h"

#include <QTcpSocket>

namespace msp::test {

LoopbackProxy::LoopbackProxy(quint16 targetPort, QObject *parent)
    : QObject(parent)
    , m_targetPort(targetPort)
{
    connect(&m_server, &QTcpServer::newConnection, this, &LoopbackProxy::onNewConnection);
}

LoopbackProxy::~LoopbackProxy()
{
    cut();
}

bool LoopbackProxy::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void LoopbackProxy::cut()
{
    m_cut = true;
    const QList<Pair> pairs = m_pairs;
    for (const Pair &p : pairs)
        drop(p);
}

void LoopbackProxy::restore()
{
    m_cut = false;
}

void LoopbackProxy::drop(Pair pair)
{
    m_pairs.removeIf([&](const Pair &p) { return p.client == pair.client; });
    for (QTcpSocket *s : {pair.client, pair.upstream}) {
        s->disconnect(this);
        s->abort();
        s->deleteLater();
    }
}

void LoopbackProxy::onNewConnection()
{
    while (QTcpSocket *client = m_server.nextPendingConnection()) {
        if (m_cut) {
            client->abort();
            client->deleteLater();
            continue;
        }
        auto *upstream = new QTcpSocket(this);
        const Pair pair {client, upstream};
        m_pairs.append(pair);
        connect(client, &QTcpSocket::readyRead, this, [client, upstream] {
            if (upstream->state() == QAbstractSocket::ConnectedState)
                upstream->write(client->readAll());
        });
        connect(upstream, &QTcpSocket::connected, this, [client, upstream] { upstream->write(client->readAll()); });
        connect(upstream, &QTcpSocket::readyRead, this, [client, upstream] { client->write(upstream->readAll()); });
        connect(client, &QTcpSocket::disconnected, this, [this, pair] { drop(pair); });
        connect(upstream, &QTcpSocket::disconnected, this, [this, pair] { drop(pair); });
        connect(upstream, &QTcpSocket::errorOccurred, this, [this, pair] { drop(pair); });
        upstream->connectToHost(QHostAddress::LocalHost, m_targetPort);
    }
}

} // namespace msp::test
