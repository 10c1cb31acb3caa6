#include "fakestripe.h"

#include "fakestripeserver.h"

#include <QThread>

namespace msp::test {

FakeStripe::FakeStripe() = default;

FakeStripe::~FakeStripe()
{
    if (m_thread) {
        // Deferred deletes still pending when the thread ends are carried out by it.
        m_server->deleteLater();
        m_thread->quit();
        m_thread->wait();
    }
}

bool FakeStripe::start()
{
    m_thread = std::make_unique<QThread>();
    m_server = new FakeStripeServer(*this);
    m_server->moveToThread(m_thread.get());
    m_thread->start();
    bool ok = false;
    QMetaObject::invokeMethod(
        m_server,
        [&] {
            ok = m_server->listen();
            m_port = m_server->port();
        },
        Qt::BlockingQueuedConnection);
    return ok;
}

QString FakeStripe::baseUrl() const
{
    return QStringLiteral("https://127.0.0.1:%1").arg(m_port);
}

QString FakeStripe::caCertificatePath()
{
    return QStringLiteral(MEDSPASYNC_FAKESTRIPE_DIR "/fakestripe.crt");
}

void FakeStripe::injectFault(Fault fault, int times, const QByteArray &pathPart)
{
    QMutexLocker lock(&m_mutex);
    for (int i = 0; i < times; ++i)
        m_server->faults.append({fault, pathPart});
}

int FakeStripe::chargeCount() const
{
    QMutexLocker lock(&m_mutex);
    return m_server->charges;
}

qint64 FakeStripe::refundedTotal() const
{
    QMutexLocker lock(&m_mutex);
    return m_server->refunded;
}

QList<FakeStripe::Request> FakeStripe::requests() const
{
    QMutexLocker lock(&m_mutex);
    return m_server->log;
}

} // namespace msp::test
