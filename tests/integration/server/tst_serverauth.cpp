#include "protocol/mutation.h"
#include "serverfixture.h"
#include "tokens.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace msp::test;

// Accounts, MFA, tokens and devices: every refusal is a 401/403 with a code
// the app can act on and a message a person can read.
class TestServerAuth : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void wrongPasswordRefused();
    void wrongTotpRefused();
    void reusedTotpRefused();
    void forgedTokenRefused();
    void expiredTokenRefused();
    void roleNotAllowed();
    void answersInTheRequestsLanguage_data();
    void answersInTheRequestsLanguage();
    void refreshRotatesAndReuseRevokes();
    void lostRefreshAnswerRetriedOnce();
    void retryAfterGraceWindowRevokes();
    void revokedDeviceRefusedEverywhere();
    void failedLoginsAreRateLimited();
    void limitsHoldAcrossInstances();

private:
    Reply refreshWith(const Session &session, const QString &token);
    Reply loginWith(const QString &email, const QString &password, const QString &totp);
    static Reply loginVia(const ServerProcess &server, const QString &email, const QString &password,
                          const QString &totp);
    QStringList serverArgs() const;
    static QString code(const Reply &r) { return r.json().value(u"error").toObject().value(u"code").toString(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
    TestCertificate m_cert;
    Account m_adminAccount;
    Session m_admin;
    const std::string m_key = std::string(32, 'k');
};

void TestServerAuth::initTestCase()
{
    if (!TestDatabase::isAvailable())
        QSKIP(qPrintable(TestDatabase::skipReason()));
    m_dir = std::make_unique<QTemporaryDir>();
    m_cert = makeCertificate(m_dir->path());
    m_db = std::make_unique<TestDatabase>();
    QVERIFY(ServerProcess::init(m_db->conninfo(), QStringLiteral("Auth Clinic"), QStringLiteral("admin@auth.test"),
                                m_adminAccount));
    m_server = std::make_unique<ServerProcess>(m_db->conninfo(), m_cert, serverArgs());
    QVERIFY(m_server->start());
    auto client = m_server->client();
    m_admin = login(client, m_adminAccount);
    QVERIFY(!m_admin.accessToken.isEmpty());
}

void TestServerAuth::cleanupTestCase()
{
    m_server.reset();
    m_db.reset();
}

QStringList TestServerAuth::serverArgs() const
{
    return kFastServerArgs
        + QStringList {QStringLiteral("--token-key"), QString::fromLatin1(QByteArray::fromStdString(m_key).toHex()),
                       QStringLiteral("--login-max-failures-account"), QStringLiteral("3")};
}

Reply TestServerAuth::loginWith(const QString &email, const QString &password, const QString &totp)
{
    return loginVia(*m_server, email, password, totp);
}

Reply TestServerAuth::loginVia(const ServerProcess &server, const QString &email, const QString &password,
                               const QString &totp)
{
    auto client = server.client();
    const QJsonObject body {{QStringLiteral("email"), email},
                            {QStringLiteral("password"), password},
                            {QStringLiteral("totp"), totp},
                            {QStringLiteral("device_id"), newUuid()},
                            {QStringLiteral("device_name"), QStringLiteral("t")}};
    return client.post(QStringLiteral("/v1/auth/login"), QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void TestServerAuth::wrongPasswordRefused()
{
    auto client = m_server->client();
    const auto user = createUser(client, m_admin, QStringLiteral("pw@auth.test"), QStringLiteral("front_desk"));
    const auto r = loginWith(user.email, QStringLiteral("not-the-password"), currentTotp(user.totpSecret));
    QCOMPARE(r.status, 401);
    QCOMPARE(code(r), QStringLiteral("unauthenticated"));
    QVERIFY(r.json().value(u"error").toObject().value(u"message").toString().contains(u"password"));
}

void TestServerAuth::wrongTotpRefused()
{
    auto client = m_server->client();
    const auto user = createUser(client, m_admin, QStringLiteral("totp@auth.test"), QStringLiteral("front_desk"));
    const QString right = currentTotp(user.totpSecret);
    const QString wrong = QString::number((right.toInt() + 500000) % 1000000).rightJustified(6, u'0');
    const auto r = loginWith(user.email, user.password, wrong);
    QCOMPARE(r.status, 401);
    QVERIFY(r.json().value(u"error").toObject().value(u"message").toString().contains(u"authenticator"));
}

void TestServerAuth::reusedTotpRefused()
{
    auto client = m_server->client();
    const auto user = createUser(client, m_admin, QStringLiteral("reuse@auth.test"), QStringLiteral("front_desk"));
    const QString code = currentTotp(user.totpSecret);
    QCOMPARE(loginWith(user.email, user.password, code).status, 200);
    const auto again = loginWith(user.email, user.password, code);
    QCOMPARE(again.status, 401);
    QVERIFY(again.json().value(u"error").toObject().value(u"message").toString().contains(u"used"));
}

void TestServerAuth::forgedTokenRefused()
{
    auto client = m_server->client();
    msp::server::TokenSigner forger(std::string(32, 'x'));
    msp::server::AccessClaims claims {"u",     "o", m_admin.deviceId.toStdString(),
                                      "admin", 0,   msp::server::unixNow() + 600};
    const auto r = client.get(QStringLiteral("/v1/sync/pull"), QString::fromStdString(forger.sign(claims)));
    QCOMPARE(r.status, 401);
    QCOMPARE(code(r), QStringLiteral("unauthenticated"));
    QCOMPARE(client.get(QStringLiteral("/v1/sync/pull"), QStringLiteral("garbage")).status, 401);
}

void TestServerAuth::expiredTokenRefused()
{
    auto client = m_server->client();
    // Signed with the server's own key, but already expired.
    msp::server::TokenSigner signer(m_key);
    msp::server::AccessClaims claims;
    QVERIFY(signer.verify(m_admin.accessToken.toStdString(), 0, claims) == msp::server::TokenCheck::Valid);
    claims.expiresAt = msp::server::unixNow() - 1;
    const auto r = client.get(QStringLiteral("/v1/sync/pull"), QString::fromStdString(signer.sign(claims)));
    QCOMPARE(r.status, 401);
    QCOMPARE(code(r), QStringLiteral("token_expired"));
}

void TestServerAuth::roleNotAllowed()
{
    auto client = m_server->client();
    const auto user = createUser(client, m_admin, QStringLiteral("desk@auth.test"), QStringLiteral("front_desk"));
    const auto desk = login(client, user);
    QVERIFY(!desk.accessToken.isEmpty());
    const auto admin = client.get(QStringLiteral("/v1/admin/devices"), desk.accessToken);
    QCOMPARE(admin.status, 403);
    QCOMPARE(code(admin), QStringLiteral("forbidden"));

    // A mutation the role may not make is a per-mutation rejection, not a blocked queue.
    msp::protocol::PushRequest push;
    push.mutations.append({1, QStringLiteral("delete_client"), QJsonObject {{QStringLiteral("id"), newUuid()}}});
    const auto r
        = client.post(QStringLiteral("/v1/sync/push"), msp::protocol::encodePushRequest(push), desk.accessToken);
    QCOMPARE(r.status, 200);
    const auto result = r.json().value(u"results").toArray().at(0).toObject();
    QCOMPARE(result.value(u"outcome").toString(), QStringLiteral("rejected"));
    QCOMPARE(result.value(u"reason").toString(), QStringLiteral("not_permitted"));
}

void TestServerAuth::answersInTheRequestsLanguage_data()
{
    QTest::addColumn<QByteArray>("acceptLanguage");
    QTest::addColumn<bool>("spanish");
    QTest::newRow("es") << QByteArray("es") << true;
    QTest::newRow("regional, weighted") << QByteArray("es-MX, en;q=0.5") << true;
    QTest::newRow("only acceptable one") << QByteArray("fr, ES-us;q=0.1") << true;
    QTest::newRow("English first") << QByteArray("en-US, es;q=0.9") << false;
    QTest::newRow("not shipped") << QByteArray("fr") << false;
    QTest::newRow("refused") << QByteArray("es;q=0") << false;
    QTest::newRow("malformed weight") << QByteArray("es;q=two") << false;
    QTest::newRow("none") << QByteArray() << false;
}

// What people read (errors, refusals) comes in the language the app asks
// for, on the network thread and on the database worker alike.
void TestServerAuth::answersInTheRequestsLanguage()
{
    QFETCH(QByteArray, acceptLanguage);
    QFETCH(bool, spanish);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!acceptLanguage.isEmpty())
        headers.append({"Accept-Language", acceptLanguage});
    auto client = m_server->client();
    auto message = [](const Reply &r) { return r.json().value(u"error").toObject().value(u"message").toString(); };

    const auto unknown = client.get(QStringLiteral("/v1/no-such-thing"), {}, headers);
    QCOMPARE(unknown.status, 404);
    QCOMPARE(message(unknown),
             spanish ? QStringLiteral("No hay nada en esta dirección.")
                     : QStringLiteral("There is nothing at this address."));

    const auto garbage = client.get(QStringLiteral("/v1/sync/pull"), QStringLiteral("garbage"), headers);
    QCOMPARE(garbage.status, 401);
    QCOMPARE(message(garbage),
             spanish ? QStringLiteral("El token de acceso no es válido para este servidor; inicie sesión de nuevo.")
                     : QStringLiteral("The access token is not valid for this server; sign in again."));

    static int users = 0;
    const auto user
        = createUser(client, m_admin, QStringLiteral("lang%1@auth.test").arg(++users), QStringLiteral("front_desk"));
    const auto desk = login(client, user);
    msp::protocol::PushRequest push;
    push.mutations.append({1, QStringLiteral("delete_client"), QJsonObject {{QStringLiteral("id"), newUuid()}}});
    const auto r = client.post(QStringLiteral("/v1/sync/push"), msp::protocol::encodePushRequest(push),
                               desk.accessToken, headers);
    QCOMPARE(r.status, 200);
    const auto result = r.json().value(u"results").toArray().at(0).toObject();
    QCOMPARE(result.value(u"reason").toString(), QStringLiteral("not_permitted"));
    QCOMPARE(result.value(u"message").toString(),
             spanish
                 ? QStringLiteral("Su rol (front_desk) no permite hacer \"delete_client\"; pídaselo a un gerente de "
                                  "la clínica.")
                 : QStringLiteral("Your role (front_desk) may not do \"delete_client\"; ask a clinic manager."));
}

Reply TestServerAuth::refreshWith(const Session &session, const QString &token)
{
    auto client = m_server->client();
    const QJsonObject body {{QStringLiteral("refresh_token"), token}, {QStringLiteral("device_id"), session.deviceId}};
    return client.post(QStringLiteral("/v1/auth/refresh"), QJsonDocument(body).toJson(QJsonDocument::Compact));
}

void TestServerAuth::refreshRotatesAndReuseRevokes()
{
    auto client = m_server->client();
    const auto user = createUser(client, m_admin, QStringLiteral("refresh@auth.test"), QStringLiteral("practitioner"));
    const auto session = login(client, user);
    const auto first = refreshWith(session, session.refreshToken);
    QCOMPARE(first.status, 200);
    const QString firstRefresh = first.json().value(u"refresh_token").toString();
    QVERIFY(firstRefresh != session.refreshToken);
    const auto second = refreshWith(session, firstRefresh);
    QCOMPARE(second.status, 200);
    const QString newAccess = second.json().value(u"access_token").toString();
    const QString newRefresh = second.json().value(u"refresh_token").toString();
    QCOMPARE(client.get(QStringLiteral("/v1/sync/pull"), newAccess).status, 200);

    // The first token's successor was used, so this is no lost answer: a copy.
    const auto reused = refreshWith(session, session.refreshToken);
    QCOMPARE(reused.status, 401);
    // Reuse ends every session of the device: the rotated tokens stop working too.
    QCOMPARE(client.get(QStringLiteral("/v1/sync/pull"), newAccess).status, 401);
    QCOMPARE(refreshWith(session, newRefresh).status, 401);
}

void TestServerAuth::lostRefreshAnswerRetriedOnce()
{
    auto client = m_server->client();
    const auto user
        = createUser(client, m_admin, QStringLiteral("lost-answer@auth.test"), QStringLiteral("front_desk"));
    const auto session = login(client, user);
    // The answer to this refresh never reaches the device ...
    const auto lost = refreshWith(session, session.refreshToken);
    QCOMPARE(lost.status, 200);
    // ... so it presents the same token again, within the grace window.
    const auto retried = refreshWith(session, session.refreshToken);
    QCOMPARE(retried.status, 200);
    const QString access = retried.json().value(u"access_token").toString();
    const QString refresh = retried.json().value(u"refresh_token").toString();
    QVERIFY(refresh != lost.json().value(u"refresh_token").toString());
    QCOMPARE(client.get(QStringLiteral("/v1/sync/pull"), access).status, 200);
    const auto next = refreshWith(session, refresh);
    QCOMPARE(next.status, 200);
    const QString nextAccess = next.json().value(u"access_token").toString();
    QCOMPARE(client.get(QStringLiteral("/v1/sync/pull"), nextAccess).status, 200);
    const auto audit = client.get(QStringLiteral("/v1/admin/audit?action=refresh_retried"), m_admin.accessToken);
    QCOMPARE(audit.json().value(u"events").toArray().size(), 1);

    // The grace is used once: a third presentation is theft, and ends everything.
    const auto third = refreshWith(session, session.refreshToken);
    QCOMPARE(third.status, 401);
    QCOMPARE(client.get(QStringLiteral("/v1/sync/pull"), nextAccess).status, 401);
}

void TestServerAuth::retryAfterGraceWindowRevokes()
{
    auto client = m_server->client();
    const auto user = createUser(client, m_admin, QStringLiteral("late@auth.test"), QStringLiteral("front_desk"));
    const auto session = login(client, user);
    const auto first = refreshWith(session, session.refreshToken);
    QCOMPARE(first.status, 200);
    const QString access = first.json().value(u"access_token").toString();
    // Two minutes pass (the window is 60 s).
    m_db->scalar("UPDATE refresh_tokens SET used_at = used_at - interval '2 minutes' WHERE token_hash = '"
                 + msp::server::sha256Hex(session.refreshToken.toStdString()) + "'");
    const auto late = refreshWith(session, session.refreshToken);
    QCOMPARE(late.status, 401);
    QCOMPARE(code(late), QStringLiteral("unauthenticated"));
    QCOMPARE(client.get(QStringLiteral("/v1/sync/pull"), access).status, 401);
    QCOMPARE(refreshWith(session, first.json().value(u"refresh_token").toString()).status, 401);
}

void TestServerAuth::revokedDeviceRefusedEverywhere()
{
    auto client = m_server->client();
    const auto user = createUser(client, m_admin, QStringLiteral("lost@auth.test"), QStringLiteral("practitioner"));
    const auto laptop = login(client, user);
    QCOMPARE(client.get(QStringLiteral("/v1/sync/pull"), laptop.accessToken).status, 200);
    const auto revoke
        = client.post(QStringLiteral("/v1/admin/devices/%1/revoke").arg(laptop.deviceId), "{}", m_admin.accessToken);
    QCOMPARE(revoke.status, 200);
    const auto pull = client.get(QStringLiteral("/v1/sync/pull"), laptop.accessToken);
    QCOMPARE(pull.status, 403);
    QCOMPARE(code(pull), QStringLiteral("device_revoked"));
    const QJsonObject body {{QStringLiteral("refresh_token"), laptop.refreshToken},
                            {QStringLiteral("device_id"), laptop.deviceId}};
    const auto refreshed
        = client.post(QStringLiteral("/v1/auth/refresh"), QJsonDocument(body).toJson(QJsonDocument::Compact));
    QCOMPARE(refreshed.status, 403);
    QCOMPARE(code(refreshed), QStringLiteral("device_revoked"));
    const auto devices = client.get(QStringLiteral("/v1/admin/devices"), m_admin.accessToken);
    bool listedRevoked = false;
    for (const auto &d : devices.json().value(u"devices").toArray())
        listedRevoked
            |= d.toObject().value(u"id").toString() == laptop.deviceId && d.toObject().value(u"revoked").toBool();
    QVERIFY(listedRevoked);
}

void TestServerAuth::failedLoginsAreRateLimited()
{
    auto client = m_server->client();
    const auto user = createUser(client, m_admin, QStringLiteral("guess@auth.test"), QStringLiteral("front_desk"));
    for (int i = 0; i < 3; ++i)
        QCOMPARE(loginWith(user.email, QStringLiteral("guess%1").arg(i), QStringLiteral("000000")).status, 401);
    const auto limited = loginWith(user.email, user.password, currentTotp(user.totpSecret));
    QCOMPARE(limited.status, 429);
    QCOMPARE(code(limited), QStringLiteral("rate_limited"));
    QVERIFY(limited.header("Retry-After").toInt() > 0);
}

void TestServerAuth::limitsHoldAcrossInstances()
{
    // A second instance on the same database, as behind a load balancer.
    ServerProcess second(m_db->conninfo(), m_cert, serverArgs());
    QVERIFY(second.start());
    auto client = m_server->client();
    const auto user = createUser(client, m_admin, QStringLiteral("spread@auth.test"), QStringLiteral("front_desk"));
    // Guesses spread over both instances count as one series: each instance
    // alone has seen fewer than the limit of 3.
    QCOMPARE(loginWith(user.email, QStringLiteral("a"), QStringLiteral("000000")).status, 401);
    QCOMPARE(loginVia(second, user.email, QStringLiteral("b"), QStringLiteral("000000")).status, 401);
    QCOMPARE(loginWith(user.email, QStringLiteral("c"), QStringLiteral("000000")).status, 401);
    const auto limited = loginVia(second, user.email, user.password, currentTotp(user.totpSecret));
    QCOMPARE(limited.status, 429);
    QCOMPARE(code(limited), QStringLiteral("rate_limited"));
    QVERIFY(limited.header("Retry-After").toInt() > 0);
    QCOMPARE(loginWith(user.email, user.password, currentTotp(user.totpSecret)).status, 429);
    // The counts are kept as hashes: no email in the table.
    QCOMPARE(m_db->scalar("SELECT count(*) FROM login_failures WHERE key_hash LIKE '%@%'"), QStringLiteral("0"));
}

QTEST_GUILESS_MAIN(TestServerAuth)
#include "tst_serverauth.moc"
