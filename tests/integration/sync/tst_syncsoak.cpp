#include "store/appointmentrepository.h"
#include "store/clientrepository.h"
#include "store/database.h"
#include "store/query.h"
#include "support/loopbackproxy.h"
#include "syncdevice.h"

#include <QElapsedTimer>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <cstdio>

using namespace msp;
using namespace msp::test;

// A seeded random run of operations on three devices while their network is
// cut and restored at random (each talks to the server through its own
// loopback proxy). In the end every device and the server hold the same
// state, with no change lost and none applied twice. Short in the test suite;
// the bench label runs it long (MEDSPASYNC_SOAK_OPS).
class TestSyncSoak : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SyncServerFixture> m_server;
    ClinicFixture m_clinic;

    static QString serverAppointments(const SyncServerFixture &s)
    {
        return s.sql(QStringLiteral("SELECT string_agg(id || '|' || practitioner_id || '|' || "
                                    "(extract(epoch FROM starts_at) * 1000)::bigint || '|' || status, ',' ORDER BY id) "
                                    "FROM appointments"));
    }

    static QString localAppointments(store::ClinicStore &store)
    {
        QStringList rows;
        auto q = store.database().prepare("SELECT id, practitioner_id, start_utc, status FROM appointment "
                                          "WHERE sync_state <> 'rejected' ORDER BY id;");
        while (q && q->next().valueOr(false))
            rows << QStringLiteral("%1|%2|%3|%4").arg(q->text(0), q->text(1)).arg(q->int64(2)).arg(q->text(3));
        return rows.join(u',');
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (SyncServerFixture::clusterConnInfo().isEmpty())
            QSKIP("MEDSPASYNC_TEST_PG is not set: run through scripts/test, which starts PostgreSQL.");
        m_server = std::make_unique<SyncServerFixture>(QStringLiteral(MEDSPASYNC_SERVER_BIN));
        QString error;
        QVERIFY2(m_server->setUp(&error), qPrintable(error));
    }

    void randomOperationsWithACutNetworkConverge()
    {
        const int operations = qEnvironmentVariableIntValue("MEDSPASYNC_SOAK_OPS") > 0
            ? qEnvironmentVariableIntValue("MEDSPASYNC_SOAK_OPS")
            : 60;
        const quint32 seed = qEnvironmentVariableIntValue("MEDSPASYNC_SOAK_SEED") > 0
            ? quint32(qEnvironmentVariableIntValue("MEDSPASYNC_SOAK_SEED"))
            : 20261125u;
        QRandomGenerator rng(seed);
        std::vector<std::unique_ptr<LoopbackProxy>> proxies;
        std::vector<std::unique_ptr<SyncDevice>> devices;
        for (int i = 0; i < 3; ++i) {
            proxies.push_back(std::make_unique<LoopbackProxy>(quint16(m_server->port())));
            QVERIFY(proxies.back()->listen());
            const QUrl via(QStringLiteral("https://127.0.0.1:%1").arg(proxies.back()->port()));
            devices.push_back(
                std::make_unique<SyncDevice>(QStringLiteral("Device %1").arg(i), m_clinic, *m_server, via));
            QVERIFY(devices.back()->signIn(*m_server, m_server->nextTotpTime()));
        }

        QList<EntityId> clients; // created anywhere, known to the creator
        QList<EntityId> createdClients; // every client id ever created
        int created = 0, edits = 0, bookings = 0, cuts = 0;
        QElapsedTimer clock;
        clock.start();
        for (int op = 0; op < operations; ++op) {
            const int d = int(rng.bounded(3));
            SyncDevice &dev = *devices[size_t(d)];
            const int kind = int(rng.bounded(100));
            if (kind < 10) {
                // Pull or restore a device's cable.
                LoopbackProxy &proxy = *proxies[size_t(d)];
                if (proxy.isCut())
                    proxy.restore();
                else {
                    proxy.cut();
                    ++cuts;
                }
            } else if (kind < 35 || clients.isEmpty()) {
                Client c;
                c.name = PersonName::create(QStringLiteral("Soak%1").arg(op), QStringLiteral("Client")).value();
                c.email = Email::parse(QStringLiteral("soak%1@example.com").arg(op)).value();
                auto made = dev.store().clients().create(dev.actor, c);
                QVERIFY2(made, made ? "" : qPrintable(made.error().message));
                clients << made->id;
                createdClients << made->id;
                ++created;
            } else if (kind < 65) {
                // Edit a contact field of a client this device has.
                const EntityId id = clients.at(int(rng.bounded(int(clients.size()))));
                auto c = dev.store().clients().open(dev.actor, id);
                if (!c)
                    continue; // not pulled here yet
                c->notes = QStringLiteral("note %1 from device %2").arg(op).arg(d);
                if (rng.bounded(2))
                    c->phone = Phone::parse(QStringLiteral("(212) 555-%1").arg(1000 + op)).value();
                QVERIFY(dev.store().clients().update(dev.actor, *c));
                ++edits;
            } else {
                // Book a random slot; collisions across devices are expected.
                const EntityId clientId = clients.at(int(rng.bounded(int(clients.size()))));
                if (!dev.store().clients().open(dev.actor, clientId))
                    continue;
                Appointment a;
                a.clientId = clientId;
                a.practitionerId = rng.bounded(2) ? m_clinic.practitioner1 : m_clinic.practitioner2;
                a.serviceId = m_clinic.service;
                a.roomId = rng.bounded(2) ? m_clinic.room1 : m_clinic.room2;
                const QDate day = QDate::currentDate().addDays(1 + int(rng.bounded(5)));
                a.start = QDateTime(day, QTime(9 + int(rng.bounded(8)), 30 * int(rng.bounded(2))),
                                    QTimeZone("America/New_York"))
                              .toUTC();
                a.end = a.start.addSecs(1800);
                if (dev.store().appointments().create(dev.actor, a))
                    ++bookings; // a local overlap is refused at once and not counted
            }
            if (rng.bounded(4) == 0)
                dev.engine->syncNow();
            QTest::qWait(int(rng.bounded(20)));
        }

        // Reconnect everyone and let the queues drain; resolve refused
        // bookings by cancelling them, then sync until quiet.
        for (auto &p : proxies)
            p->restore();
        for (int round = 0; round < 3; ++round)
            for (auto &dev : devices)
                QVERIFY(dev->syncOnce());
        for (auto &dev : devices) {
            auto items = dev->replica().openAttentionItems();
            QVERIFY(items);
            for (const store::AttentionItem &item : *items)
                if (item.kind == u"booking_rejected")
                    QVERIFY(dev->replica().cancelRejected(dev->actor, item.id, QStringLiteral("soak")));
        }
        for (int round = 0; round < 2; ++round)
            for (auto &dev : devices)
                QVERIFY(dev->syncOnce());

        // Nothing lost: every client made anywhere is on the server and on
        // every device. Nothing doubled: ids are keys, counts match exactly.
        QCOMPARE(m_server->sql(QStringLiteral("SELECT count(*) FROM clients")), QString::number(createdClients.size()));
        const SyncedState reference = snapshot(devices[0]->store());
        QCOMPARE(reference.clients.size(), createdClients.size());
        for (auto &dev : devices) {
            QCOMPARE(dev->replica().pendingPushCount().valueOr(-1), 0);
            QCOMPARE(snapshot(dev->store()).clients, reference.clients);
            QCOMPARE(localAppointments(dev->store()), serverAppointments(*m_server));
        }
        // The database never holds two overlapping bookings of a practitioner.
        QCOMPARE(m_server->sql(QStringLiteral(
                     "SELECT count(*) FROM appointments a JOIN appointments b ON a.id < b.id AND "
                     "a.practitioner_id = b.practitioner_id AND tstzrange(a.starts_at, a.ends_at) && "
                     "tstzrange(b.starts_at, b.ends_at) AND a.status NOT IN ('cancelled','noshow','waitlist',"
                     "'entered-in-error') AND b.status NOT IN ('cancelled','noshow','waitlist','entered-in-error')")),
                 QStringLiteral("0"));
        const double seconds = clock.elapsed() / 1000.0;
        std::printf("\n| soak (seed %u) | operations | clients | edits | bookings | cuts | seconds |\n"
                    "|---|---|---|---|---|---|---|\n| 3 devices | %d | %d | %d | %d | %d | %.1f |\n",
                    seed, operations, created, edits, bookings, cuts, seconds);
        std::printf("bench: sync_soak_operations %d ops\nbench: sync_soak_seconds %.1f s\n", operations, seconds);
    }
};

QTEST_GUILESS_MAIN(TestSyncSoak)
#include "tst_syncsoak.moc"
