#include "protocol/mutation.h"
#include "protocol/mutationargs.h"
#include "serverfixture.h"

#include <QJsonArray>
#include <QTest>

using namespace msp::test;
using namespace msp::protocol;

// Overbooking on purpose: a role allowed to overbook asks for it with a
// reason, and only then may a booking overlap another. Without the flag the
// exclusion constraints still make a double booking impossible.
class TestServerOverbook : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void managerOverbooksWithReason();
    void frontDeskMayNotOverbook();
    void freeSlotIsNotMarkedOverbooked();
    void moveOverbooksOnlyWhenAskedAgain();
    void databaseRefusesAccidentalOverlap();

private:
    struct Device {
        Session session;
        qint64 nextId = 1;
    };
    Device newDevice(const QString &role);
    MutationResult push(Device &device, const QString &name, const QJsonObject &args);
    BookAppointmentArgs booking(const QDateTime &start, const QString &overbookReason = {});
    std::string appointment(const QString &id, const char *column);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
    TestCertificate m_cert;
    Session m_admin;
    int m_users = 0;
    QString m_practitioner = newUuid();
    QString m_room = newUuid();
};

static const QDateTime kTuesday = QDateTime(QDate(2031, 4, 1), QTime(9, 0), Qt::UTC);

void TestServerOverbook::initTestCase()
{
    if (!TestDatabase::isAvailable())
        QSKIP(qPrintable(TestDatabase::skipReason()));
    m_dir = std::make_unique<QTemporaryDir>();
    m_cert = makeCertificate(m_dir->path());
    m_db = std::make_unique<TestDatabase>();
    Account admin;
    QVERIFY(ServerProcess::init(m_db->conninfo(), QStringLiteral("Overbook Clinic"),
                                QStringLiteral("admin@overbook.test"), admin));
    m_server = std::make_unique<ServerProcess>(m_db->conninfo(), m_cert, kFastServerArgs);
    QVERIFY(m_server->start());
    auto client = m_server->client();
    m_admin = login(client, admin);
    QVERIFY(!m_admin.accessToken.isEmpty());
}

void TestServerOverbook::cleanupTestCase()
{
    m_server.reset();
    m_db.reset();
}

TestServerOverbook::Device TestServerOverbook::newDevice(const QString &role)
{
    auto client = m_server->client();
    const auto account
        = createUser(client, m_admin, QStringLiteral("%1%2@overbook.test").arg(role).arg(++m_users), role);
    return Device {login(client, account)};
}

MutationResult TestServerOverbook::push(Device &device, const QString &name, const QJsonObject &args)
{
    auto client = m_server->client();
    const auto r
        = client.post(QStringLiteral("/v1/sync/push"), encodePushRequest({{Mutation {device.nextId++, name, args}}}),
                      device.session.accessToken);
    const auto decoded = decodePushResponse(r.body);
    if (r.status != 200 || !decoded || decoded->results.isEmpty()) {
        qWarning("push: %d %s", r.status, r.body.constData());
        return {};
    }
    return decoded->results.first();
}

BookAppointmentArgs TestServerOverbook::booking(const QDateTime &start, const QString &overbookReason)
{
    BookAppointmentArgs a;
    a.id = newUuid();
    a.clientId = newUuid();
    a.practitionerId = m_practitioner;
    a.serviceId = newUuid();
    a.roomId = m_room;
    a.start = start;
    a.end = start.addSecs(3600);
    a.overbookReason = overbookReason;
    return a;
}

std::string TestServerOverbook::appointment(const QString &id, const char *column)
{
    return m_db->scalar(std::string("SELECT ") + column + " FROM appointments WHERE id = '" + id.toStdString() + "'")
        .toStdString();
}

void TestServerOverbook::managerOverbooksWithReason()
{
    auto desk = newDevice(QStringLiteral("front_desk"));
    auto manager = newDevice(QStringLiteral("manager"));
    const auto first = booking(kTuesday);
    QCOMPARE(push(desk, QStringLiteral("book_appointment"), toJson(first)).outcome, MutationOutcome::Applied);
    // Without the flag the manager meets the same refusal as anyone.
    const auto plain = push(manager, QStringLiteral("book_appointment"), toJson(booking(kTuesday.addSecs(1800))));
    QCOMPARE(plain.outcome, MutationOutcome::Rejected);
    QCOMPARE(plain.reason, QStringLiteral("slot_taken"));

    const auto second = booking(kTuesday.addSecs(1800), QStringLiteral("Client in pain, squeezed in"));
    const auto r = push(manager, QStringLiteral("book_appointment"), toJson(second));
    QCOMPARE(r.outcome, MutationOutcome::Applied);
    QCOMPARE(appointment(second.id, "overbooked"), std::string("t"));
    QCOMPARE(appointment(second.id, "overbook_reason"), std::string("Client in pain, squeezed in"));
    QCOMPARE(appointment(first.id, "overbooked"), std::string("f"));
    QCOMPARE(
        m_db->scalar("SELECT count(*) FROM appointments WHERE practitioner_id = '" + m_practitioner.toStdString()
                     + "' AND tstzrange(starts_at, ends_at) && tstzrange('2031-04-01 09:30Z', '2031-04-01 10:00Z')"),
        QStringLiteral("2"));
    QCOMPARE(m_db->scalar("SELECT count(*) FROM audit_events WHERE action = 'appointment_overbooked' AND entity_id = '"
                          + second.id.toStdString() + "'"),
             QStringLiteral("1"));
    // Other devices learn it is overbooked.
    auto client = m_server->client();
    const auto pulled = client.get(QStringLiteral("/v1/sync/pull?limit=1000"), desk.session.accessToken);
    QVERIFY(pulled.body.contains("\"overbooked\" : true") || pulled.body.contains("\"overbooked\":true"));
}

