#include "scheduling/bookingservice.h"
#include "scheduling/seriesservice.h"
#include "store/appointmentrepository.h"
#include "store/database.h"
#include "store/query.h"
#include "support/tempstore.h"
#include "testclinic.h"

#include <QLocale>
#include <QTest>

using namespace msp;
using namespace msp::scheduling;

Q_DECLARE_METATYPE(msp::scheduling::EditScope)

// Recurring series through the store: every occurrence checked by the rules
// before anything is written, and edits or cancellations of one occurrence,
// it and the following ones, or all of them.
class TestSeriesService : public QObject
{
    Q_OBJECT

    // Alice, Botox, Wednesdays 10:00 for four weeks from 12 March 2025.
    struct Fixture {
        test::TempStore temp;
        test::TestClinic clinic;
        QList<EntityId> clients;
        SeriesService series {*temp.store};
        const QDate wed {2025, 3, 12};
        const Actor admin = test::adminActor();

        Fixture()
        {
            auto seeded = clinic.seed(*temp.store, 2);
            if (seeded)
                clients = *seeded;
        }
        BookingRequest first(const QString &hhmm = QStringLiteral("10:00")) const
        {
            BookingRequest r;
            r.clientId = clients.value(0);
            r.practitionerId = clinic.alice;
            r.serviceId = clinic.botox;
            r.start = clinic.at(wed, hhmm);
            return r;
        }
        static RecurrenceRule weekly(int count = 4) { return {RecurrenceRule::Frequency::Weekly, 1, count, {}}; }
        // Books a single appointment for another client (something in the way).
        bool block(QDate day, const QString &hhmm)
        {
            BookingRequest r = first(hhmm);
            r.clientId = clients.value(1);
            r.start = clinic.at(day, hhmm);
            return BookingService(*temp.store).book(admin, r).isOk();
        }
        qint64 scalar(const QByteArray &sql)
        {
            auto q = temp.store->database().prepare(sql.constData());
            return q ? store::scalar(*q).valueOr(-1) : -1;
        }
        // Each booked occurrence as "yyyy-MM-dd HH:mm+length status", in the
        // order the series was made.
        QStringList occurrences(const QList<Appointment> &made)
        {
            QStringList out;
            for (const Appointment &m : made) {
                auto a = temp.store->appointments().find(m.id);
                if (!a)
                    return {};
                out.append(clinic.catalog.time.toLocal(a->start.toMSecsSinceEpoch())
                               .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                           + u'+' + QString::number(a->start.secsTo(a->end) / 60) + u' ' + statusCode(a->status));
            }
            return out;
        }
        QString seriesOf(const Appointment &a)
        {
            auto s = series.seriesOf(a.id);
            return s ? s->toString() : QString();
        }
        QString rruleOf(const QString &seriesId)
        {
            auto q = temp.store->database().prepare("SELECT rrule FROM appointment_series WHERE id = ?1;");
            if (!q)
                return {};
            q->bind(1, EntityId::fromString(seriesId));
            auto row = q->next();
            return row && *row ? q->text(0) : QString();
        }
    };

    static QStringList list(const char *items) { return QString::fromLatin1(items).split(u'|'); }

private Q_SLOTS:
    void createBooksEveryOccurrence()
    {
        Fixture f;
        const qint64 outbox = f.scalar("SELECT count(*) FROM outbox;");
        auto made = f.series.create(f.admin, f.first(), Fixture::weekly());
        QVERIFY2(made.isOk(), qPrintable(test::why(made)));
        QCOMPARE(f.occurrences(made->booked),
                 list("2025-03-12 10:00+30 booked|2025-03-19 10:00+30 booked|2025-03-26 10:00+30 booked|"
                      "2025-04-02 10:00+30 booked"));
        QCOMPARE(f.scalar("SELECT count(*) FROM appointment_series;"), 1);
        QCOMPARE(f.seriesOf(made->booked.at(3)), made->seriesId.toString());
        // One mutation per occurrence and one for the series.
        QCOMPARE(f.scalar("SELECT count(*) FROM outbox;"), outbox + 5);
    }

