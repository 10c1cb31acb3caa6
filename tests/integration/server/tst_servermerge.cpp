#include "protocol/mergeclientsargs.h"
#include "protocol/mutation.h"
#include "protocol/mutationargs.h"
#include "serverfixture.h"

#include <QTest>

using namespace msp::test;
using namespace msp::protocol;

// merge_clients / unmerge_clients on the server, over TLS against a real
// PostgreSQL: appointments re-pointed, the merged client marked (never
// deleted), managers only, a repeated merge harmless, an undo exact.
class TestServerMerge : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void mergeMovesAppointmentsAndUndoMovesThemBack();
    void frontDeskMayNotMerge();
    void unknownClientIsNotFound();

private:
    Session newDevice(const QString &role);
    QList<MutationResult> push(const Session &s, const QList<Mutation> &batch);
    QString sql(const QString &statement) const { return m_db->scalar(statement.toStdString()); }
    static Mutation createClient(qint64 id, const QString &clientId, const QString &given);
    static Mutation book(qint64 id, const QString &appointmentId, const QString &clientId, int hour);
    static Mutation merge(qint64 id, const QString &name, const QString &kept, const QString &merged,
                          const QStringList &appointments, const QMap<QString, FieldChange> &changes = {});

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
    TestCertificate m_cert;
    Session m_admin;
    int m_users = 0;
};

void TestServerMerge::initTestCase()
{
    if (!TestDatabase::isAvailable())
        QSKIP(qPrintable(TestDatabase::skipReason()));
    m_dir = std::make_unique<QTemporaryDir>();
    m_cert = makeCertificate(m_dir->path());
    m_db = std::make_unique<TestDatabase>();
    Account admin;
    QVERIFY(ServerProcess::init(m_db->conninfo(), QStringLiteral("Merge Clinic"), QStringLiteral("admin@merge.test"),
                                admin));
    m_server = std::make_unique<ServerProcess>(m_db->conninfo(), m_cert, kFastServerArgs);
    QVERIFY(m_server->start());
    auto client = m_server->client();
    m_admin = login(client, admin);
    QVERIFY(!m_admin.accessToken.isEmpty());
}

void TestServerMerge::cleanupTestCase()
{
    m_server.reset();
    m_db.reset();
}

Session TestServerMerge::newDevice(const QString &role)
{
    auto client = m_server->client();
    const auto account = createUser(client, m_admin, QStringLiteral("%1%2@merge.test").arg(role).arg(++m_users), role);
    return login(client, account);
}

QList<MutationResult> TestServerMerge::push(const Session &s, const QList<Mutation> &batch)
{
    auto client = m_server->client();
    const auto reply = client.post(QStringLiteral("/v1/sync/push"), encodePushRequest({batch}), s.accessToken);
    auto decoded = decodePushResponse(reply.body);
    return decoded ? decoded->results : QList<MutationResult> {};
}

Mutation TestServerMerge::createClient(qint64 id, const QString &clientId, const QString &given)
{
    return {id, QStringLiteral("create_client"),
            toJson(CreateClientArgs {clientId,
                                     {{QStringLiteral("givenName"), given},
                                      {QStringLiteral("familyName"), QStringLiteral("Whitfield")},
                                      {QStringLiteral("phone"), QString()}}})};
}

Mutation TestServerMerge::book(qint64 id, const QString &appointmentId, const QString &clientId, int hour)
{
    BookAppointmentArgs a;
    a.id = appointmentId;
    a.clientId = clientId;
    a.practitionerId = newUuid();
    a.serviceId = newUuid();
    a.roomId = newUuid();
    a.start = QDateTime(QDate(2031, 3, 3), QTime(hour, 0), Qt::UTC);
    a.end = a.start.addSecs(1800);
    return {id, QStringLiteral("book_appointment"), toJson(a)};
}

Mutation TestServerMerge::merge(qint64 id, const QString &name, const QString &kept, const QString &merged,
                                const QStringList &appointments, const QMap<QString, FieldChange> &changes)
{
    return {id, name, toJson(MergeClientsArgs {kept, merged, changes, appointments})};
}

