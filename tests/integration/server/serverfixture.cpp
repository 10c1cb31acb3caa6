#include "serverfixture.h"

#include "security/totp.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSslConfiguration>
#include <QTest>
#include <QUrlQuery>
#include <QUuid>

#include <pqxx/pqxx>

namespace msp::test {

bool TestDatabase::isAvailable()
{
    return !qEnvironmentVariableIsEmpty("MEDSPASYNC_TEST_PG");
}

QString TestDatabase::skipReason()
{
    return QStringLiteral("MEDSPASYNC_TEST_PG is not set: run through scripts/test, which starts PostgreSQL 15");
}

TestDatabase::TestDatabase()
    : m_admin(qEnvironmentVariable("MEDSPASYNC_TEST_PG").toStdString())
{
    m_name = "msp_server_" + std::to_string(QRandomGenerator::global()->generate64() % 1000000000000ULL);
    pqxx::connection c(m_admin);
    pqxx::nontransaction tx(c);
    tx.exec("CREATE DATABASE " + m_name);
    // libpq takes the last of repeated keywords, so appending overrides dbname.
    m_conninfo = m_admin + " dbname=" + m_name;
}

TestDatabase::~TestDatabase()
{
    try {
        pqxx::connection c(m_admin);
        pqxx::nontransaction tx(c);
        tx.exec("DROP DATABASE IF EXISTS " + m_name + " WITH (FORCE)");
    } catch (const std::exception &e) {
        qWarning("could not drop %s: %s", m_name.c_str(), e.what());
    }
}

QString TestDatabase::scalar(const std::string &sql) const
{
    pqxx::connection c(m_conninfo);
    pqxx::nontransaction tx(c);
    const auto r = tx.exec(sql);
    if (r.empty() || r[0][0].is_null())
        return {};
    return QString::fromUtf8(r[0][0].c_str());
}

QJsonObject Reply::json() const
{
    return QJsonDocument::fromJson(body).object();
}

QByteArray Reply::header(const QByteArray &name) const
{
    for (const auto &[k, v] : headers)
        if (k.compare(name, Qt::CaseInsensitive) == 0)
            return v;
    return {};
}

TestCertificate makeCertificate(const QString &dir)
{
    TestCertificate c {dir + QStringLiteral("/cert.pem"), dir + QStringLiteral("/key.pem"), QSslCertificate()};
    QProcess p;
    p.start(QStringLiteral("openssl"),
            {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
             QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
             QStringLiteral("-days"), QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"),
             QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1"), QStringLiteral("-keyout"),
             c.keyFile, QStringLiteral("-out"), c.certFile});
    p.waitForFinished(30000);
    const auto certs = QSslCertificate::fromPath(c.certFile);
    if (!certs.isEmpty())
        c.cert = certs.first();
    return c;
}

Client::Client(quint16 port, const QSslCertificate &ca)
    : m_port(port)
    , m_ca(ca)
    , m_nam(std::make_unique<QNetworkAccessManager>())
{
}

Client::~Client() = default;

QNetworkRequest Client::request(const QString &path, const QString &token) const
{
    QNetworkRequest req(QUrl(QStringLiteral("https://127.0.0.1:%1%2").arg(m_port).arg(path)));
    auto tls = QSslConfiguration::defaultConfiguration();
    tls.setCaCertificates({m_ca});
    tls.setProtocol(QSsl::TlsV1_3OrLater);
    req.setSslConfiguration(tls);
    req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty())
        req.setRawHeader("Authorization", "Bearer " + token.toUtf8());
    req.setTransferTimeout(30000);
    return req;
}

Reply collect(QNetworkReply *reply)
{
    Reply r;
    r.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.body = reply->readAll();
    r.headers = reply->rawHeaderPairs();
    if (reply->error() != QNetworkReply::NoError && r.status == 0)
        r.networkError = reply->errorString();
    reply->deleteLater();
    return r;
}

Reply Client::wait(QNetworkReply *reply)
{
    if (!reply->isFinished()) {
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
    }
    return collect(reply);
}

Reply Client::get(const QString &path, const QString &token, const QList<QPair<QByteArray, QByteArray>> &headers)
{
    auto req = request(path, token);
    for (const auto &[k, v] : headers)
        req.setRawHeader(k, v);
    return wait(m_nam->get(req));
}

Reply Client::post(const QString &path, const QByteArray &body, const QString &token,
                   const QList<QPair<QByteArray, QByteArray>> &headers)
{
    auto req = request(path, token);
    for (const auto &[k, v] : headers)
        req.setRawHeader(k, v);
    return wait(m_nam->post(req, body));
}

ServerProcess::ServerProcess(const std::string &conninfo, const TestCertificate &cert, QStringList extraArgs)
    : m_conninfo(conninfo)
    , m_cert(cert)
    , m_extra(std::move(extraArgs))
{
}

