#include "protocol/mutation.h"
#include "protocol/mutationargs.h"
#include "serverfixture.h"

#include <QJsonArray>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QTest>

using namespace msp::test;
using namespace msp::protocol;

// Push: exactly-once application, and double booking impossible whatever the
// timing, enforced by the database's exclusion constraints.
class TestServerPush : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void twoDevicesSameSlot_oneBookedOneRejectedWithAlternatives();
    void retriedBatchAnsweredFromStoredResults();
    void idGapIs409();
    void resentBatchWithNewTail_newOnesAppliedAndAuditedOnce();
    void concurrentProtectedFieldEditBecomesConflict();
    void eightDevicesHammering_zeroOverlaps();
    void killedMidPush_resentBatchAppliedExactlyOnce();

private:
    Session newDevice(const QString &name);
    static Mutation booking(qint64 id, const QString &practitioner, const QString &room, const QDateTime &start,
                            int minutes);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<TestDatabase> m_db;
    std::unique_ptr<ServerProcess> m_server;
    TestCertificate m_cert;
    Session m_admin;
    int m_users = 0;
};

void TestServerPush::initTestCase()
{
    if (!TestDatabase::isAvailable())
        QSKIP(qPrintable(TestDatabase::skipReason()));
    m_dir = std::make_unique<QTemporaryDir>();
    m_cert = makeCertificate(m_dir->path());
    m_db = std::make_unique<TestDatabase>();
    Account admin;
    QVERIFY(
        ServerProcess::init(m_db->conninfo(), QStringLiteral("Push Clinic"), QStringLiteral("admin@push.test"), admin));
    m_server = std::make_unique<ServerProcess>(m_db->conninfo(), m_cert, kFastServerArgs);
    QVERIFY(m_server->start());
    auto client = m_server->client();
    m_admin = login(client, admin);
    QVERIFY(!m_admin.accessToken.isEmpty());
}

void TestServerPush::cleanupTestCase()
{
    m_server.reset();
    m_db.reset();
}

Session TestServerPush::newDevice(const QString &name)
{
    auto client = m_server->client();
    const auto account = createUser(client, m_admin, QStringLiteral("%1%2@push.test").arg(name).arg(++m_users),
                                    QStringLiteral("front_desk"));
    return login(client, account);
}

Mutation TestServerPush::booking(qint64 id, const QString &practitioner, const QString &room, const QDateTime &start,
                                 int minutes)
{
    BookAppointmentArgs a;
    a.id = newUuid();
    a.clientId = newUuid();
    a.practitionerId = practitioner;
    a.serviceId = newUuid();
    a.roomId = room;
    a.start = start;
    a.end = start.addSecs(minutes * 60);
    return Mutation {id, QStringLiteral("book_appointment"), toJson(a)};
}

static const QDateTime kMonday = QDateTime(QDate(2031, 3, 3), QTime(9, 0), Qt::UTC);

void TestServerPush::twoDevicesSameSlot_oneBookedOneRejectedWithAlternatives()
{
    const auto desk = newDevice(QStringLiteral("desk"));
    const auto laptop = newDevice(QStringLiteral("laptop"));
    const QString practitioner = newUuid();
    const QString room = newUuid();
    auto client = m_server->client();
    const auto first
        = client.post(QStringLiteral("/v1/sync/push"),
                      encodePushRequest({{booking(1, practitioner, room, kMonday, 60)}}), desk.accessToken);
    // The laptop booked the same practitioner offline for an overlapping time, in another room.
    const auto second = client.post(
        QStringLiteral("/v1/sync/push"),
        encodePushRequest({{booking(1, practitioner, newUuid(), kMonday.addSecs(1800), 60)}}), laptop.accessToken);
    QCOMPARE(first.status, 200);
    QCOMPARE(second.status, 200);
    const auto a = decodePushResponse(first.body);
    const auto b = decodePushResponse(second.body);
    QVERIFY(a.isOk() && b.isOk());
    QCOMPARE(a->results.at(0).outcome, MutationOutcome::Applied);
    const auto &rejected = b->results.at(0);
    QCOMPARE(rejected.outcome, MutationOutcome::Rejected);
    QCOMPARE(rejected.reason, QStringLiteral("slot_taken"));
    QVERIFY(!rejected.message.isEmpty());
    QCOMPARE(rejected.conflictingBooking.value(u"start").toString(), QStringLiteral("2031-03-03T09:00:00.000Z"));
    QCOMPARE(rejected.nextFreeSlots.size(), 3);
    QCOMPARE(rejected.nextFreeSlots.at(0).start, QStringLiteral("2031-03-03T10:00:00.000Z"));
    QCOMPARE(b->lastMutationId, 1);
    QCOMPARE(
        m_db->scalar("SELECT count(*) FROM appointments WHERE practitioner_id = '" + practitioner.toStdString() + "'"),
        QStringLiteral("1"));
}