    void aRefusedOccurrenceMovedToAnOfferedTimeKeepsItsPlaceInTheSeries()
    {
        Fixture f;
        QVERIFY(f.block(f.wed.addDays(14), QStringLiteral("10:00")));
        auto preview = f.series.preview(f.first(), Fixture::weekly());
        QVERIFY2(preview.isOk(), qPrintable(test::why(preview)));
        const OccurrenceCheck refused = preview->at(2);
        QVERIFY(!refused.verdict.isAllowed());
        QVERIFY(!refused.isMoved());
        QVERIFY(!refused.suggestions.isEmpty());
        const OccurrenceMove move {refused.recurrenceId, refused.suggestions.first().slot};

        // Checked where it moves to, by the same rules.
        auto moved = f.series.preview(f.first(), Fixture::weekly(), 2, {move});
        QVERIFY2(moved.isOk(), qPrintable(test::why(moved)));
        QVERIFY(moved->at(2).verdict.isAllowed());
        QVERIFY(moved->at(2).isMoved());
        QCOMPARE(moved->at(2).start, move.slot.start);
        QCOMPARE(moved->at(2).recurrenceId, refused.start);
        QCOMPARE(moved->at(2).start.secsTo(moved->at(2).end), refused.start.secsTo(refused.end));

        // Booked there, it is an override of the series (its RECURRENCE-ID is
        // the rule's time), not an exception.
        auto made = f.series.create(f.admin, f.first(), Fixture::weekly(), SeriesConflicts::RefuseAll, {move});
        QVERIFY2(made.isOk(), qPrintable(test::why(made)));
        QCOMPARE(made->booked.size(), 4);
        QVERIFY(made->skipped.isEmpty());
        const Appointment &third = made->booked.at(2);
        QCOMPARE(third.start, move.slot.start);
        QCOMPARE(f.seriesOf(third), made->seriesId.toString());
        QCOMPARE(
            f.scalar("SELECT recurrence_id_utc FROM appointment WHERE id = '" + third.id.toString().toLatin1() + "';"),
            refused.start.toMSecsSinceEpoch());
        QCOMPARE(f.scalar("SELECT count(*) FROM appointment_series WHERE exdates = '';"), 1);

        // A move onto a taken time is refused like any booking.
        Fixture g;
        QVERIFY(g.block(g.wed.addDays(14), QStringLiteral("10:00")));
        QVERIFY(g.block(g.wed.addDays(14), QStringLiteral("11:00")));
        BookingRequest first = g.first();
        const OccurrenceMove onto {
            g.clinic.at(g.wed.addDays(14), QStringLiteral("10:00")),
            {g.clinic.at(g.wed.addDays(14), QStringLiteral("11:00")), {}, g.clinic.alice, {}, {}}};
        auto clash = g.series.preview(first, Fixture::weekly(), 0, {onto});
        QVERIFY2(clash.isOk(), qPrintable(test::why(clash)));
        QVERIFY(!clash->at(2).verdict.isAllowed());
        QCOMPARE(clash->at(2).start, onto.slot.start);
    }

