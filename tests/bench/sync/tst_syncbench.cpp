#include "../benchtable.h"
#include "store/clientrepository.h"
#include "store/database.h"
#include "store/query.h"
#include "store/transaction.h"
#include "syncdevice.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <unistd.h>

using namespace msp;
using namespace msp::test;

namespace {
// CPU seconds of this process's threads called `name` (Linux; 0 elsewhere):
// which of the sync's threads is its bottleneck.
double threadCpuSeconds(const QByteArray &name)
{
    double seconds = 0;
    const QDir tasks(QStringLiteral("/proc/self/task"));
    for (const QString &tid : tasks.entryList(QDir::Dirs | QDir::NoDotAndDotDot)) {
        QFile comm(tasks.filePath(tid + QStringLiteral("/comm")));
        QFile stat(tasks.filePath(tid + QStringLiteral("/stat")));
        if (!comm.open(QIODevice::ReadOnly) || comm.readAll().trimmed() != name || !stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray text = stat.readAll();
        // Fields after the command's closing parenthesis; utime and stime
        // are the 12th and 13th of them.
        const QList<QByteArray> f = text.mid(text.lastIndexOf(')') + 2).split(' ');
        if (f.size() > 12)
            seconds += double(f[11].toLongLong() + f[12].toLongLong()) / double(sysconf(_SC_CLK_TCK));
    }
    return seconds;
}

// The same UUID on the server (md5(text)::uuid) and here.
QString md5Uuid(const QString &text)
{
    const QByteArray h = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Md5).toHex();
    return QString::fromLatin1(h.left(8) + '-' + h.mid(8, 4) + '-' + h.mid(12, 4) + '-' + h.mid(16, 4) + '-'
                               + h.mid(20));
}

double percentile(QList<double> v, double p)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : v.at(std::min<qsizetype>(v.size() - 1, qsizetype(p * double(v.size()))));
}
} // namespace