void TestServerPush::retriedBatchAnsweredFromStoredResults()
{
    const auto device = newDevice(QStringLiteral("retry"));
    const QString practitioner = newUuid();
    PushRequest batch {
        {booking(1, practitioner, newUuid(), kMonday, 30), booking(2, practitioner, newUuid(), kMonday, 30)}};
    auto client = m_server->client();
    const auto first = decodePushResponse(
        client.post(QStringLiteral("/v1/sync/push"), encodePushRequest(batch), device.accessToken).body);
    const auto again = decodePushResponse(
        client.post(QStringLiteral("/v1/sync/push"), encodePushRequest(batch), device.accessToken).body);
    QVERIFY(first.isOk() && again.isOk());
    QCOMPARE(again->results, first->results); // the rejection of #2 is replayed, not recomputed
    QCOMPARE(first->results.at(1).reason, QStringLiteral("slot_taken"));
    QCOMPARE(
        m_db->scalar("SELECT count(*) FROM appointments WHERE practitioner_id = '" + practitioner.toStdString() + "'"),
        QStringLiteral("1"));
}

void TestServerPush::idGapIs409()
{
    const auto device = newDevice(QStringLiteral("gap"));
    auto client = m_server->client();
    const auto r
        = client.post(QStringLiteral("/v1/sync/push"),
                      encodePushRequest({{booking(5, newUuid(), newUuid(), kMonday, 30)}}), device.accessToken);
    QCOMPARE(r.status, 409);
    QCOMPARE(r.json().value(u"error").toObject().value(u"code").toString(), QStringLiteral("mutation_gap"));
    QCOMPARE(r.header("X-Last-Mutation-Id"), QByteArray("0"));
}

// A batch resent with more mutations after it (the outbox grew meanwhile):
// the stored ones are answered, only the new ones apply, and each applied
// mutation leaves exactly one stored result and one audit event.
void TestServerPush::resentBatchWithNewTail_newOnesAppliedAndAuditedOnce()
{
    const auto device = newDevice(QStringLiteral("tail"));
    const QString practitioner = newUuid();
    QList<Mutation> outbox;
    for (int i = 1; i <= 6; ++i)
        outbox.append(booking(i, practitioner, newUuid(), kMonday.addSecs(3600 * i), 30));
    outbox[4] = booking(5, practitioner, newUuid(), kMonday.addSecs(3600 * 4), 30); // collides with #4
    auto client = m_server->client();
    const auto first = decodePushResponse(
        client.post(QStringLiteral("/v1/sync/push"), encodePushRequest({outbox.mid(0, 3)}), device.accessToken).body);
    const auto resent = decodePushResponse(
        client.post(QStringLiteral("/v1/sync/push"), encodePushRequest({outbox}), device.accessToken).body);
    QVERIFY(first.isOk() && resent.isOk());
    QCOMPARE(resent->lastMutationId, 6);
    QCOMPARE(resent->results.size(), 6);
    QCOMPARE(resent->results.mid(0, 3), first->results);
    QCOMPARE(resent->results.at(3).outcome, MutationOutcome::Applied);
    QCOMPARE(resent->results.at(4).reason, QStringLiteral("slot_taken"));
    QCOMPARE(resent->results.at(4).conflictingBooking.value(u"id").toString(),
             outbox.at(3).args.value(u"id").toString());
    QCOMPARE(resent->results.at(5).outcome, MutationOutcome::Applied);
    const std::string p = practitioner.toStdString();
    QCOMPARE(m_db->scalar("SELECT count(*) FROM appointments WHERE practitioner_id = '" + p + "'"),
             QStringLiteral("5"));
    const std::string deviceId = device.deviceId.toStdString();
    QCOMPARE(m_db->scalar("SELECT count(*) FROM mutation_results WHERE device_id = '" + deviceId + "'"),
             QStringLiteral("6"));
    QCOMPARE(m_db->scalar("SELECT count(*) FROM audit_events WHERE action = 'book_appointment' AND device_id = '"
                          + deviceId + "'"),
             QStringLiteral("5"));
    QCOMPARE(m_db->scalar("SELECT last_mutation_id FROM devices WHERE id = '" + deviceId + "'"), QStringLiteral("6"));
}

