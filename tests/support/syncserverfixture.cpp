#include "support/syncserverfixture.h"

#include "security/totp.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTest>
#include <QUrlQuery>

#include <algorithm>

#ifdef Q_OS_LINUX
#include <csignal>
#include <sys/prctl.h>
#endif

namespace msp::test {

namespace {
bool runTool(const QString &program, const QStringList &args, QString *out, QString *error)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        if (error)
            *error = program + QStringLiteral(" failed: ") + QString::fromUtf8(p.readAllStandardError());
        return false;
    }
    if (out)
        *out = QString::fromUtf8(p.readAllStandardOutput());
    return true;
}

int freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}
} // namespace

SyncServerFixture::SyncServerFixture(QString serverBinary)
    : m_binary(std::move(serverBinary))
{
}

SyncServerFixture::~SyncServerFixture()
{
    stop();
    if (!m_dbName.isEmpty())
        runTool(QStringLiteral("psql"),
                {clusterConnInfo(), QStringLiteral("-qc"),
                 QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_dbName)},
                nullptr, nullptr);
}

QString SyncServerFixture::clusterConnInfo()
{
    return qEnvironmentVariable("MEDSPASYNC_TEST_PG");
}

bool SyncServerFixture::setUp(QString *error)
{
    m_dbName = QStringLiteral("msp_%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    if (!runTool(QStringLiteral("psql"),
                 {clusterConnInfo(), QStringLiteral("-qc"), QStringLiteral("CREATE DATABASE %1").arg(m_dbName)},
                 nullptr, error))
        return false;
    m_dbConnInfo = clusterConnInfo();
    m_dbConnInfo.replace(QRegularExpression(QStringLiteral("dbname=\\S+")), QStringLiteral("dbname=") + m_dbName);
    const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
    const QString key = m_dir.filePath(QStringLiteral("key.pem"));
    if (!runTool(QStringLiteral("openssl"),
                 {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"), QStringLiteral("ec"),
                  QStringLiteral("-pkeyopt"), QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                  QStringLiteral("-keyout"), key, QStringLiteral("-out"), cert, QStringLiteral("-days"),
                  QStringLiteral("2"), QStringLiteral("-subj"), QStringLiteral("/CN=localhost"),
                  QStringLiteral("-addext"), QStringLiteral("subjectAltName=IP:127.0.0.1,DNS:localhost")},
                 nullptr, error))
        return false;
    QString initOut;
    if (!runTool(m_binary,
                 {QStringLiteral("init"), QStringLiteral("--database"), m_dbConnInfo, QStringLiteral("--org"),
                  QStringLiteral("Test Clinic"), QStringLiteral("--admin-email"), m_adminEmail},
                 &initOut, error))
        return false;
    for (const QString &line : initOut.split(u'\n')) {
        if (line.startsWith(QStringLiteral("password: ")))
            m_adminPassword = line.mid(10).trimmed();
        if (line.startsWith(QStringLiteral("totp: "))) {
            const QUrl uri(line.mid(6).trimmed());
            m_totpSecret = security::base32Decode(QUrlQuery(uri).queryItemValue(QStringLiteral("secret")));
        }
    }
    if (m_adminPassword.isEmpty() || m_totpSecret.isEmpty()) {
        *error = QStringLiteral("init printed no password/totp: ") + initOut;
        return false;
    }
    m_port = freePort();
    return start(error);
}

bool SyncServerFixture::start(QString *error)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProcessChannelMode(QProcess::MergedChannels);
#ifdef Q_OS_LINUX
    // If the test itself crashes, the server goes with it instead of
    // lingering on its port.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
    QObject::connect(m_process.get(), &QProcess::readyRead, m_process.get(),
                     [this] { m_log += QString::fromUtf8(m_process->readAll()); });
    m_process->start(m_binary,
                     QStringList {QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(m_port),
                                  QStringLiteral("--database"), m_dbConnInfo, QStringLiteral("--tls-cert"),
                                  m_dir.filePath(QStringLiteral("cert.pem")), QStringLiteral("--tls-key"),
                                  m_dir.filePath(QStringLiteral("key.pem"))}
                         + m_extraArgs);
    if (!m_process->waitForStarted(10000)) {
        *error = QStringLiteral("the server did not start: ") + m_process->errorString();
        return false;
    }
    // Wait until /healthz answers over TLS with our CA.
    QNetworkAccessManager nam;
    QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
    ssl.setCaCertificates(QSslCertificate::fromData(caCertificatePem()));
    for (int attempt = 0; attempt < 200; ++attempt) {
        QNetworkRequest r(QUrl(url().toString() + QStringLiteral("/healthz")));
        r.setSslConfiguration(ssl);
        r.setTransferTimeout(2000);
        QNetworkReply *reply = nam.get(r);
        QSignalSpy done(reply, &QNetworkReply::finished);
        done.wait(3000);
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        reply->deleteLater();
        if (status == 200)
            return true;
        if (m_process->state() != QProcess::Running) {
            *error = QStringLiteral("the server exited: ") + m_log;
            return false;
        }
        QTest::qWait(50);
    }
    *error = QStringLiteral("the server never answered /healthz: ") + m_log;
    return false;
}

void SyncServerFixture::kill()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(10000);
    }
}

void SyncServerFixture::stop()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(10000))
            kill();
    }
}

QUrl SyncServerFixture::url() const
{
    return QUrl(QStringLiteral("https://127.0.0.1:%1").arg(m_port));
}

QByteArray SyncServerFixture::caCertificatePem() const
{
    QFile f(m_dir.filePath(QStringLiteral("cert.pem")));
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

QString SyncServerFixture::adminTotp(qint64 unixSeconds) const
{
    return security::totpCode(m_totpSecret, unixSeconds);
}

qint64 SyncServerFixture::nextTotpTime()
{
    const qint64 step = std::max(m_lastTotpStep + 1, QDateTime::currentSecsSinceEpoch() / 30);
    while (step > QDateTime::currentSecsSinceEpoch() / 30 + 1)
        QTest::qWait(1000);
    m_lastTotpStep = step;
    return step * 30 + 15;
}

QString SyncServerFixture::sql(const QString &statement) const
{
    QString out;
    runTool(QStringLiteral("psql"), {m_dbConnInfo, QStringLiteral("-qAtc"), statement}, &out, nullptr);
    return out.trimmed();
}

} // namespace msp::test