    void previewListsRefusedOccurrencesAndWritesNothing()
    {
        Fixture f;
        QVERIFY(f.block(f.wed.addDays(14), QStringLiteral("10:00")));
        const qint64 before = f.scalar("SELECT count(*) FROM appointment;");
        auto preview = f.series.preview(f.first(), Fixture::weekly());
        QVERIFY2(preview.isOk(), qPrintable(test::why(preview)));
        QCOMPARE(preview->size(), 4);
        for (int i : {0, 1, 3})
            QVERIFY(preview->at(i).verdict.isAllowed());
        const OccurrenceCheck &refused = preview->at(2);
        QVERIFY(!refused.verdict.isAllowed());
        QCOMPARE(refused.verdict.violations.first().rule, Rule::PractitionerBusy);
        QVERIFY2(!refused.suggestions.isEmpty(), "a refused occurrence comes with free times");
        QCOMPARE(refused.suggestions.first().kind, Suggestion::Kind::SamePractitioner);
        QCOMPARE(f.scalar("SELECT count(*) FROM appointment;"), before);

        // Refusing the whole series names the date and writes nothing.
        auto refusedAll = f.series.create(f.admin, f.first(), Fixture::weekly());
        QVERIFY(!refusedAll.isOk());
        QCOMPARE(refusedAll.error().code, ErrorCode::Conflict);
        QCOMPARE(f.scalar("SELECT count(*) FROM appointment;"), before);
        QCOMPARE(f.scalar("SELECT count(*) FROM appointment_series;"), 0);

        // Skipping it books the others and keeps it as an exception.
        auto made = f.series.create(f.admin, f.first(), Fixture::weekly(), SeriesConflicts::SkipConflicting);
        QVERIFY2(made.isOk(), qPrintable(test::why(made)));
        QCOMPARE(made->booked.size(), 3);
        QCOMPARE(made->skipped.size(), 1);
        QCOMPARE(made->skipped.first().start, refused.start);
        QCOMPARE(f.scalar("SELECT exdates FROM appointment_series;"), refused.start.toMSecsSinceEpoch());
    }

    void edit_data()
    {
        QTest::addColumn<EditScope>("scope");
        QTest::addColumn<int>("from"); // the occurrence edited
        QTest::addColumn<int>("cancelledFirst"); // an occurrence cancelled beforehand (-1: none)
        QTest::addColumn<QStringList>("expected");
        QTest::addColumn<int>("seriesCount");
        QTest::newRow("this one") << EditScope::ThisOne << 1 << -1
                                  << list("2025-03-12 10:00+30 booked|2025-03-19 14:00+30 booked|"
                                          "2025-03-26 10:00+30 booked|2025-04-02 10:00+30 booked")
                                  << 1;
        QTest::newRow("this and following splits the series")
            << EditScope::ThisAndFollowing << 1 << -1
            << list("2025-03-12 10:00+30 booked|2025-03-19 14:00+30 booked|2025-03-26 14:00+30 booked|"
                    "2025-04-02 14:00+30 booked")
            << 2;
        QTest::newRow("this and following from the first is all")
            << EditScope::ThisAndFollowing << 0 << -1
            << list("2025-03-12 14:00+30 booked|2025-03-19 14:00+30 booked|2025-03-26 14:00+30 booked|"
                    "2025-04-02 14:00+30 booked")
            << 1;
        QTest::newRow("all, from a later one, leaves a cancelled one")
            << EditScope::All << 2 << 0
            << list("2025-03-12 10:00+30 cancelled|2025-03-19 14:00+30 booked|2025-03-26 14:00+30 booked|"
                    "2025-04-02 14:00+30 booked")
            << 1;
    }

    void edit()
    {
        QFETCH(EditScope, scope);
        QFETCH(int, from);
        QFETCH(int, cancelledFirst);
        QFETCH(QStringList, expected);
        QFETCH(int, seriesCount);
        Fixture f;
        auto made = f.series.create(f.admin, f.first(), Fixture::weekly());
        QVERIFY2(made.isOk(), qPrintable(test::why(made)));
        if (cancelledFirst >= 0)
            QVERIFY(f.series.cancel(f.admin, made->booked.at(cancelledFirst).id, EditScope::ThisOne, u"ill"_qs).isOk());
        SeriesChange change;
        change.localTime = QTime(14, 0);
        auto moved = f.series.edit(f.admin, made->booked.at(from).id, scope, change);
        QVERIFY2(moved.isOk(), qPrintable(test::why(moved)));
        QCOMPARE(f.occurrences(made->booked), expected);
        QCOMPARE(f.scalar("SELECT count(*) FROM appointment_series;"), seriesCount);
        if (seriesCount == 2) {
            // The earlier part ends the day before the split; the rest is a
            // new series of three that starts at the new time.
            const QString oldSeries = f.seriesOf(made->booked.at(0));
            const QString newSeries = f.seriesOf(made->booked.at(1));
            QCOMPARE(oldSeries, made->seriesId.toString());
            QVERIFY(newSeries != oldSeries);
            QCOMPARE(f.seriesOf(made->booked.at(3)), newSeries);
            QCOMPARE(f.rruleOf(oldSeries), u"FREQ=WEEKLY;UNTIL=20250319T035959Z"_qs);
            QCOMPARE(f.rruleOf(newSeries), u"FREQ=WEEKLY;COUNT=3"_qs);
        }
    }