void TestServerMerge::mergeMovesAppointmentsAndUndoMovesThemBack()
{
    const Session manager = newDevice(QStringLiteral("manager"));
    const QString kept = newUuid(), dup = newUuid(), v1 = newUuid(), v2 = newUuid();
    const QMap<QString, FieldChange> phone {{QStringLiteral("phone"), {QString(), QStringLiteral("+15552014477")}}};
    auto results = push(manager,
                        {createClient(1, kept, QStringLiteral("Elizabeth")),
                         createClient(2, dup, QStringLiteral("Liz")), book(3, v1, dup, 9), book(4, v2, dup, 10),
                         merge(5, QStringLiteral("merge_clients"), kept, dup, {v1, v2}, phone)});
    QCOMPARE(results.size(), 5);
    for (const auto &r : results)
        QVERIFY2(r.outcome == MutationOutcome::Applied, qPrintable(r.message));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM appointments WHERE client_id = '%1'").arg(kept)),
             QStringLiteral("2"));
    QCOMPARE(sql(QStringLiteral("SELECT fields->>'mergedInto' FROM clients WHERE id = '%1'").arg(dup)), kept);
    QCOMPARE(sql(QStringLiteral("SELECT fields->>'phone' FROM clients WHERE id = '%1'").arg(kept)),
             QStringLiteral("+15552014477"));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM clients WHERE id = '%1'").arg(dup)), QStringLiteral("1"));
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = 'merge_clients' AND entity_id = "
                                "'%1'")
                     .arg(kept)),
             QStringLiteral("1"));

    // The same merge from another device (it had not pulled yet): harmless.
    const Session other = newDevice(QStringLiteral("admin"));
    results = push(other, {merge(1, QStringLiteral("merge_clients"), kept, dup, {}, phone)});
    QCOMPARE(results.value(0).outcome, MutationOutcome::Applied);
    QCOMPARE(sql(QStringLiteral("SELECT fields->>'mergedInto' FROM clients WHERE id = '%1'").arg(dup)), kept);

    // Undo moves back the appointments the device had moved, and only those.
    const QString later = newUuid();
    const QMap<QString, FieldChange> unphone {{QStringLiteral("phone"), {QStringLiteral("+15552014477"), QString()}}};
    results = push(
        manager, {book(6, later, kept, 11), merge(7, QStringLiteral("unmerge_clients"), kept, dup, {v1, v2}, unphone)});
    QCOMPARE(results.value(1).outcome, MutationOutcome::Applied);
    QCOMPARE(sql(QStringLiteral("SELECT string_agg(id::text, ',' ORDER BY starts_at) FROM appointments WHERE "
                                "client_id = '%1'")
                     .arg(dup)),
             v1 + u',' + v2);
    QCOMPARE(sql(QStringLiteral("SELECT client_id FROM appointments WHERE id = '%1'").arg(later)), kept);
    QCOMPARE(sql(QStringLiteral("SELECT fields ? 'mergedInto' FROM clients WHERE id = '%1'").arg(dup)),
             QStringLiteral("f"));
    QCOMPARE(sql(QStringLiteral("SELECT fields->>'phone' FROM clients WHERE id = '%1'").arg(kept)), QString());
    // An undo sent twice changes nothing more.
    results = push(manager, {merge(8, QStringLiteral("unmerge_clients"), kept, dup, {v1, v2}, unphone)});
    QCOMPARE(results.value(0).outcome, MutationOutcome::Applied);
    QCOMPARE(sql(QStringLiteral("SELECT count(*) FROM appointments WHERE client_id = '%1'").arg(dup)),
             QStringLiteral("2"));
}

void TestServerMerge::frontDeskMayNotMerge()
{
    const Session desk = newDevice(QStringLiteral("front_desk"));
    const QString a = newUuid(), b = newUuid();
    auto results = push(desk,
                        {createClient(1, a, QStringLiteral("Ann")), createClient(2, b, QStringLiteral("Anne")),
                         merge(3, QStringLiteral("merge_clients"), a, b, {})});
    QCOMPARE(results.size(), 3);
    QCOMPARE(results[2].outcome, MutationOutcome::Rejected);
    QCOMPARE(results[2].reason, QStringLiteral("not_permitted"));
    QCOMPARE(sql(QStringLiteral("SELECT fields ? 'mergedInto' FROM clients WHERE id = '%1'").arg(b)),
             QStringLiteral("f"));
}

void TestServerMerge::unknownClientIsNotFound()
{
    const Session manager = newDevice(QStringLiteral("manager"));
    const QString a = newUuid();
    auto results = push(
        manager,
        {createClient(1, a, QStringLiteral("Ann")), merge(2, QStringLiteral("merge_clients"), a, newUuid(), {})});
    QCOMPARE(results.size(), 2);
    QCOMPARE(results[1].outcome, MutationOutcome::Rejected);
    QCOMPARE(results[1].reason, QStringLiteral("not_found"));
    QCOMPARE(sql(QStringLiteral("SELECT fields ? 'mergedInto' FROM clients WHERE id = '%1'").arg(a)),
             QStringLiteral("f"));
}

QTEST_GUILESS_MAIN(TestServerMerge)
#include "tst_servermerge.moc"
