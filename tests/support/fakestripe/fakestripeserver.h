#pragma once

#include "fakestripe.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QSslServer>

namespace msp::test {

// The server side of FakeStripe, living in its thread. State is guarded by
// the owner's mutex so the test thread can read counters at any time.
class FakeStripeServer : public QObject
{
    Q_OBJECT
public:
    explicit FakeStripeServer(FakeStripe &owner);
    ~FakeStripeServer() override;
    bool listen();
    quint16 port() const { return m_server.serverPort(); }

    struct Answer {
        int status = 200;
        QJsonObject body;
    };

private:
    void onConnection();
    void onReadyRead(QSslSocket *socket);
    void handle(QSslSocket *socket, const QByteArray &method, const QByteArray &path,
                const QHash<QByteArray, QByteArray> &headers, const QByteArray &body);
    Answer route(const QByteArray &method, const QByteArray &path, const QHash<QString, QString> &form);
    Answer createIntent(const QHash<QString, QString> &form);
    Answer confirmIntent(QJsonObject &pi, const QString &paymentMethod);
    Answer refund(const QHash<QString, QString> &form);
    Answer reader(const QByteArray &method, const QString &readerId, const QString &action,
                  const QHash<QString, QString> &form);
    Answer presentCard(const QString &readerId, const QHash<QString, QString> &form);
    static void send(QSslSocket *socket, int status, const QByteArray &body, bool replayed);

    FakeStripe &m_owner;
    QSslServer m_server {this}; // a child, so it moves to the thread with us
    QHash<QSslSocket *, QByteArray> m_buffers;
    QHash<QString, QJsonObject> m_intents;
    struct Stored {
        QByteArray fingerprint;
        int status;
        QByteArray body;
    };
    QHash<QByteArray, Stored> m_idempotent;
    int m_nextId = 1;

public:
    // Read by FakeStripe under its mutex.
    QList<QPair<FakeStripe::Fault, QByteArray>> faults; // the fault, and the path part it waits for
    QList<FakeStripe::Request> log;
    int charges = 0;
    // Terminal readers: tmr_front_desk (online) and tmr_treatment_2 (offline) to begin with.
    void addReader(const QString &id, const QString &label, bool online);
    QHash<QString, QJsonObject> readers;
    QStringList readerOrder;
    qint64 refunded = 0;
};

} // namespace msp::test
