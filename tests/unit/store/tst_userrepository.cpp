#include "security/passwordhash.h"
#include "storetesthelpers.h"
#include "support/tempstore.h"

#include <QTest>

using namespace msp;
using namespace msp::test;

namespace {
QString lightHash(const QString &password)
{
    return security::hashPassword(password, security::Argon2Params {1024, 1, 1}).valueOr({});
}

User makeUser(const QString &username, Role role, const QString &password)
{
    User u;
    u.id = EntityId::generate();
    u.username = username;
    u.displayName = username + QStringLiteral(" (display)");
    u.role = role;
    u.passwordHash = lightHash(password);
    return u;
}
} // namespace

class TestUserRepository : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void saveRoundTrip();
    void signIn_data();
    void signIn();
    void failedSignInDoesNotSayWhy();
    void onlyAdminsManageUsers_data();
    void onlyAdminsManageUsers();
    void refusesIncompleteUsers_data();
    void refusesIncompleteUsers();
    void duplicateUsernameRefused();

private:
    std::unique_ptr<TempStore> m_s;
    User m_alice;
};

void TestUserRepository::init()
{
    m_s = std::make_unique<TempStore>();
    QVERIFY(m_s->isOpen());
    m_alice = makeUser(QStringLiteral("alice"), Role::Manager, QStringLiteral("Correct-Horse-9"));
    QVERIFY(m_s->store->users().save(adminActor(), m_alice));
}

void TestUserRepository::cleanup()
{
    m_s.reset();
}

void TestUserRepository::saveRoundTrip()
{
    auto &store = *m_s->store;
    QCOMPARE(lastAuditAction(store), QStringLiteral("user.save"));
    QCOMPARE(store.audit().recent(1)->first().detail, QStringLiteral("role: manager"));
    // Accounts are local to the device: saving one queues nothing for sync.
    QCOMPARE(writeCounts(store), (WriteCounts {1, 0}));

    User practitioner = makeUser(QStringLiteral("bob"), Role::Practitioner, QStringLiteral("pw-bob-123"));
    practitioner.practitionerId = {};
    QVERIFY(store.users().save(adminActor(), practitioner));
    QVERIFY(m_s->reopen());
    const auto all = m_s->store->users().all();
    QVERIFY(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).username, QStringLiteral("alice")); // by user name
    QCOMPARE(all->at(0).id, m_alice.id);
    QCOMPARE(all->at(0).role, Role::Manager);
    QCOMPARE(all->at(0).displayName, m_alice.displayName);
    QCOMPARE(all->at(0).passwordHash, m_alice.passwordHash);
    QVERIFY(all->at(0).active);
    QCOMPARE(all->at(1).role, Role::Practitioner);

    // Saving again updates in place (a role change).
    User promoted = m_alice;
    promoted.role = Role::Admin;
    QVERIFY(m_s->store->users().save(adminActor(), promoted));
    QCOMPARE(m_s->store->users().all()->at(0).role, Role::Admin);
    QCOMPARE(m_s->store->users().all()->size(), 2);
}

void TestUserRepository::signIn_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("password");
    QTest::addColumn<bool>("accepted");

    QTest::newRow("right password") << QStringLiteral("alice") << QStringLiteral("Correct-Horse-9") << true;
    QTest::newRow("user name in other case") << QStringLiteral("ALICE") << QStringLiteral("Correct-Horse-9") << true;
    QTest::newRow("user name with spaces") << QStringLiteral(" alice ") << QStringLiteral("Correct-Horse-9") << true;
    QTest::newRow("wrong password") << QStringLiteral("alice") << QStringLiteral("correct-horse-9") << false;
    QTest::newRow("empty password") << QStringLiteral("alice") << QString() << false;
    QTest::newRow("unknown user") << QStringLiteral("mallory") << QStringLiteral("Correct-Horse-9") << false;
    QTest::newRow("empty user name") << QString() << QString() << false;
}