void TestServerPush::concurrentProtectedFieldEditBecomesConflict()
{
    const auto desk = newDevice(QStringLiteral("merge"));
    const auto laptop = newDevice(QStringLiteral("merge"));
    const QString id = newUuid();
    auto client = m_server->client();
    auto push = [&](const Session &s, const Mutation &m) {
        const auto r = client.post(QStringLiteral("/v1/sync/push"), encodePushRequest({{m}}), s.accessToken);
        QCOMPARE(r.status, 200);
    };
    push(desk,
         Mutation {1, QStringLiteral("create_client"),
                   toJson(CreateClientArgs {id,
                                            QJsonObject {{QStringLiteral("familyName"), QStringLiteral("Lee")},
                                                         {QStringLiteral("phone"), QStringLiteral("1")}}})});
    UpdateClientFieldsArgs deskEdit {id,
                                     {{QStringLiteral("familyName"), {QStringLiteral("Lee"), QStringLiteral("Li")}},
                                      {QStringLiteral("phone"), {QStringLiteral("1"), QStringLiteral("2")}}}};
    push(desk, Mutation {2, QStringLiteral("update_client_fields"), toJson(deskEdit)});
    // The laptop edited the same fields from the old values while offline.
    UpdateClientFieldsArgs laptopEdit {
        id,
        {{QStringLiteral("familyName"), {QStringLiteral("Lee"), QStringLiteral("Leigh")}},
         {QStringLiteral("phone"), {QStringLiteral("1"), QStringLiteral("3")}}}};
    push(laptop, Mutation {1, QStringLiteral("update_client_fields"), toJson(laptopEdit)});

    const std::string where = " FROM clients WHERE id = '" + id.toStdString() + "'";
    QCOMPARE(m_db->scalar("SELECT fields->>'familyName'" + where), QStringLiteral("Li")); // never silently overwritten
    QCOMPARE(m_db->scalar("SELECT fields->>'phone'" + where), QStringLiteral("3")); // contact field: later wins
    const auto conflicts = client.get(QStringLiteral("/v1/admin/conflicts"), m_admin.accessToken);
    QString conflictId;
    for (const auto &c : conflicts.json().value(u"conflicts").toArray())
        if (c.toObject().value(u"client_id").toString() == id)
            conflictId = c.toObject().value(u"id").toString();
    QVERIFY(!conflictId.isEmpty());
    const auto resolved = client.post(QStringLiteral("/v1/admin/conflicts/%1/resolve").arg(conflictId),
                                      R"({"value":"Leigh"})", m_admin.accessToken);
    QCOMPARE(resolved.status, 200);
    QCOMPARE(m_db->scalar("SELECT fields->>'familyName'" + where), QStringLiteral("Leigh"));
}