// Prints a table for people and `bench: <name> <value> <unit>` lines for tools.
class TestSyncBench : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<SyncServerFixture> m_server;
    ClinicFixture m_clinic;
    BenchTable m_table;

    std::unique_ptr<SyncDevice> device(const QString &name)
    {
        auto d = std::make_unique<SyncDevice>(name, m_clinic, *m_server);
        if (!d->signIn(*m_server, m_server->nextTotpTime()))
            return nullptr;
        return d;
    }

    void figure(const char *name, double value, const char *unit, const QString &goal)
    {
        m_table.figure(name, value, unit, goal);
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (SyncServerFixture::clusterConnInfo().isEmpty())
            QSKIP("MEDSPASYNC_TEST_PG is not set: run through scripts/test's environment.");
        m_server = std::make_unique<SyncServerFixture>(QStringLiteral(MEDSPASYNC_SERVER_BIN));
        QString error;
        QVERIFY2(m_server->setUp(&error), qPrintable(error));
    }

    void cleanupTestCase() { m_table.print(); }

    void drainTwoThousandQueuedMutations()
    {
        auto a = device(QStringLiteral("Laptop"));
        QVERIFY(a);
        QList<Client> clients;
        for (int i = 0; i < 500; ++i) {
            Client c;
            c.name = PersonName::create(QStringLiteral("Queued%1").arg(i), QStringLiteral("Client")).value();
            c.email = Email::parse(QStringLiteral("q%1@example.com").arg(i)).value();
            auto made = a->store().clients().create(a->actor, c);
            QVERIFY(made);
            clients << *made;
        }
        for (int round = 0; round < 3; ++round)
            for (Client &c : clients) {
                c.notes = QStringLiteral("round %1").arg(round);
                QVERIFY(a->store().clients().update(a->actor, c));
            }
        QCOMPARE(a->replica().pendingPushCount().valueOr(0), 2000);
        QElapsedTimer t;
        t.start();
        QVERIFY(a->syncOnce());
        const double seconds = double(t.elapsed()) / 1000.0;
        QCOMPARE(a->replica().pendingPushCount().valueOr(-1), 0);
        figure("sync_drain_2000_mutations", seconds, "s", QStringLiteral("≤ 10 s"));
    }

    void changeReachesAnotherOnlineDevice()
    {
        auto a = device(QStringLiteral("Front desk"));
        auto b = device(QStringLiteral("Room 2"));
        QVERIFY(a && b);
        QTRY_VERIFY_WITH_TIMEOUT(a->engine->isLive() && b->engine->isLive(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(!a->engine->isBusy() && !b->engine->isBusy(), 10000);
        QList<double> ms;
        for (int i = 0; i < 40; ++i) {
            const qint64 before = b->store().clients().count().valueOr(0);
            QElapsedTimer t;
            t.start();
            Client c;
            c.name = PersonName::create(QStringLiteral("Live%1").arg(i), QStringLiteral("Client")).value();
            c.email = Email::parse(QStringLiteral("live%1@example.com").arg(i)).value();
            QVERIFY(a->store().clients().create(a->actor, c));
            QTRY_VERIFY_WITH_TIMEOUT(b->store().clients().count().valueOr(0) > before, 10000);
            ms << double(t.nsecsElapsed()) / 1e6;
            QTRY_VERIFY_WITH_TIMEOUT(!a->engine->isBusy() && !b->engine->isBusy(), 10000);
        }
        figure("sync_propagation_p50", percentile(ms, 0.50), "ms", QStringLiteral("≤ 100 ms"));
        figure("sync_propagation_p95", percentile(ms, 0.95), "ms", QStringLiteral("≤ 250 ms"));
    }

    void firstSyncOfALargeClinic()
    {
        const int clients = qEnvironmentVariableIntValue("MEDSPASYNC_BENCH_CLIENTS") > 0
            ? qEnvironmentVariableIntValue("MEDSPASYNC_BENCH_CLIENTS")
            : 100000;
        const int appointments = clients * 5 / 2;
        const int practitioners = 1000;
        // Server side: rows written straight into PostgreSQL.
        const QString org = m_server->sql(QStringLiteral("SELECT id FROM orgs LIMIT 1"));
        QVERIFY(!org.isEmpty());
        QElapsedTimer seed;
        seed.start();
        m_server->sql(QStringLiteral(
                          "INSERT INTO clients (id, org_id, fields) SELECT md5('c' || i)::uuid, '%1', "
                          "jsonb_build_object('givenName', 'Given' || i, 'familyName', 'Family' || (i % 977), "
                          "'email', 'c' || i || '@example.com', 'phone', '+1212' || lpad((2000000 + i)::text, 7, '0'), "
                          "'dateOfBirth', '1980-01-01') FROM generate_series(1, %2) i")
                          .arg(org)
                          .arg(clients));
        m_server->sql(
            QStringLiteral(
                "INSERT INTO appointments (id, org_id, client_id, practitioner_id, service_id, room_id, "
                "starts_at, ends_at, status) SELECT md5('a' || i)::uuid, '%1', md5('c' || (i % %2 + 1))::uuid, "
                "md5('p' || (i % %3))::uuid, md5('s')::uuid, md5('r' || (i % %3))::uuid, "
                "timestamptz '2027-01-04 14:00Z' + (i / %3) * interval '1 hour', "
                "timestamptz '2027-01-04 14:30Z' + (i / %3) * interval '1 hour', 'booked' "
                "FROM generate_series(0, %4 - 1) i")
                .arg(org)
                .arg(clients)
                .arg(practitioners)
                .arg(appointments));
        QCOMPARE(m_server->sql(QStringLiteral("SELECT count(*) FROM appointments")).toInt(), appointments);
        // A clinic's rows are old by the time a new device joins it: autovacuum
        // has long since frozen them, set their visibility and analyzed the
        // tables. Rows seeded a moment ago are none of that, so the first read
        // of each would pay for the seeding, and autovacuum could start on them
        // in the middle of the sync.
        m_server->sql(QStringLiteral("VACUUM (FREEZE, ANALYZE) clients, appointments"));
        qInfo("server seeded in %.1f s", double(seed.elapsed()) / 1000.0);

        // Device side: a fresh encrypted store with the clinic's set-up.
        SyncDevice d(QStringLiteral("New laptop"), m_clinic, *m_server);
        // The app's own page sizes (the test devices page in fifties).
        d.config.pullPageSize = sync::SyncConfig().pullPageSize;
        d.config.catchUpPageSize = sync::SyncConfig().catchUpPageSize;
        d.restartEngine();
        {
            auto &db = d.store().database();
            auto tx = store::Transaction::begin(db);
            QVERIFY(tx);
            auto svc = db.prepare("INSERT INTO service (id, name, duration_min, price_minor, currency) "
                                  "VALUES (?1, 'Bench service', 30, 0, 'USD');");
            QVERIFY(svc);
            QVERIFY(svc->bind(1, md5Uuid(QStringLiteral("s"))).run());
            for (int p = 0; p < practitioners; ++p) {
                auto ins = db.prepare("INSERT INTO practitioner (id, display_name) VALUES (?1, ?2);");
                QVERIFY(ins);
                QVERIFY(
                    ins->bind(1, md5Uuid(QStringLiteral("p%1").arg(p))).bind(2, QStringLiteral("P%1").arg(p)).run());
                auto room = db.prepare("INSERT INTO room (id, location_id, name, room_type) VALUES (?1, ?2, ?3, '');");
                QVERIFY(room);
                QVERIFY(room->bind(1, md5Uuid(QStringLiteral("r%1").arg(p)))
                            .bind(2, m_clinic.location)
                            .bind(3, QStringLiteral("R%1").arg(p))
                            .run());
            }
            QVERIFY(tx->commit());
        }
        // Measure how long the event loop is ever kept waiting meanwhile.
        QElapsedTimer tick;
        qint64 worstGap = 0;
        QTimer heartbeat;
        heartbeat.setInterval(5);
        connect(&heartbeat, &QTimer::timeout, this, [&] { worstGap = std::max(worstGap, tick.restart()); });
        tick.start();
        heartbeat.start();
        // A TOTP code is good once: the fixture waits for the next 30 s step
        // when earlier cases used this one. That wait is not sync time.
        const qint64 totpTime = m_server->nextTotpTime();
        const double applyCpu0 = threadCpuSeconds("sync-apply");
        const double readCpu0 = threadCpuSeconds("sync-read");
        QElapsedTimer t;
        qint64 signedInAt = 0;
        connect(d.engine.get(), &sync::SyncEngine::signInFinished, this, [&] { signedInAt = t.elapsed(); });
        t.start();
        QVERIFY(d.signIn(*m_server, totpTime, 600000));
        const double seconds = double(t.elapsed() - signedInAt) / 1000.0;
        heartbeat.stop();
        const double applyCpu = threadCpuSeconds("sync-apply") - applyCpu0;
        const double readCpu = threadCpuSeconds("sync-read") - readCpu0;
        auto &db = d.store().database();
        auto count = db.prepare("SELECT (SELECT count(*) FROM client) + (SELECT count(*) FROM appointment);");
        QVERIFY(count);
        const qint64 rows = store::scalar(*count).valueOr(0);
        // Everything the server holds for the clinic (earlier cases added a few).
        const qint64 onServer = m_server
                                    ->sql(QStringLiteral("SELECT (SELECT count(*) FROM clients) + "
                                                         "(SELECT count(*) FROM appointments)"))
                                    .toLongLong();
        QCOMPARE(rows, onServer);
        // Part of the sync: every client is in the search index (built aside
        // and taken in before the sync counts as done), and the index holds.
        auto searchable = db.prepare("SELECT (SELECT count(*) FROM client_search) = "
                                     "(SELECT count(*) FROM client WHERE search_docid IS NOT NULL);");
        QVERIFY(searchable);
        QCOMPARE(store::scalar(*searchable).valueOr(0), qint64(1));
        QVERIFY(db.exec("INSERT INTO client_search (client_search) VALUES ('integrity-check');"));
        figure("sync_first_sync_rows_per_s", double(rows) / seconds, "rows/s", QStringLiteral("≥ 50,000 rows/s"));
        figure("sync_first_sync_seconds", seconds, "s", QStringLiteral("%1 rows").arg(rows));
        figure("sync_sign_in", double(signedInAt), "ms", QStringLiteral("password hash and TOTP, before the sync"));
        figure("sync_first_sync_worst_ui_stall", double(worstGap), "ms", QStringLiteral("UI responsive"));
        figure("sync_first_sync_apply_cpu", applyCpu, "s",
               QStringLiteral("the sync-apply thread's CPU: writing rows, the bottleneck"));
        figure("sync_first_sync_read_cpu", readCpu, "s", QStringLiteral("the sync-read thread's CPU: reading pages"));
    }
};

QTEST_GUILESS_MAIN(TestSyncBench)
#include "tst_syncbench.moc"
