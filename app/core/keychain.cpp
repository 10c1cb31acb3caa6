#include "core/keychain.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QTimer>
#include <qt6keychain/keychain.h>

Q_LOGGING_CATEGORY(lcKeychain, "medspasync.keychain")

namespace msp::app {

namespace {
KeychainStatus statusOf(QKeychain::Error e)
{
    switch (e) {
    case QKeychain::NoError: return KeychainStatus::Ok;
    case QKeychain::EntryNotFound: return KeychainStatus::NotFound;
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied: return KeychainStatus::Denied;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError: return KeychainStatus::Unavailable;
    case QKeychain::CouldNotDeleteEntry: return KeychainStatus::Failed;
    }
    return KeychainStatus::Failed;
}

// Runs a job to completion or until the timeout. A timed-out job is left to
// finish (and delete itself) on its own; its answer is ignored.
template<typename Job, typename OnDone>
KeychainAnswer run(Job *job, int timeoutMs, OnDone onDone)
{
    KeychainAnswer answer;
    answer.status = KeychainStatus::TimedOut;
    QEventLoop loop;
    bool finished = false;
    QObject::connect(job, &QKeychain::Job::finished, &loop, [&](QKeychain::Job *) {
        finished = true;
        answer.status = statusOf(job->error());
        answer.detail = job->errorString();
        if (answer.status == KeychainStatus::Ok)
            onDone(answer);
        loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    job->setAutoDelete(true);
    job->start();
    if (!finished)
        loop.exec(QEventLoop::ExcludeUserInputEvents);
    if (!finished) {
        QObject::disconnect(job, nullptr, &loop, nullptr);
        answer.detail = QStringLiteral("no answer within %1 ms").arg(timeoutMs);
    }
    if (answer.status != KeychainStatus::Ok && answer.status != KeychainStatus::NotFound)
        qCInfo(lcKeychain) << "keychain answered" << keychainStatusName(answer.status) << answer.detail;
    return answer;
}
} // namespace

Keychain::Keychain(QString service, int timeoutMs)
    : m_service(std::move(service))
    , m_timeoutMs(timeoutMs)
{
}

KeychainAnswer Keychain::read(const QString &key) const
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(key);
    return run(job, m_timeoutMs, [job](KeychainAnswer &a) { a.data = job->binaryData(); });
}

KeychainAnswer Keychain::write(const QString &key, const QByteArray &data) const
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(key);
    job->setBinaryData(data);
    return run(job, m_timeoutMs, [](KeychainAnswer &) {});
}

KeychainAnswer Keychain::remove(const QString &key) const
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setInsecureFallback(false);
    job->setKey(key);
    return run(job, m_timeoutMs, [](KeychainAnswer &) {});
}

QString keychainStatusName(KeychainStatus status)
{
    switch (status) {
    case KeychainStatus::Ok: return QStringLiteral("ok");
    case KeychainStatus::NotFound: return QStringLiteral("not-found");
    case KeychainStatus::Unavailable: return QStringLiteral("unavailable");
    case KeychainStatus::Denied: return QStringLiteral("denied");
    case KeychainStatus::TimedOut: return QStringLiteral("timed-out");
    case KeychainStatus::Failed: return QStringLiteral("failed");
    }
    return {};
}

} // namespace msp::app