void TestServerOverbook::frontDeskMayNotOverbook()
{
    auto desk = newDevice(QStringLiteral("front_desk"));
    const auto first = booking(kTuesday.addDays(1));
    QCOMPARE(push(desk, QStringLiteral("book_appointment"), toJson(first)).outcome, MutationOutcome::Applied);
    const auto second = booking(kTuesday.addDays(1), QStringLiteral("please"));
    const auto r = push(desk, QStringLiteral("book_appointment"), toJson(second));
    QCOMPARE(r.outcome, MutationOutcome::Rejected);
    QCOMPARE(r.reason, QStringLiteral("not_permitted"));
    QVERIFY(r.message.contains(u"overbook"));
    QCOMPARE(appointment(second.id, "count(*)"), std::string("0"));
}

void TestServerOverbook::freeSlotIsNotMarkedOverbooked()
{
    auto manager = newDevice(QStringLiteral("manager"));
    const auto a = booking(kTuesday.addDays(2), QStringLiteral("just in case"));
    QCOMPARE(push(manager, QStringLiteral("book_appointment"), toJson(a)).outcome, MutationOutcome::Applied);
    QCOMPARE(appointment(a.id, "overbooked"), std::string("f"));
    QCOMPARE(appointment(a.id, "overbook_reason"), std::string(""));
}

void TestServerOverbook::moveOverbooksOnlyWhenAskedAgain()
{
    auto manager = newDevice(QStringLiteral("admin"));
    const QDateTime day = kTuesday.addDays(3);
    const auto fixed = booking(day);
    const auto moving = booking(day.addSecs(4 * 3600));
    QCOMPARE(push(manager, QStringLiteral("book_appointment"), toJson(fixed)).outcome, MutationOutcome::Applied);
    QCOMPARE(push(manager, QStringLiteral("book_appointment"), toJson(moving)).outcome, MutationOutcome::Applied);

    RescheduleAppointmentArgs onto {moving.id, day.addSecs(900), day.addSecs(4500), {}};
    QCOMPARE(push(manager, QStringLiteral("reschedule_appointment"), toJson(onto)).reason,
             QStringLiteral("slot_taken"));
    onto.overbookReason = QStringLiteral("double-handed treatment");
    QCOMPARE(push(manager, QStringLiteral("reschedule_appointment"), toJson(onto)).outcome, MutationOutcome::Applied);
    QCOMPARE(appointment(moving.id, "overbooked"), std::string("t"));
    QCOMPARE(appointment(moving.id, "to_char(starts_at AT TIME ZONE 'UTC', 'HH24:MI')"), std::string("09:15"));

    // Moved again without the flag: checked afresh like any booking.
    RescheduleAppointmentArgs again {moving.id, day.addSecs(1800), day.addSecs(5400), {}};
    QCOMPARE(push(manager, QStringLiteral("reschedule_appointment"), toJson(again)).reason,
             QStringLiteral("slot_taken"));
    RescheduleAppointmentArgs away {moving.id, day.addSecs(6 * 3600), day.addSecs(7 * 3600), {}};
    QCOMPARE(push(manager, QStringLiteral("reschedule_appointment"), toJson(away)).outcome, MutationOutcome::Applied);
    QCOMPARE(appointment(moving.id, "overbooked"), std::string("f"));
}

void TestServerOverbook::databaseRefusesAccidentalOverlap()
{
    auto desk = newDevice(QStringLiteral("front_desk"));
    const auto first = booking(kTuesday.addDays(4));
    QCOMPARE(push(desk, QStringLiteral("book_appointment"), toJson(first)).outcome, MutationOutcome::Applied);
    const std::string org = m_db->scalar("SELECT id FROM orgs LIMIT 1").toStdString();
    const auto insert = [&](const std::string &overbooked, const std::string &reason) {
        return "INSERT INTO appointments (id, org_id, client_id, practitioner_id, service_id, room_id, starts_at, "
               "ends_at, status, overbooked, overbook_reason) VALUES (gen_random_uuid(), '"
            + org + "', gen_random_uuid(), '" + m_practitioner.toStdString()
            + "', gen_random_uuid(), gen_random_uuid(), '2031-04-05 09:00Z', '2031-04-05 09:30Z', 'booked', "
            + overbooked + ", '" + reason + "')";
    };
    // Whatever writes the table: an overlap is refused unless flagged, and
    // the flag needs a reason.
    QVERIFY_THROWS_EXCEPTION(std::exception, m_db->scalar(insert("false", "")));
    QVERIFY_THROWS_EXCEPTION(std::exception, m_db->scalar(insert("true", "")));
    m_db->scalar(insert("true", "walk-in emergency"));
    QCOMPARE(m_db->scalar("SELECT count(*) FROM appointments WHERE practitioner_id = '" + m_practitioner.toStdString()
                          + "' AND starts_at = '2031-04-05 09:00Z'"),
             QStringLiteral("2"));
}

QTEST_GUILESS_MAIN(TestServerOverbook)
#include "tst_serveroverbook.moc"