    void editMovesDayAndLength()
    {
        Fixture f;
        auto made = f.series.create(f.admin, f.first(), Fixture::weekly(3));
        QVERIFY(made.isOk());
        SeriesChange change;
        change.dayOffset = 1;
        change.lengthMinutes = 45;
        auto moved = f.series.edit(f.admin, made->booked.at(0).id, EditScope::All, change);
        QVERIFY2(moved.isOk(), qPrintable(test::why(moved)));
        QCOMPARE(*moved, 3);
        QCOMPARE(f.occurrences(made->booked),
                 list("2025-03-13 10:00+45 booked|2025-03-20 10:00+45 booked|2025-03-27 10:00+45 booked"));
    }

    void editRefusedWhenOneOccurrenceBreaksARule()
    {
        Fixture f;
        auto made = f.series.create(f.admin, f.first(), Fixture::weekly());
        QVERIFY(made.isOk());
        QVERIFY(f.block(f.wed.addDays(21), QStringLiteral("15:00")));
        SeriesChange change;
        change.localTime = QTime(15, 0);
        auto moved = f.series.edit(f.admin, made->booked.at(0).id, EditScope::All, change);
        QVERIFY(!moved.isOk());
        QCOMPARE(moved.error().code, ErrorCode::Conflict);
        const QDateTime refused
            = f.clinic.catalog.time.toLocal(f.clinic.at(f.wed.addDays(21), u"15:00"_qs).toMSecsSinceEpoch());
        QVERIFY2(moved.error().message.contains(QLocale().toString(refused, QLocale::ShortFormat)),
                 qPrintable(moved.error().message));
        // Nothing moved, not even the occurrences that were free.
        QCOMPARE(f.occurrences(made->booked),
                 list("2025-03-12 10:00+30 booked|2025-03-19 10:00+30 booked|2025-03-26 10:00+30 booked|"
                      "2025-04-02 10:00+30 booked"));
    }

    void cancel_data()
    {
        QTest::addColumn<EditScope>("scope");
        QTest::addColumn<int>("from");
        QTest::addColumn<QString>("expected"); // b: booked, c: cancelled
        QTest::newRow("this one") << EditScope::ThisOne << 1 << "bcbb";
        QTest::newRow("this and following") << EditScope::ThisAndFollowing << 1 << "bccc";
        QTest::newRow("all") << EditScope::All << 2 << "cccc";
    }

    void cancel()
    {
        QFETCH(EditScope, scope);
        QFETCH(int, from);
        QFETCH(QString, expected);
        Fixture f;
        auto made = f.series.create(f.admin, f.first(), Fixture::weekly());
        QVERIFY(made.isOk());
        QVERIFY(!f.series.cancel(f.admin, made->booked.at(from).id, scope, u" "_qs).isOk()); // a reason is needed
        auto cancelled = f.series.cancel(f.admin, made->booked.at(from).id, scope, u"Client moved away"_qs);
        QVERIFY2(cancelled.isOk(), qPrintable(test::why(cancelled)));
        QCOMPARE(*cancelled, int(expected.count(u'c')));
        QString got;
        for (const Appointment &a : std::as_const(made->booked)) {
            auto now = f.temp.store->appointments().find(a.id);
            QVERIFY(now.isOk());
            got += now->status == AppointmentStatus::Cancelled ? u'c' : u'b';
            if (now->status == AppointmentStatus::Cancelled) {
                auto history = f.temp.store->appointments().history(a.id);
                QVERIFY(history.isOk());
                QCOMPARE(history->last().reason, u"Client moved away"_qs);
            }
        }
        QCOMPARE(got, expected);
    }
};

QTEST_GUILESS_MAIN(TestSeriesService)
#include "tst_seriesservice.moc"
