#pragma once

#include <QHostAddress>
#include <QList>
#include <QObject>
#include <QTcpServer>

class QTcpSocket;

namespace msp::test {

// A TCP proxy on 127.0.0.1 in front of a server, whose cable the test can
// pull: cut() drops every connection and refuses new ones until restore().
// TLS passes through untouched, so clients still verify the real server.
class LoopbackProxy : public QObject
{
    Q_OBJECT
public:
    LoopbackProxy(quint16 targetPort, QObject *parent = nullptr);
    ~LoopbackProxy() override;

    bool listen();
    quint16 port() const { return m_server.serverPort(); }
    void cut();
    void restore();
    bool isCut() const { return m_cut; }

private:
    void onNewConnection();
    struct Pair {
        QTcpSocket *client;
        QTcpSocket *upstream;
    };
    void drop(Pair pair);

    QTcpServer m_server;
    quint16 m_targetPort;
    bool m_cut = false;
    QList<Pair> m_pairs;
};

} // namespace msp::test