ServerProcess::~ServerProcess()
{
    // A request the server failed (a 500) says why only in its log: shown
    // with the test's output, so a failure on CI can be read there.
    for (const QByteArray &line : m_log.split('\n'))
        if (line.contains("handler_failed"))
            qWarning("server: %s", line.constData());
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000))
            m_process->kill();
        m_process->waitForFinished(5000);
    }
}

bool ServerProcess::start()
{
    m_log.clear();
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::SeparateChannels);
    m_process->start(QStringLiteral(MEDSPASYNC_SERVER_BINARY),
                     QStringList {QStringLiteral("--database"), QString::fromStdString(m_conninfo),
                                  QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                                  QStringLiteral("--tls-cert"), m_cert.certFile, QStringLiteral("--tls-key"),
                                  m_cert.keyFile}
                         + m_extra);
    if (!m_process->waitForStarted(10000))
        return false;
    static const QRegularExpression listening(QStringLiteral(R"re("event":"listening".*"port":"(\d+)")re"));
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000) {
        if (!m_process->waitForReadyRead(200) && m_process->state() == QProcess::NotRunning)
            break;
        m_log += m_process->readAllStandardError();
        const auto m = listening.match(QString::fromUtf8(m_log));
        if (m.hasMatch()) {
            m_port = quint16(m.captured(1).toUInt());
            // Keep draining the log so the pipe never fills and blocks the server.
            QObject::connect(m_process.get(), &QProcess::readyReadStandardError, m_process.get(),
                             [this] { m_log += m_process->readAllStandardError(); });
            return true;
        }
    }
    m_log += m_process->readAllStandardError();
    qWarning("server did not start: %s", m_log.constData());
    return false;
}

void ServerProcess::kill()
{
    m_process->kill();
    m_process->waitForFinished(5000);
}

bool ServerProcess::init(const std::string &conninfo, const QString &org, const QString &email, Account &admin)
{
    QProcess p;
    p.start(QStringLiteral(MEDSPASYNC_SERVER_BINARY),
            {QStringLiteral("init"), QStringLiteral("--database"), QString::fromStdString(conninfo),
             QStringLiteral("--org"), org, QStringLiteral("--admin-email"), email,
             QStringLiteral("--argon2-memory-kib"), QStringLiteral("64")});
    if (!p.waitForFinished(30000) || p.exitCode() != 0) {
        qWarning("init failed: %s", p.readAllStandardError().constData());
        return false;
    }
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    static const QRegularExpression password(QStringLiteral("^password: (\\S+)$"), QRegularExpression::MultilineOption);
    static const QRegularExpression totp(QStringLiteral("^totp: (otpauth://\\S+)$"),
                                         QRegularExpression::MultilineOption);
    const auto pm = password.match(out);
    const auto tm = totp.match(out);
    if (!pm.hasMatch() || !tm.hasMatch())
        return false;
    admin = Account {email, pm.captured(1), totpSecretFromUri(tm.captured(1))};
    return true;
}

QByteArray totpSecretFromUri(const QString &uri)
{
    return security::base32Decode(QUrlQuery(QUrl(uri)).queryItemValue(QStringLiteral("secret")));
}

QString currentTotp(const QByteArray &secret)
{
    return security::totpCode(secret, QDateTime::currentSecsSinceEpoch());
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Session login(Client &client, const Account &account, Reply *out, const QString &deviceId)
{
    Session s;
    s.deviceId = deviceId.isEmpty() ? newUuid() : deviceId;
    const QJsonObject body {{QStringLiteral("email"), account.email},
                            {QStringLiteral("password"), account.password},
                            {QStringLiteral("totp"), currentTotp(account.totpSecret)},
                            {QStringLiteral("device_id"), s.deviceId},
                            {QStringLiteral("device_name"), QStringLiteral("test device")}};
    const auto r = client.post(QStringLiteral("/v1/auth/login"), QJsonDocument(body).toJson(QJsonDocument::Compact));
    if (out)
        *out = r;
    if (r.status != 200)
        return {};
    s.accessToken = r.json().value(u"access_token").toString();
    s.refreshToken = r.json().value(u"refresh_token").toString();
    return s;
}

Account createUser(Client &client, const Session &admin, const QString &email, const QString &role)
{
    const QJsonObject body {{QStringLiteral("email"), email}, {QStringLiteral("role"), role}};
    const auto r = client.post(QStringLiteral("/v1/admin/users"), QJsonDocument(body).toJson(QJsonDocument::Compact),
                               admin.accessToken);
    if (r.status != 200) {
        qWarning("createUser: %d %s", r.status, r.body.constData());
        return {};
    }
    return Account {email, r.json().value(u"password").toString(),
                    totpSecretFromUri(r.json().value(u"totp_uri").toString())};
}

} // namespace msp::test
