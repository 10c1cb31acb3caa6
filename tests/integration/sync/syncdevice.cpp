#include "syncdevice.h"

#include "store/clinicrepository.h"
#include "store/database.h"
#include "store/practitionerrepository.h"
#include "store/query.h"

#include <QSignalSpy>

namespace msp::test {

SyncDevice::SyncDevice(const QString &name, const ClinicFixture &c, const SyncServerFixture &server, QUrl via)
    : actor {EntityId::generate(), Role::Admin, EntityId::generate().toString()}
{
    auto &s = store();
    (void)s.clinic().saveClinic(
        actor, Clinic {c.clinic, QStringLiteral("Sync Clinic"), "America/New_York", QStringLiteral("USD")});
    (void)s.clinic().saveLocation(actor, Location {c.location, c.clinic, QStringLiteral("Main"), {}});
    (void)s.clinic().saveRoom(actor, Room {c.room1, c.location, QStringLiteral("Room 1"), QStringLiteral("treatment")});
    (void)s.clinic().saveRoom(actor, Room {c.room2, c.location, QStringLiteral("Room 2"), QStringLiteral("treatment")});
    Service svc;
    svc.id = c.service;
    svc.name = QStringLiteral("Botox");
    svc.durationMinutes = 30;
    svc.price = Money(30000, QStringLiteral("USD"));
    svc.roomType = QStringLiteral("treatment");
    (void)s.services().save(actor, svc);
    for (const EntityId &p : {c.practitioner1, c.practitioner2}) {
        Practitioner pr;
        pr.id = p;
        pr.displayName = p == c.practitioner1 ? QStringLiteral("Dr. One") : QStringLiteral("Dr. Two");
        pr.workingHours = WorkingHours::standardWeek();
        pr.qualifiedServiceIds = {c.service};
        (void)s.practitioners().save(actor, pr);
    }
    config.serverUrl = via.isValid() ? via : server.url();
    config.caCertificates = server.caCertificatePem();
    config.pinnedOnly = true;
    config.deviceId = actor.deviceId;
    config.deviceName = name;
    config.debounceMs = 10;
    config.fallbackIntervalMs = 3600000;
    config.pullPageSize = 50;
    config.catchUpPageSize = 100;
    config.pushBatchSize = 100;
    restartEngine();
}

void SyncDevice::restartEngine()
{
    engine.reset(); // the old engine lets go of the store first
    engine = std::make_unique<sync::SyncEngine>(store(), config, credentials);
}

bool SyncDevice::signIn(const SyncServerFixture &server, qint64 totpTime, int cycleTimeoutMs)
{
    QSignalSpy done(engine.get(), &sync::SyncEngine::signInFinished);
    QSignalSpy cycle(engine.get(), &sync::SyncEngine::cycleFinished);
    engine->signIn(server.adminEmail(), server.adminPassword(), server.adminTotp(totpTime));
    if (!done.wait(20000) || !done.first().at(0).toBool()) {
        qWarning() << "sign-in failed:" << (done.isEmpty() ? QString() : done.first().at(1).toString());
        return false;
    }
    return cycle.wait(cycleTimeoutMs) && cycle.last().at(0).toBool();
}

std::unique_ptr<SyncDevice> signedInDevice(const QString &name, const ClinicFixture &clinic, SyncServerFixture &server)
{
    auto d = std::make_unique<SyncDevice>(name, clinic, server);
    if (!d->signIn(server, server.nextTotpTime()))
        return nullptr;
    return d;
}

bool SyncDevice::syncOnce()
{
    // A cycle already running may have started before the change we want
    // synced; then the one queued behind it is ours.
    QSignalSpy cycle(engine.get(), &sync::SyncEngine::cycleFinished);
    const int wanted = engine->isBusy() ? 2 : 1;
    engine->syncNow();
    while (cycle.size() < wanted)
        if (!cycle.wait(60000))
            return false;
    if (!cycle.last().at(0).toBool())
        qWarning() << "sync cycle failed:" << engine->status().summary();
    return cycle.last().at(0).toBool();
}

SyncedState snapshot(store::ClinicStore &store)
{
    SyncedState s;
    auto a = store.database().prepare("SELECT id, practitioner_id, start_utc, end_utc, status FROM appointment "
                                      "WHERE status <> 'cancelled' OR sync_state <> 'rejected' ORDER BY id;");
    while (a && a->next().valueOr(false))
        s.appointments << QStringLiteral("%1|%2|%3|%4|%5")
                              .arg(a->text(0), a->text(1))
                              .arg(a->int64(2))
                              .arg(a->int64(3))
                              .arg(a->text(4));
    auto c = store.database().prepare(
        "SELECT id, given_name, family_name, date_of_birth, phone, email FROM client ORDER BY id;");
    while (c && c->next().valueOr(false))
        s.clients << QStringList {c->text(0), c->text(1), c->text(2), c->text(3), c->text(4), c->text(5)}.join(u'|');
    return s;
}

bool converge(SyncDevice &a, SyncDevice &b, int rounds)
{
    for (int i = 0; i < rounds; ++i) {
        if (snapshot(a.store()) == snapshot(b.store()))
            return true;
        if (!a.syncOnce() || !b.syncOnce())
            return false;
    }
    return snapshot(a.store()) == snapshot(b.store());
}

} // namespace msp::test
