#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QSslCertificate>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

class QNetworkAccessManager;
class QNetworkReply;

namespace msp::test {

// The PostgreSQL cluster of the test script (MEDSPASYNC_TEST_PG). Each
// fixture makes its own database with a random name and drops it after, so
// suites run in parallel without seeing each other.
class TestDatabase
{
public:
    static bool isAvailable();
    static QString skipReason();
    TestDatabase();
    ~TestDatabase();
    std::string conninfo() const { return m_conninfo; }
    // Runs SQL and returns the first column of the first row as text ("" if none).
    QString scalar(const std::string &sql) const;

private:
    std::string m_admin;
    std::string m_name;
    std::string m_conninfo;
};

struct Reply {
    int status = 0;
    QByteArray body;
    QList<QPair<QByteArray, QByteArray>> headers;
    QString networkError;
    QJsonObject json() const;
    QByteArray header(const QByteArray &name) const;
};

// A self-signed certificate for 127.0.0.1 made with the openssl CLI.
struct TestCertificate {
    QString certFile;
    QString keyFile;
    QSslCertificate cert;
};
TestCertificate makeCertificate(const QString &dir);

// HTTPS to the server with its certificate as the only CA, TLS 1.3.
class Client
{
public:
    Client(quint16 port, const QSslCertificate &ca);
    ~Client();
    Reply get(const QString &path, const QString &token = {}, const QList<QPair<QByteArray, QByteArray>> &headers = {});
    Reply post(const QString &path, const QByteArray &body, const QString &token = {},
               const QList<QPair<QByteArray, QByteArray>> &headers = {});
    QNetworkAccessManager *nam() { return m_nam.get(); }
    QNetworkRequest request(const QString &path, const QString &token) const;

private:
    Reply wait(QNetworkReply *reply);
    quint16 m_port;
    QSslCertificate m_ca;
    std::unique_ptr<QNetworkAccessManager> m_nam;
};

Reply collect(QNetworkReply *reply); // for finished replies

struct Account {
    QString email;
    QString password;
    QByteArray totpSecret;
};

struct Session {
    QString accessToken;
    QString refreshToken;
    QString deviceId;
};

// The real medspasync-server binary on 127.0.0.1 with a free port.
class ServerProcess
{
public:
    ServerProcess(const std::string &conninfo, const TestCertificate &cert, QStringList extraArgs = {});
    ~ServerProcess();
    bool start(); // waits for the "listening" log line
    void kill(); // SIGKILL
    quint16 port() const { return m_port; }
    QByteArray log() const { return m_log; }
    Client client() const { return Client(m_port, m_cert.cert); }

    // `medspasync-server init`; fills the admin account.
    static bool init(const std::string &conninfo, const QString &org, const QString &email, Account &admin);

private:
    std::string m_conninfo;
    TestCertificate m_cert;
    QStringList m_extra;
    std::unique_ptr<QProcess> m_process;
    quint16 m_port = 0;
    QByteArray m_log;
};

QByteArray totpSecretFromUri(const QString &uri);
QString currentTotp(const QByteArray &secret);
// Logs in with a new device id; empty session on failure (reply in *out).
Session login(Client &client, const Account &account, Reply *out = nullptr, const QString &deviceId = {});
// Admin creates a user with a role; returns its account.
Account createUser(Client &client, const Session &admin, const QString &email, const QString &role);
QString newUuid();

inline const QStringList kFastServerArgs {QStringLiteral("--argon2-memory-kib"), QStringLiteral("64"),
                                          QStringLiteral("--db-workers"), QStringLiteral("4")};

} // namespace msp::test
