#pragma once

#include <QByteArray>
#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <memory>

namespace msp::test {

// A real medspasync-server process over real TLS on loopback, on a fresh
// database of the PostgreSQL cluster that scripts/test starts
// (MEDSPASYNC_TEST_PG). Tests skip when that variable is unset.
class SyncServerFixture
{
public:
    explicit SyncServerFixture(QString serverBinary);
    ~SyncServerFixture();

    // The cluster's connection string, or empty when tests must skip.
    static QString clusterConnInfo();

    // Makes a database, a self-signed certificate and a clinic with its first
    // admin, then starts the server and waits for /healthz.
    // More server flags (e.g. --stripe-webhook-secret), set before setUp().
    void setExtraArgs(const QStringList &args) { m_extraArgs = args; }
    bool setUp(QString *error);
    bool start(QString *error);
    void kill(); // SIGKILL, as a crash would
    void stop();

    QUrl url() const;
    int port() const { return m_port; }
    QByteArray caCertificatePem() const;
    QString databaseConnInfo() const { return m_dbConnInfo; }
    QString adminEmail() const { return m_adminEmail; }
    QString adminPassword() const { return m_adminPassword; }
    // A TOTP code for the admin, for a given moment (each code works once).
    QString adminTotp(qint64 unixSeconds) const;
    // A moment whose TOTP step has not been used yet for the admin: the
    // current step, then the next, then it waits for time to move on, so a
    // code is never near the edge of the server's window of one step.
    qint64 nextTotpTime();
    // Runs SQL on the test database with psql; returns its output.
    QString sql(const QString &statement) const;
    QString serverLog() const { return m_log; }

private:
    QString m_binary;
    QStringList m_extraArgs;
    QTemporaryDir m_dir;
    QString m_dbName;
    QString m_dbConnInfo;
    QString m_adminEmail = QStringLiteral("admin@clinic.test");
    QString m_adminPassword;
    QByteArray m_totpSecret;
    int m_port = 0;
    qint64 m_lastTotpStep = 0;
    std::unique_ptr<QProcess> m_process;
    mutable QString m_log;
};

} // namespace msp::test
