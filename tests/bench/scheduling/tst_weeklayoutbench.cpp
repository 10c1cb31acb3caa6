#include "calendar/appointmentdaymodel.h"
#include "calendar/calendarpage.h"
#include "calendar/dayview.h"
#include "store/appointmentrepository.h"
#include "store/database.h"
#include "store/practitionerrepository.h"
#include "store/query.h"
#include "store/searchindex.h"
#include "store/transaction.h"
#include "support/tempstore.h"
#include "testclinic.h"

#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QRandomGenerator>
#include <QTest>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace msp;
using namespace msp::scheduling;

// Issue 3's "loading and laying out a week with 5,000 appointments <= 16 ms
// (one frame)", in an encrypted store of 100,000 clients and 250,000
// appointments: 60 practitioners, each booked every 40 minutes from 09:00 to
// 17:00, 5,000 of them in the measured week and the rest in the weeks
// around it. Figures, each as wall and thread CPU time (the machine may be
// shared):
// - week_load: AppointmentDayModel::loadDays for the seven days on a model
//   no view watches (client names cached, as on every reload after the
//   first), and cold (the names read again);
// - week_layout: DayView placing all 5,000 blocks in 420 columns (60 people x
//   7 days), lanes included, over rows already loaded;
// - week_load_layout: both, as a reload does them (the goal);
// - week_paint: painting one 1600x900 screenful of that grid;
// - week_frame: load + layout + paint;
// - calendar_week_reload: the calendar page's week view of one practitioner
//   (it loads the whole week and the booking rules' snapshot) and its paint.
class WeekLayoutBench : public QObject
{
    Q_OBJECT

    static constexpr int kPractitioners = 60;
    static constexpr int kAppointments = 5000;
    static constexpr int kClients = 3000; // booked in the measured week
    static constexpr int kStoreClients = 100000;
    static constexpr int kStoreAppointments = 250000;
    static constexpr int kRuns = 40;

    test::TempStore m_temp;
    test::TestClinic m_clinic;
    QList<Practitioner> m_people;
    const QDate m_monday {2026, 3, 2};
    QList<QStringList> m_rows;

