#include "store/clientrepository.h"
#include "store/syncreplica.h"
#include "support/testkeys.h"
#include "syncdevice.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTest>

using namespace msp;
using namespace msp::test;

// The app process killed with SIGKILL between its local commit and the push,
// and in the middle of a push: restarted, the change reaches the server once.
class TestSyncKill : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SyncServerFixture> m_server;
    ClinicFixture m_clinic;

    int runWorker(const QStringList &args)
    {
        QProcess p;
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(QStringLiteral(MEDSPASYNC_SYNCWORKER), args);
        if (!p.waitForFinished(60000))
            return -1;
        return p.exitStatus() == QProcess::CrashExit ? 9 : p.exitCode();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (SyncServerFixture::clusterConnInfo().isEmpty())
            QSKIP("MEDSPASYNC_TEST_PG is not set: run through scripts/test, which starts PostgreSQL.");
    }

    void init()
    {
        m_server = std::make_unique<SyncServerFixture>(QStringLiteral(MEDSPASYNC_SERVER_BIN));
        QString error;
        QVERIFY2(m_server->setUp(&error), qPrintable(error));
    }

    void killedAfterTheLocalCommit()
    {
        SyncDevice device(QStringLiteral("Front desk"), m_clinic, *m_server);
        const QString path = device.m_store.path();
        const QString key = QString::fromLatin1(device.m_store.key.toHex());
        device.engine.reset();
        device.m_store.store.reset(); // the app is not running
        QCOMPARE(runWorker({path, key, QStringLiteral("commit")}), 9);

        QVERIFY(device.m_store.reopen());
        QCOMPARE(device.store().clients().count().valueOr(0), 1);
        device.restartEngine();
        QVERIFY(device.signIn(*m_server, m_server->nextTotpTime()));
        QVERIFY(device.syncOnce());
        QCOMPARE(m_server->sql(QStringLiteral("SELECT count(*) FROM clients")), QStringLiteral("1"));
        QCOMPARE(device.replica().pendingPushCount().valueOr(-1), 0);
    }

    void killedWhileItsPushIsOnTheWire()
    {
        SyncDevice device(QStringLiteral("Laptop"), m_clinic, *m_server);
        const QString path = device.m_store.path();
        const QString key = QString::fromLatin1(device.m_store.key.toHex());
        device.engine.reset();
        device.m_store.store.reset();
        const QString ca
            = QDir::temp().filePath(QStringLiteral("msp-kill-ca-%1.pem").arg(QCoreApplication::applicationPid()));
        QFile caFile(ca);
        QVERIFY(caFile.open(QIODevice::WriteOnly));
        caFile.write(m_server->caCertificatePem());
        caFile.close();
        QCOMPARE(runWorker({path, key, QStringLiteral("push"), m_server->url().toString(), ca, m_server->adminEmail(),
                            m_server->adminPassword(), m_server->adminTotp(m_server->nextTotpTime()),
                            device.config.deviceId}),
                 9);
        QFile::remove(ca);

        // Whether or not the server applied it before the process died, the
        // restarted app sends it again with the same id and it counts once.
        QVERIFY(device.m_store.reopen());
        device.restartEngine();
        QVERIFY(device.signIn(*m_server, m_server->nextTotpTime()));
        QVERIFY(device.syncOnce());
        QVERIFY(device.syncOnce());
        QCOMPARE(m_server->sql(QStringLiteral("SELECT count(*) FROM clients")), QStringLiteral("1"));
        QCOMPARE(device.replica().pendingPushCount().valueOr(-1), 0);
        QCOMPARE(device.store().clients().count().valueOr(0), 1);
    }
};

QTEST_GUILESS_MAIN(TestSyncKill)
#include "tst_synckill.moc"