void TestServerPush::eightDevicesHammering_zeroOverlaps()
{
    constexpr int kDevices = 8;
    constexpr int kBatches = 4;
    constexpr int kPerBatch = 15;
    QList<Session> devices;
    for (int i = 0; i < kDevices; ++i)
        devices.append(newDevice(QStringLiteral("hammer")));
    const QStringList practitioners {newUuid(), newUuid(), newUuid()};
    const QStringList rooms {newUuid(), newUuid(), newUuid(), newUuid()};
    QRandomGenerator rng(20250301);
    QList<PushRequest> batches[kDevices];
    for (int d = 0; d < kDevices; ++d) {
        qint64 id = 0;
        for (int b = 0; b < kBatches; ++b) {
            PushRequest batch;
            for (int m = 0; m < kPerBatch; ++m)
                batch.mutations.append(booking(++id, practitioners[rng.bounded(3)], rooms[rng.bounded(4)],
                                               kMonday.addSecs(15 * 60 * rng.bounded(32)), 15 * (1 + rng.bounded(4))));
            batches[d].append(batch);
        }
    }
    // Every device pushes its batches one after another, all devices at once.
    std::vector<std::unique_ptr<Client>> clients;
    int applied = 0;
    int rejected = 0;
    int pending = kDevices;
    std::function<void(int, int)> send = [&](int d, int b) {
        auto *reply
            = clients[d]->nam()->post(clients[d]->request(QStringLiteral("/v1/sync/push"), devices[d].accessToken),
                                      encodePushRequest(batches[d][b]));
        QObject::connect(reply, &QNetworkReply::finished, [&, reply, d, b] {
            const auto r = collect(reply);
            const auto decoded = decodePushResponse(r.body);
            if (r.status == 200 && decoded) {
                for (const auto &res : decoded->results)
                    (res.outcome == MutationOutcome::Applied ? applied : rejected)++;
            } else {
                qWarning("push failed: %d %s", r.status, r.body.constData());
            }
            if (b + 1 < kBatches)
                send(d, b + 1);
            else
                --pending;
        });
    };
    for (int d = 0; d < kDevices; ++d) {
        clients.push_back(std::make_unique<Client>(m_server->port(), m_cert.cert));
        send(d, 0);
    }
    QTRY_COMPARE_WITH_TIMEOUT(pending, 0, 60000);
    QCOMPARE(applied + rejected, kDevices * kBatches * kPerBatch);
    QVERIFY(applied > 0);
    QVERIFY(rejected > 0);
    const std::string inList = "('" + practitioners.join(QStringLiteral("','")).toStdString() + "')";
    QCOMPARE(m_db->scalar("SELECT count(*) FROM appointments WHERE practitioner_id IN " + inList),
             QString::number(applied));
    const char *overlap = "SELECT count(*) FROM appointments a JOIN appointments b ON a.id < b.id "
                          "AND tstzrange(a.starts_at, a.ends_at) && tstzrange(b.starts_at, b.ends_at) "
                          "AND (a.practitioner_id = b.practitioner_id OR a.room_id = b.room_id) "
                          "WHERE a.status = 'booked' AND b.status = 'booked'";
    QCOMPARE(m_db->scalar(overlap), QStringLiteral("0"));
}

void TestServerPush::killedMidPush_resentBatchAppliedExactlyOnce()
{
    const auto device = newDevice(QStringLiteral("crash"));
    PushRequest batch;
    const QString room = newUuid();
    for (int i = 1; i <= 400; ++i)
        batch.mutations.append(booking(i, newUuid(), room, kMonday.addSecs(3600 * i), 30));
    const QByteArray body = encodePushRequest(batch);
    {
        auto client = m_server->client();
        auto *reply = client.nam()->post(client.request(QStringLiteral("/v1/sync/push"), device.accessToken), body);
        const std::string progress
            = "SELECT last_mutation_id FROM devices WHERE id = '" + device.deviceId.toStdString() + "'";
        QTRY_VERIFY_WITH_TIMEOUT(m_db->scalar(progress).toInt() > 0, 20000);
        m_server->kill();
        QTRY_VERIFY(reply->isFinished());
        const auto cut = collect(reply);
        QVERIFY2(cut.status != 200 || m_db->scalar(progress).toInt() == 400, "the push finished before the kill");
    }
    QVERIFY(m_server->start());
    auto client = m_server->client();
    // The access token is still valid: the key lives in the database.
    const auto resent = client.post(QStringLiteral("/v1/sync/push"), body, device.accessToken);
    QCOMPARE(resent.status, 200);
    const auto decoded = decodePushResponse(resent.body);
    QVERIFY(decoded.isOk());
    QCOMPARE(decoded->results.size(), 400);
    for (const auto &r : decoded->results)
        QCOMPARE(r.outcome, MutationOutcome::Applied);
    QCOMPARE(m_db->scalar("SELECT count(*) FROM appointments WHERE room_id = '" + room.toStdString() + "'"),
             QStringLiteral("400"));
    QCOMPARE(
        m_db->scalar("SELECT count(*) FROM mutation_results WHERE device_id = '" + device.deviceId.toStdString() + "'"),
        QStringLiteral("400"));
}

QTEST_GUILESS_MAIN(TestServerPush)
#include "tst_serverpush.moc"
