#include "../benchtable.h"
#include "client/pageapplier.h"
#include "protocol/pull.h"
#include "store/database.h"
#include "store/query.h"
#include "store/transaction.h"
#include "support/tempstore.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QSignalSpy>
#include <QTest>

#include <ctime>

using namespace msp;

namespace {
QString md5Uuid(const QString &text)
{
    const QByteArray h = QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Md5).toHex();
    return QString::fromLatin1(h.left(8) + '-' + h.mid(8, 4) + '-' + h.mid(12, 4) + '-' + h.mid(16, 4) + '-'
                               + h.mid(20));
}

double threadCpuSeconds()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return double(t.tv_sec) + double(t.tv_nsec) / 1e9;
}
} // namespace

// The device side of a first sync alone: the pages the server would send for
// a large clinic (the same rows as tst_syncbench), decoded and applied into a
// fresh encrypted store by the sync engine's page applier, on this thread.
// No server, no network: A/B comparisons of the apply path stay readable on
// a busy machine (CPU seconds of this thread are printed beside wall time).
class TestApplyBench : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void firstSyncPagesIntoAFreshStore()
    {
        const int clients = qEnvironmentVariableIntValue("MEDSPASYNC_BENCH_CLIENTS") > 0
            ? qEnvironmentVariableIntValue("MEDSPASYNC_BENCH_CLIENTS")
            : 100000;
        const int appointments = clients * 5 / 2;
        const int practitioners = 1000;
        const int pageRows = 10000;
        test::TempStore t;
        QVERIFY(t.isOpen());
        {
            auto &db = t.store->database();
            auto tx = store::Transaction::begin(db);
            QVERIFY(tx);
            auto svc = db.prepare("INSERT INTO service (id, name, duration_min, price_minor, currency) "
                                  "VALUES (?1, 'Bench service', 30, 0, 'USD');");
            QVERIFY(svc && svc->bind(1, md5Uuid(QStringLiteral("s"))).run());
            for (int p = 0; p < practitioners; ++p) {
                auto ins = db.prepare("INSERT INTO practitioner (id, display_name) VALUES (?1, ?2);");
                QVERIFY(ins);
                QVERIFY(
                    ins->bind(1, md5Uuid(QStringLiteral("p%1").arg(p))).bind(2, QStringLiteral("P%1").arg(p)).run());
            }
            QVERIFY(tx->commit());
        }
        // The pages, encoded as the server sends them (built before the clock starts).
        QList<QByteArray> bodies;
        protocol::PullResponse page;
        const auto flush = [&](bool last) {
            page.hasMore = !last;
            page.cursor.generation = md5Uuid(QStringLiteral("generation"));
            page.cursor.seq = bodies.size() + 1;
            bodies << protocol::encodePullResponse(page);
            page.rows.clear();
        };
        const QDateTime epoch(QDate(2027, 1, 4), QTime(14, 0), Qt::UTC);
        for (int i = 1; i <= clients; ++i) {
            page.rows.append({QStringLiteral("client"), md5Uuid(QStringLiteral("c%1").arg(i)),
                              QJsonObject {{QStringLiteral("givenName"), QStringLiteral("Given%1").arg(i)},
                                           {QStringLiteral("familyName"), QStringLiteral("Family%1").arg(i % 977)},
                                           {QStringLiteral("email"), QStringLiteral("c%1@example.com").arg(i)},
                                           {QStringLiteral("phone"), QStringLiteral("+1212%1").arg(2000000 + i)},
                                           {QStringLiteral("dateOfBirth"), QStringLiteral("1980-01-01")}}});
            if (page.rows.size() == pageRows)
                flush(false);
        }
        for (int i = 0; i < appointments; ++i) {
            const QDateTime start = epoch.addSecs(3600LL * (i / practitioners));
            page.rows.append(
                {QStringLiteral("appointment"), md5Uuid(QStringLiteral("a%1").arg(i)),
                 QJsonObject {
                     {QStringLiteral("client_id"), md5Uuid(QStringLiteral("c%1").arg(i % clients + 1))},
                     {QStringLiteral("practitioner_id"), md5Uuid(QStringLiteral("p%1").arg(i % practitioners))},
                     {QStringLiteral("service_id"), md5Uuid(QStringLiteral("s"))},
                     {QStringLiteral("room_id"), QJsonValue::Null},
                     {QStringLiteral("device_id"), QJsonValue::Null},
                     {QStringLiteral("start"), start.toString(Qt::ISODateWithMs)},
                     {QStringLiteral("end"), start.addSecs(1800).toString(Qt::ISODateWithMs)},
                     {QStringLiteral("status"), QStringLiteral("booked")},
                     {QStringLiteral("notes"), QString()},
                     {QStringLiteral("overbooked"), false}}});
            if (page.rows.size() == pageRows)
                flush(false);
        }
        flush(false);
        flush(true); // the server's last, empty page: the catch-up ends

        sync::PageApplier applier(*t.store);
        int failures = 0;
        connect(&applier, &sync::PageApplier::decoded, this,
                [&](quint64, const QString &, bool, const QString &error) { failures += error.isEmpty() ? 0 : 1; });
        connect(&applier, &sync::PageApplier::applied, this,
                [&](quint64, bool, const QString &error) { failures += error.isEmpty() ? 0 : 1; });
        QElapsedTimer wall;
        wall.start();
        const double cpu0 = threadCpuSeconds();
        for (const QByteArray &body : std::as_const(bodies))
            applier.apply(1, body);
        applier.close();
        const double seconds = double(wall.nsecsElapsed()) / 1e9;
        const double cpu = threadCpuSeconds() - cpu0;
        QCOMPARE(failures, 0);
        auto n
            = t.store->database().prepare("SELECT (SELECT count(*) FROM client) + (SELECT count(*) FROM appointment);");
        QVERIFY(n);
        const qint64 rows = store::scalar(*n).valueOr(0);
        QCOMPARE(rows, qint64(clients + appointments));
        BenchTable table;
        table.figure("sync_apply_rows_per_s", double(rows) / seconds, "rows/s",
                     QStringLiteral("%1 rows, %2 pages").arg(rows).arg(bodies.size()));
        table.figure("sync_apply_seconds", seconds, "s", QStringLiteral("decode and apply, wall"));
        table.figure("sync_apply_cpu_seconds", cpu, "s", QStringLiteral("this thread's CPU"));
        table.print();
    }
};

QTEST_GUILESS_MAIN(TestApplyBench)
#include "tst_applybench.moc"