    static double threadCpuMs()
    {
        timespec ts {};
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &ts);
        return double(ts.tv_sec) * 1e3 + double(ts.tv_nsec) / 1e6;
    }
    struct Samples {
        QList<double> wall;
        QList<double> cpu;
    };
    // Times `step` kRuns times after `prepare` (untimed).
    template<typename Prepare, typename Step>
    static Samples measure(Prepare prepare, Step step)
    {
        Samples s;
        for (int i = 0; i < kRuns; ++i) {
            prepare();
            const double cpu = threadCpuMs();
            QElapsedTimer wall;
            wall.start();
            step();
            s.wall.append(double(wall.nsecsElapsed()) / 1e6);
            s.cpu.append(threadCpuMs() - cpu);
        }
        return s;
    }
    static double percentile(QList<double> v, double p)
    {
        std::sort(v.begin(), v.end());
        return v.isEmpty() ? 0 : v.at(qMin(v.size() - 1, qsizetype(p * double(v.size() - 1) + 0.5)));
    }
    void report(const char *name, const Samples &s, const char *goal)
    {
        const double values[]
            = {percentile(s.wall, 0.5), percentile(s.wall, 0.99), percentile(s.cpu, 0.5), percentile(s.cpu, 0.99)};
        const char *suffixes[] = {"p50", "p99", "cpu_p50", "cpu_p99"};
        QStringList row {QString::fromLatin1(name), QString::number(s.wall.size())};
        for (int i = 0; i < 4; ++i) {
            std::printf("bench: %s_%s %.3f ms\n", name, suffixes[i], values[i]);
            row.append(QString::number(values[i], 'f', 3));
        }
        row.append(QString::fromLatin1(goal));
        m_rows.append(row);
    }
    QList<ui::CalendarColumn> weekColumns() const
    {
        QList<ui::CalendarColumn> columns;
        for (int d = 0; d < 7; ++d)
            for (const Practitioner &p : m_people) {
                ui::CalendarColumn c;
                c.date = m_monday.addDays(d);
                c.practitionerId = p.id;
                c.title = p.displayName;
                c.open = p.workingHours.spansOn(c.date.dayOfWeek());
                columns.append(c);
            }
        return columns;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_temp.isOpen());
        for (int i = 0; i < kPractitioners - 1; ++i) {
            Practitioner p = m_clinic.catalog.practitioners.first();
            p.id = EntityId::generate();
            p.displayName = QStringLiteral("Practitioner %1").arg(i + 1);
            m_clinic.catalog.practitioners.append(p);
            m_clinic.catalog.rooms.append(
                Room {EntityId::generate(), {}, QStringLiteral("Room %1").arg(i + 3), QStringLiteral("treatment")});
        }
        auto seeded = m_clinic.seed(*m_temp.store, 1);
        QVERIFY2(seeded.isOk(), qPrintable(test::why(seeded)));
        auto people = m_temp.store->practitioners().all(true);
        QVERIFY(people.isOk());
        for (const Practitioner &p : std::as_const(*people))
            if (p.workingHours.covers(1, 9 * 60, 12 * 60))
                m_people.append(p);
        QVERIFY(m_people.size() >= kPractitioners - 1);

        store::Database &db = m_temp.store->database();
        auto tx = store::Transaction::begin(db);
        QVERIFY(tx.isOk());
        QRandomGenerator rng(5);
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QList<EntityId> clients;
        for (int i = 0; i < kClients; ++i) {
            const EntityId id = EntityId::generate();
            const QString given = QStringLiteral("Given%1").arg(i);
            const QString family = QStringLiteral("Family%1").arg(rng.bounded(1000u));
            auto q = db.prepare("INSERT INTO client (id, given_name, family_name, created_at, updated_at) "
                                "VALUES (?1, ?2, ?3, ?4, ?4);");
            QVERIFY(q.isOk());
            QVERIFY(q->bind(1, id).bind(2, given).bind(3, family).bind(4, now).run());
            QVERIFY(store::indexClient(db, db.lastInsertRowId(), given + u' ' + family, {}, {}).isOk());
            clients.append(id);
        }
        const ClinicTime &time = m_clinic.catalog.time;
        int made = 0;
        for (int d = 0; d < 7 && made < kAppointments; ++d)
            for (int p = 0; p < m_people.size() && made < kAppointments; ++p)
                for (int minute = 9 * 60; minute + 30 <= 17 * 60 && made < kAppointments; minute += 40, ++made) {
                    const qint64 start = time.toUtcMs(m_monday.addDays(d), minute);
                    auto q = db.prepare("INSERT INTO appointment (id, client_id, practitioner_id, service_id, room_id, "
                                        "start_utc, end_utc, status, sync_state, updated_at) "
                                        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'booked', 'confirmed', ?8);");
                    QVERIFY(q.isOk());
                    QVERIFY(q->bind(1, EntityId::generate())
                                .bind(2, clients.at(int(rng.bounded(quint32(kClients)))))
                                .bind(3, m_people.at(p).id)
                                .bind(4, m_clinic.botox)
                                .bind(5, m_clinic.catalog.rooms.at(p % m_clinic.catalog.rooms.size()).id)
                                .bind(6, start)
                                .bind(7, start + 30 * kMinuteMs)
                                .bind(8, now)
                                .run());
                }
        QCOMPARE(made, kAppointments);
        // The rest of the store: clients nobody books this week, and the
        // other weeks' appointments, before and after this one.
        for (int i = kClients; i < kStoreClients; ++i) {
            auto q = db.prepare("INSERT INTO client (id, given_name, family_name, created_at, updated_at) "
                                "VALUES (?1, ?2, ?3, ?4, ?4);");
            QVERIFY(q.isOk());
            const EntityId id = EntityId::generate();
            QVERIFY(q->bind(1, id)
                        .bind(2, QStringLiteral("Given%1").arg(i))
                        .bind(3, QStringLiteral("Family%1").arg(i % 1000))
                        .bind(4, now)
                        .run());
            clients.append(id);
        }
        int week = 1;
        for (int total = made; total < kStoreAppointments; ++week)
            for (const int sign : {-1, 1})
                for (int d = 0; d < 7 && total < kStoreAppointments; ++d)
                    for (int p = 0; p < m_people.size() && total < kStoreAppointments; ++p)
                        for (int minute = 9 * 60; minute + 30 <= 17 * 60 && total < kStoreAppointments;
                             minute += 40, ++total) {
                            const qint64 start = time.toUtcMs(m_monday.addDays(sign * 7 * week + d), minute);
                            auto q = db.prepare(
                                "INSERT INTO appointment (id, client_id, practitioner_id, service_id, room_id, "
                                "start_utc, end_utc, status, sync_state, updated_at) "
                                "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 'booked', 'confirmed', ?8);");
                            QVERIFY(q.isOk());
                            QVERIFY(q->bind(1, EntityId::generate())
                                        .bind(2, clients.at(int(rng.bounded(quint32(kStoreClients)))))
                                        .bind(3, m_people.at(p).id)
                                        .bind(4, m_clinic.botox)
                                        .bind(5, m_clinic.catalog.rooms.at(p % m_clinic.catalog.rooms.size()).id)
                                        .bind(6, start)
                                        .bind(7, start + 30 * kMinuteMs)
                                        .bind(8, now)
                                        .run());
                        }
        QVERIFY(tx->commit());
        QVERIFY(db.exec("ANALYZE;").isOk());
        auto appointments = m_temp.store->appointments().count();
        QVERIFY(appointments.isOk());
        QCOMPARE(*appointments, qint64(kStoreAppointments));
        std::printf("store: %d clients, %lld appointments (%d weeks either side of the measured one)\n", kStoreClients,
                    *appointments, week - 1);
    }

    void loadLayoutAndPaintTheWeek()
    {
        const QTimeZone zone(m_clinic.catalog.time.id());
        ui::AppointmentDayModel model(*m_temp.store);
        QVERIFY(model.loadDays(m_monday, 7, zone).isOk());
        QCOMPARE(model.rowCount(), kAppointments);
        ui::DayView view;
        view.setModel(&model);
        view.setColumns(weekColumns());
        QCOMPARE(view.blockCount(), kAppointments);
        view.resize(std::max(1600, view.sizeHint().width()), view.sizeHint().height());
        QImage screen(1600, 900, QImage::Format_ARGB32_Premultiplied);
        const QRegion visible(0, view.yForMinute(9 * 60), 1600, 900);
        const auto paint = [&] {
            screen.fill(Qt::white);
            view.render(&screen, QPoint(), visible);
        };
        const auto none = [] {};

        // Loading alone: a model no view watches.
        ui::AppointmentDayModel alone(*m_temp.store);
        report("week_load", measure(none, [&] { QVERIFY(alone.loadDays(m_monday, 7, zone).isOk()); }), "");
        report("week_load_cold_names",
               measure([&] { alone.forgetNames(); }, [&] { QVERIFY(alone.loadDays(m_monday, 7, zone).isOk()); }), "");
        // Laying out alone: setColumns places the loaded rows again.
        const QList<ui::CalendarColumn> columns = weekColumns();
        report("week_layout", measure(none, [&] { view.setColumns(columns); }), "");
        // A reload: the model resets and the view lays the week out again.
        report("week_load_layout", measure(none, [&] { QVERIFY(model.loadDays(m_monday, 7, zone).isOk()); }),
               "<= 16 ms");
        report("week_paint", measure(none, paint), "");
        report("week_frame",
               measure(none,
                       [&] {
                           QVERIFY(model.loadDays(m_monday, 7, zone).isOk()); // resets, so lays out too
                           paint();
                       }),
               "");
        QCOMPARE(view.blockCount(), kAppointments);
    }

    void calendarWeekViewOfOnePractitioner()
    {
        ui::CalendarPage page(*m_temp.store, test::adminActor());
        page.resize(1600, 900);
        page.setDate(m_monday.addDays(2));
        page.setSpan(ui::CalendarPage::Span::Week);
        page.setWeekResource(m_people.first().id);
        QImage screen(1600, 900, QImage::Format_ARGB32_Premultiplied);
        report("calendar_week_reload",
               measure([] {},
                       [&] {
                           page.reload();
                           page.render(&screen);
                       }),
               "");
        QVERIFY(page.view()->blockCount() > 70);
    }

    void cleanupTestCase()
    {
        QFile load(QStringLiteral("/proc/loadavg"));
        const QByteArray avg = load.open(QIODevice::ReadOnly) ? load.readAll().trimmed() : QByteArray("?");
        std::printf("\n%d appointments in one week, %d practitioners, in a store of %d clients and %d "
                    "appointments; load average %s\n",
                    kAppointments, kPractitioners, kStoreClients, kStoreAppointments, avg.constData());
        std::printf("%-24s %5s %9s %9s %9s %9s  %s\n", "figure", "runs", "p50 ms", "p99 ms", "cpu p50", "cpu p99",
                    "goal");
        for (const QStringList &r : m_rows)
            std::printf("%-24s %5s %9s %9s %9s %9s  %s\n", qPrintable(r.at(0)), qPrintable(r.at(1)),
                        qPrintable(r.at(2)), qPrintable(r.at(3)), qPrintable(r.at(4)), qPrintable(r.at(5)),
                        qPrintable(r.at(6)));
    }
};

QTEST_MAIN(WeekLayoutBench)
#include "tst_weeklayoutbench.moc"
