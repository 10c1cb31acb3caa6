#include "store/appointmentrepository.h"
#include "store/clientrepository.h"
#include "store/outbox.h"
#include "store/transaction.h"
#include "syncdevice.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>
#include <QTimer>

using namespace msp;
using namespace msp::test;

// Several device stores syncing through the real server (FakeFolder style:
// act on devices, sync, compare whole states).
namespace {
template<typename T>
QString failure(const msp::Result<T> &r)
{
    return r ? QString() : r.error().message;
}
} // namespace

class TestSyncEngine : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SyncServerFixture> m_server;
    ClinicFixture m_clinic;

    std::unique_ptr<SyncDevice> device(const QString &name) { return signedInDevice(name, m_clinic, *m_server); }

    Client makeClient(const QString &given, const QString &family)
    {
        Client c;
        c.name = PersonName::create(given, family).value();
        c.phone = Phone::parse(u"(212) 555-0100").value();
        c.email = Email::parse(QString(given.toLower() + QStringLiteral("@example.com"))).value();
        c.dateOfBirth = DateOfBirth::parse(u"1985-04-12", QDate::currentDate()).value();
        return c;
    }

    Appointment slot(const EntityId &client, const EntityId &practitioner, const EntityId &room, int hour,
                     int minute = 0)
    {
        Appointment a;
        a.clientId = client;
        a.practitionerId = practitioner;
        a.serviceId = m_clinic.service;
        a.roomId = room;
        const QDate day = QDate::currentDate().addDays(7);
        a.start = QDateTime(day, QTime(hour, minute), QTimeZone("America/New_York")).toUTC();
        a.end = a.start.addSecs(30 * 60);
        return a;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (SyncServerFixture::clusterConnInfo().isEmpty())
            QSKIP("MEDSPASYNC_TEST_PG is not set: run through scripts/test, which starts PostgreSQL.");
    }

    void init()
    {
        m_server = std::make_unique<SyncServerFixture>(QStringLiteral(MEDSPASYNC_SERVER_BIN));
        QString error;
        QVERIFY2(m_server->setUp(&error), qPrintable(error));
        m_clinic = ClinicFixture();
    }

    void cleanup() { m_server.reset(); }

    void twoOfflineDevicesBookTheSameSlot()
    {
        auto a = device(QStringLiteral("Front desk"));
        auto b = device(QStringLiteral("Laptop"));
        QVERIFY(a && b);
        // The front desk runs the app in Spanish: the server writes its
        // refusals to it in Spanish.
        a->config.language = QStringLiteral("es");
        a->restartEngine();
        auto client = a->store().clients().create(a->actor, makeClient(QStringLiteral("Ana"), QStringLiteral("Ruiz")));
        QVERIFY(client);
        QVERIFY(a->syncOnce());
        QVERIFY(b->syncOnce());
        QCOMPARE(b->store().clients().count().valueOr(0), 1);

        // Both offline, both book Dr. One at 10:00 (different rooms).
        auto onA
            = a->store().appointments().create(a->actor, slot(client->id, m_clinic.practitioner1, m_clinic.room1, 10));
        auto onB
            = b->store().appointments().create(b->actor, slot(client->id, m_clinic.practitioner1, m_clinic.room2, 10));
        QVERIFY(onA && onB);
        QCOMPARE(onB->syncState, SyncState::Local);

        // Each engine also pushes on its own a moment after a local commit,
        // so either booking may reach the server first: that one is
        // confirmed, the other refused into its own device's inbox.
        QVERIFY(a->syncOnce());
        QVERIFY(b->syncOnce());
        QVERIFY(a->syncOnce());
        const bool aWon = a->store().appointments().find(onA->id)->syncState == SyncState::Confirmed;
        SyncDevice &winner = aWon ? *a : *b;
        SyncDevice &loser = aWon ? *b : *a;
        const EntityId won = aWon ? onA->id : onB->id;
        const EntityId lost = aWon ? onB->id : onA->id;
        QCOMPARE(winner.store().appointments().find(won)->syncState, SyncState::Confirmed);
        QCOMPARE(loser.store().appointments().find(lost)->syncState, SyncState::Rejected);
        QVERIFY(winner.replica().openAttentionItems()->isEmpty());
        auto inbox = loser.replica().openAttentionItems();
        QVERIFY(inbox);
        QCOMPARE(inbox->size(), 1);
        const store::AttentionItem item = inbox->first();
        QCOMPARE(item.kind, QStringLiteral("booking_rejected"));
        QCOMPARE(item.serverValue, QStringLiteral("slot_taken"));
        QCOMPARE(item.message,
                 aWon ? QStringLiteral("This time is already booked for the practitioner, room or device; "
                                       "pick another time.")
                      : QStringLiteral("Este horario ya está reservado para el profesional, la sala o el "
                                       "equipo; elija otro horario."));
        QCOMPARE(
            item.details.value(QStringLiteral("conflicting_booking")).toObject().value(QStringLiteral("id")).toString(),
            won.toString());
        const QJsonArray slots = item.details.value(QStringLiteral("next_free_slots")).toArray();
        QVERIFY(!slots.isEmpty());
        QCOMPARE(m_server->sql(QStringLiteral("SELECT count(*) FROM appointments")), QStringLiteral("1"));

        // Resolve on the refused device by moving to the first suggested
        // slot; both converge.
        const QJsonObject first = slots.first().toObject();
        const QDateTime start
            = QDateTime::fromString(first.value(QStringLiteral("start")).toString(), Qt::ISODateWithMs);
        QVERIFY(loser.replica().rebookRejected(loser.actor, item.id, start.toUTC(), start.toUTC().addSecs(30 * 60)));
        QVERIFY(loser.syncOnce());
        QCOMPARE(loser.store().appointments().find(lost)->syncState, SyncState::Confirmed);
        QVERIFY(winner.syncOnce());
        QCOMPARE(m_server->sql(QStringLiteral("SELECT count(*) FROM appointments")), QStringLiteral("2"));
        QVERIFY(converge(*a, *b));
        QCOMPARE(snapshot(a->store()), snapshot(b->store()));
        QVERIFY(loser.replica().openAttentionItems()->isEmpty());
    }

    void aRefusedBookingIsOverbookedFromTheInbox()
    {
        auto a = device(QStringLiteral("Front desk"));
        auto b = device(QStringLiteral("Manager's laptop"));
        QVERIFY(a && b);
        auto client = a->store().clients().create(a->actor, makeClient(QStringLiteral("Bea"), QStringLiteral("Lind")));
        QVERIFY(client);
        QVERIFY(a->syncOnce());
        QVERIFY(b->syncOnce());
        auto onA
            = a->store().appointments().create(a->actor, slot(client->id, m_clinic.practitioner1, m_clinic.room1, 11));
        auto onB
            = b->store().appointments().create(b->actor, slot(client->id, m_clinic.practitioner1, m_clinic.room2, 11));
        QVERIFY(onA && onB);
        QVERIFY(a->syncOnce());
        QVERIFY(b->syncOnce());
        QVERIFY(a->syncOnce());
        // Each device syncs on its own after a change too: whichever pushed
        // second was refused.
        const bool bLost = b->store().appointments().find(onB->id)->syncState == SyncState::Rejected;
        SyncDevice &loser = bLost ? *b : *a;
        const EntityId refused = bLost ? onB->id : onA->id;
        QCOMPARE(loser.store().appointments().find(refused)->syncState, SyncState::Rejected);
        const auto inbox = loser.replica().openAttentionItems();
        QVERIFY(inbox && inbox->size() == 1);

        // The manager keeps the time: the booking goes out again, flagged,
        // and the server takes it next to the other one.
        QVERIFY(loser.replica().overbookRejected(loser.actor, inbox->first().id,
                                                 QStringLiteral("VIP, two staff on shift")));
        QVERIFY(loser.syncOnce());
        QCOMPARE(loser.store().appointments().find(refused)->syncState, SyncState::Confirmed);
        QCOMPARE(m_server->sql(QStringLiteral("SELECT count(*) FROM appointments")), QStringLiteral("2"));
        QCOMPARE(m_server->sql(QStringLiteral("SELECT overbooked::text || '|' || overbook_reason FROM appointments "
                                              "WHERE id = '%1'")
                                   .arg(refused.toString())),
                 QStringLiteral("true|VIP, two staff on shift"));
        QCOMPARE(m_server->sql(QStringLiteral("SELECT count(*) FROM audit_events WHERE action = "
                                              "'appointment_overbooked'")),
                 QStringLiteral("1"));
        QVERIFY(loser.replica().openAttentionItems()->isEmpty());
        QVERIFY(converge(*a, *b));
        QCOMPARE(a->store().appointments().find(onB->id)->start, onA->start);
    }

    void pagesAreAppliedOffTheGuiThread()
    {
        auto a = device(QStringLiteral("Front desk"));
        auto b = device(QStringLiteral("Laptop"));
        QVERIFY(a && b);
        // Another connection holds the laptop store's write lock, as a long
        // local write would: pulled pages wait for it on the applier's
        // thread while the event loop (the window) keeps running.
        auto other = b->store().openConnection();
        QVERIFY(other);
        auto held = store::Transaction::begin((*other)->database());
        QVERIFY(held);
        QSignalSpy cycles(b->engine.get(), &sync::SyncEngine::cycleFinished);
        for (int i = 0; i < 30; ++i)
            QVERIFY(a->store().clients().create(
                a->actor, makeClient(QStringLiteral("Pulled%1").arg(i), QStringLiteral("Client"))));
        QVERIFY(a->syncOnce()); // hints the laptop, whose cycle starts
        int ticks = 0;
        QTimer heartbeat;
        heartbeat.setInterval(5);
        connect(&heartbeat, &QTimer::timeout, this, [&] { ++ticks; });
        heartbeat.start();
        b->engine->syncNow();
        QTRY_VERIFY(ticks >= 20);
        QVERIFY(cycles.isEmpty());
        QVERIFY(b->engine->isBusy());
        QCOMPARE(b->store().clients().count().valueOr(-1), 0);

        QVERIFY(held->commit());
        QTRY_VERIFY_WITH_TIMEOUT(!cycles.isEmpty(), 20000);
        for (const auto &c : std::as_const(cycles))
            QVERIFY(c.at(0).toBool());
        for (int i = 0; i < 10 && b->store().clients().count().valueOr(0) < 30; ++i)
            QVERIFY(b->syncOnce());
        QCOMPARE(b->store().clients().count().valueOr(0), 30);
    }

    void anExpiredCursorResnapshotsLosingNothing()
    {
        auto a = device(QStringLiteral("Front desk"));
        auto b = device(QStringLiteral("Laptop"));
        QVERIFY(a && b);
        QVERIFY(a->store().clients().create(a->actor, makeClient(QStringLiteral("Ida"), QStringLiteral("Moss"))));
        QVERIFY(a->syncOnce());
        QVERIFY(b->syncOnce());
        QCOMPARE(b->store().clients().count().valueOr(0), 1);

        // The server's database comes back from a backup: another generation,
        // so every device's cursor is unknown (410).
        m_server->kill();
        m_server->sql(
            QStringLiteral("UPDATE server_settings SET value = gen_random_uuid()::text WHERE key = 'generation'"));
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        // What the laptop did meanwhile goes out, then it takes a fresh snapshot.
        QVERIFY(b->store().clients().create(b->actor, makeClient(QStringLiteral("Eve"), QStringLiteral("Lund"))));
        QVERIFY(b->syncOnce());
        QVERIFY(a->syncOnce());
        QVERIFY(converge(*a, *b));
        QCOMPARE(a->store().clients().count().valueOr(0), 2);
        QCOMPARE(b->store().clients().count().valueOr(0), 2);
        QCOMPARE(m_server->sql(QStringLiteral("SELECT count(*) FROM clients")), QStringLiteral("2"));
    }

    void contactFieldsMergeAndProtectedFieldsConflict()
    {
        auto a = device(QStringLiteral("Front desk"));
        auto b = device(QStringLiteral("Laptop"));
        QVERIFY(a && b);
        auto created
            = a->store().clients().create(a->actor, makeClient(QStringLiteral("Bea"), QStringLiteral("Lopez")));
        QVERIFY(created);
        // Both have Bea before going "offline" (the pull fence may hold her
        // back for a cycle while another transaction of the cluster runs).
        QVERIFY(converge(*a, *b));
        QTRY_VERIFY_WITH_TIMEOUT(!a->engine->isBusy() && !b->engine->isBusy(), 30000);

        // Offline: A changes the phone, B the e-mail.
        auto openedA = a->store().clients().open(a->actor, created->id);
        QVERIFY2(openedA, qPrintable(failure(openedA)));
        Client onA = *openedA;
        onA.phone = Phone::parse(u"(646) 555-0111").value();
        QVERIFY(a->store().clients().update(a->actor, onA));
        auto openedB = b->store().clients().open(b->actor, created->id);
        QVERIFY2(openedB, qPrintable(failure(openedB)));
        Client onB = *openedB;
        onB.email = Email::parse(u"bea.new@example.com").value();
        QVERIFY(b->store().clients().update(b->actor, onB));
        QVERIFY(a->syncOnce());
        QVERIFY(b->syncOnce());
        QVERIFY(a->syncOnce());
        auto reopenedA = a->store().clients().open(a->actor, created->id);
        QVERIFY2(reopenedA, qPrintable(failure(reopenedA)));
        auto reopenedB = b->store().clients().open(b->actor, created->id);
        QVERIFY2(reopenedB, qPrintable(failure(reopenedB)));
        const Client mergedA = *reopenedA;
        const Client mergedB = *reopenedB;
        QCOMPARE(mergedA.phone.e164(), QStringLiteral("+16465550111"));
        QCOMPARE(mergedA.email.value(), QStringLiteral("bea.new@example.com"));
        QVERIFY(converge(*a, *b));
        QCOMPARE(snapshot(a->store()), snapshot(b->store()));
        QCOMPARE(mergedB.phone, mergedA.phone);

        // Both change the date of birth: a conflict, nothing overwritten.
        Client dobA = mergedA;
        dobA.dateOfBirth = DateOfBirth::parse(u"1985-04-21", QDate::currentDate()).value();
        QVERIFY(a->store().clients().update(a->actor, dobA));
        Client dobB = mergedB;
        dobB.dateOfBirth = DateOfBirth::parse(u"1958-04-12", QDate::currentDate()).value();
        QVERIFY(b->store().clients().update(b->actor, dobB));
        QVERIFY(a->syncOnce());
        QVERIFY(b->syncOnce());
        QVERIFY(a->syncOnce());
        // Each engine also pushes on its own a moment after a local commit,
        // so either edit may reach the server first: the first one is kept,
        // the other waits in the clinic's inbox, which both devices show.
        QVERIFY(converge(*a, *b));
        auto inboxA = a->replica().openAttentionItems();
        auto inboxB = b->replica().openAttentionItems();
        QVERIFY(inboxA && inboxB);
        QCOMPARE(inboxB->size(), 1);
        QCOMPARE(inboxA->size(), 1);
        const auto item = inboxB->first();
        QCOMPARE(item.kind, QStringLiteral("client_field"));
        QCOMPARE(item.field, QStringLiteral("dateOfBirth"));
        const QStringList typed {QStringLiteral("1985-04-21"), QStringLiteral("1958-04-12")};
        QVERIFY(typed.contains(item.serverValue));
        QVERIFY(typed.contains(item.deviceValue));
        QVERIFY(item.serverValue != item.deviceValue);
        QCOMPARE(inboxA->first().serverValue, item.serverValue);
        // Nothing overwritten silently: both show the kept value, the other
        // typed value is still there to choose.
        for (SyncDevice *d : {a.get(), b.get()}) {
            auto shown = d->store().clients().open(d->actor, created->id);
            QVERIFY2(shown, qPrintable(failure(shown)));
            QCOMPARE(shown->dateOfBirth.date(), QDate::fromString(item.serverValue, Qt::ISODate));
        }
        QVERIFY(converge(*a, *b));
        QCOMPARE(snapshot(a->store()), snapshot(b->store()));
    }

    void changesAppearOnAnotherOnlineDeviceWithoutAClick()
    {
        auto a = device(QStringLiteral("Front desk"));
        auto b = device(QStringLiteral("Treatment room"));
        QVERIFY(a && b);
        QTRY_VERIFY_WITH_TIMEOUT(a->engine->isLive() && b->engine->isLive(), 10000);
        // Nobody calls sync: the commit on A is noticed, pushed, hinted to B
        // over the stream, and pulled there.
        QElapsedTimer clock;
        clock.start();
        QVERIFY(a->store().clients().create(a->actor, makeClient(QStringLiteral("Dee"), QStringLiteral("Park"))));
        QTRY_COMPARE_WITH_TIMEOUT(b->store().clients().count().valueOr(0), 1, 10000);
        qInfo("change visible on the other device after %lld ms", clock.elapsed());
    }

    void aRestartResendsOnceAndAServerCrashLosesNothing()
    {
        auto a = device(QStringLiteral("Front desk"));
        QVERIFY(a);
        auto client = a->store().clients().create(a->actor, makeClient(QStringLiteral("Cy"), QStringLiteral("Ng")));
        QVERIFY(client);
        // Push ids are handed out, then the app "dies" before hearing back.
        QVERIFY(a->replica().nextBatch({QStringLiteral("create_client")}, 10));
        a->restartEngine();
        QVERIFY(a->syncOnce());
        QCOMPARE(m_server->sql(QStringLiteral("SELECT count(*) FROM clients")), QStringLiteral("1"));

        // The server is killed; changes made meanwhile wait, then go once.
        m_server->kill();
        for (int h = 9; h < 12; ++h)
            QVERIFY(a->store().appointments().create(a->actor,
                                                     slot(client->id, m_clinic.practitioner1, m_clinic.room1, h)));
        QSignalSpy cycle(a->engine.get(), &sync::SyncEngine::cycleFinished);
        a->engine->syncNow();
        QVERIFY(cycle.wait(30000));
        QCOMPARE(a->engine->status().state, sync::SyncStatus::State::Offline);
        QCOMPARE(a->engine->status().pending, 3);
        QString error;
        QVERIFY2(m_server->start(&error), qPrintable(error));
        QVERIFY(a->syncOnce());
        QCOMPARE(a->engine->status().state, sync::SyncStatus::State::Synced);
        QCOMPARE(a->engine->status().pending, 0);
        QCOMPARE(m_server->sql(QStringLiteral("SELECT count(*) FROM appointments")), QStringLiteral("3"));
        // Resending everything again changes nothing on the server.
        QVERIFY(a->syncOnce());
        QCOMPARE(m_server->sql(QStringLiteral("SELECT count(*) FROM appointments")), QStringLiteral("3"));
    }

    void aWeekOfOfflineWorkDrains()
    {
        auto a = device(QStringLiteral("Laptop"));
        auto b = device(QStringLiteral("Front desk"));
        QVERIFY(a && b);
        // 2,000 queued changes: 400 clients, each edited four times.
        QList<Client> clients;
        for (int i = 0; i < 400; ++i) {
            auto c = a->store().clients().create(
                a->actor, makeClient(QStringLiteral("Offline%1").arg(i), QStringLiteral("Client")));
            QVERIFY(c);
            clients << *c;
        }
        for (int round = 0; round < 4; ++round)
            for (Client &c : clients) {
                c.notes = QStringLiteral("visit note %1").arg(round);
                QVERIFY(a->store().clients().update(a->actor, c));
            }
        QCOMPARE(a->replica().pendingPushCount().valueOr(0), 2000);
        QVERIFY(a->syncOnce());
        QCOMPARE(a->replica().pendingPushCount().valueOr(-1), 0);
        QVERIFY(b->syncOnce());
        QCOMPARE(b->store().clients().count().valueOr(0), 400);
        QVERIFY(converge(*a, *b));
        QCOMPARE(snapshot(a->store()), snapshot(b->store()));
    }
};

QTEST_GUILESS_MAIN(TestSyncEngine)
#include "tst_syncengine.moc"