void TestUserRepository::signIn()
{
    QFETCH(QString, username);
    QFETCH(QString, password);
    QFETCH(bool, accepted);

    auto &store = *m_s->store;
    const WriteCounts before = writeCounts(store);
    const auto r = store.users().signIn(username, password, QStringLiteral("desk-2"));
    QCOMPARE(r.isOk(), accepted);
    // Every attempt is audited, good or bad, and none is synced.
    QCOMPARE(writeCounts(store), (WriteCounts {before.audit + 1, before.outbox}));
    const auto event = store.audit().recent(1)->first();
    QCOMPARE(event.deviceId, QStringLiteral("desk-2"));
    if (accepted) {
        QCOMPARE(r->id, m_alice.id);
        QCOMPARE(r->role, Role::Manager);
        QCOMPARE(event.action, QStringLiteral("session.sign_in"));
        QCOMPARE(event.userId, m_alice.id);
    } else {
        QCOMPARE(r.error().code, ErrorCode::NotPermitted);
        QCOMPARE(event.action, QStringLiteral("session.sign_in_failed"));
        QVERIFY(event.userId.isNull());
    }
    QVERIFY(store.audit().verifyChain());
}

void TestUserRepository::failedSignInDoesNotSayWhy()
{
    auto &store = *m_s->store;
    const auto wrongPassword = store.users().signIn(QStringLiteral("alice"), QStringLiteral("nope"), {});
    const auto unknownUser = store.users().signIn(QStringLiteral("nobody"), QStringLiteral("nope"), {});
    QVERIFY(!wrongPassword && !unknownUser);
    QCOMPARE(wrongPassword.error().message, unknownUser.error().message);
    QVERIFY(!wrongPassword.error().message.contains(u"alice"));

    User disabled = m_alice;
    disabled.active = false;
    QVERIFY(store.users().save(adminActor(), disabled));
    const auto r = store.users().signIn(QStringLiteral("alice"), QStringLiteral("Correct-Horse-9"), {});
    QVERIFY(!r);
    QCOMPARE(r.error().message, unknownUser.error().message);
}

void TestUserRepository::onlyAdminsManageUsers_data()
{
    QTest::addColumn<int>("role");
    QTest::newRow("manager") << int(Role::Manager);
    QTest::newRow("front desk") << int(Role::FrontDesk);
    QTest::newRow("practitioner") << int(Role::Practitioner);
}

void TestUserRepository::onlyAdminsManageUsers()
{
    QFETCH(int, role);
    auto &store = *m_s->store;
    const WriteCounts before = writeCounts(store);
    const auto r = store.users().save(actorWithRole(Role(role)),
                                      makeUser(QStringLiteral("eve"), Role::Admin, QStringLiteral("x-y-z-1")));
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::NotPermitted);
    QCOMPARE(writeCounts(store), before);
    QCOMPARE(store.users().all()->size(), 1);
}

void TestUserRepository::refusesIncompleteUsers_data()
{
    QTest::addColumn<QString>("username");
    QTest::addColumn<QString>("passwordHash");
    QTest::addColumn<QString>("errorField");

    QTest::newRow("no user name") << QStringLiteral("  ") << lightHash(QStringLiteral("pw"))
                                  << QStringLiteral("username");
    QTest::newRow("no password") << QStringLiteral("carol") << QString() << QStringLiteral("password");
    QTest::newRow("plain-text password") << QStringLiteral("carol") << QStringLiteral("hunter2")
                                         << QStringLiteral("password");
}

void TestUserRepository::refusesIncompleteUsers()
{
    QFETCH(QString, username);
    QFETCH(QString, passwordHash);
    QFETCH(QString, errorField);

    User u = makeUser(username, Role::FrontDesk, QStringLiteral("pw"));
    u.passwordHash = passwordHash;
    const WriteCounts before = writeCounts(*m_s->store);
    const auto r = m_s->store->users().save(adminActor(), u);
    QVERIFY(!r);
    QCOMPARE(r.error().code, ErrorCode::Invalid);
    QCOMPARE(r.error().field, errorField);
    QCOMPARE(writeCounts(*m_s->store), before);
}

void TestUserRepository::duplicateUsernameRefused()
{
    const WriteCounts before = writeCounts(*m_s->store);
    const auto r = m_s->store->users().save(adminActor(),
                                            makeUser(QStringLiteral("Alice"), Role::FrontDesk, QStringLiteral("pw")));
    QVERIFY(!r);
    QCOMPARE(writeCounts(*m_s->store), before);
    QCOMPARE(m_s->store->users().all()->size(), 1);
}

QTEST_GUILESS_MAIN(TestUserRepository)
#include "tst_userrepository.moc"
