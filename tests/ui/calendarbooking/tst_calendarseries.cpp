// Recurring series on the real widgets over an encrypted demo store: booked
// from the booking dialog (the refused occurrences listed with their reason
// and free times before anything is saved; a free time clicked moves the
// occurrence there once the rules agree), moved by dragging one occurrence
// with "this and following", cancelled from the keyboard with "all".
#include "calendar/bookingdialog.h"
#include "calendar/calendarpage.h"
#include "calendar/canceldialog.h"
#include "calendar/dayview.h"
#include "calendar/seriesscopedialog.h"
#include "calendarfixture.h"
#include "scheduling/seriesservice.h"
#include "store/appointmentrepository.h"
#include "store/clientrepository.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QTest>
#include <QTimer>

using namespace msp;
using test::CalendarFixture;

class TestCalendarSeries : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_fx.seed()); }
    void bookSeriesListsRefusedDatesBeforeSaving();
    void aFreeTimeOfferedMovesTheRefusedOccurrence();
    void dragOneOccurrenceMovesItAndTheFollowing();
    void deleteKeyCancelsTheWholeSeries();

private:
    static QStringList list(const char *items) { return QString::fromLatin1(items).split(u'|'); }
    // Wednesdays far from the demo bookings, one stretch per test.
    QDate freshWednesday() { return CalendarFixture::kQuiet.addDays(7 * (20 + 6 * m_used++)); }
    store::ClientSummary client(int i)
    {
        auto clients = m_fx.store.store->clients().search(u"", 8);
        return clients && clients->size() > i ? clients->at(i) : store::ClientSummary {};
    }
    // The client's appointments on each of `weeks` Wednesdays from `first`:
    // "HH:mm status" or "-" when there is none.
    QStringList weekly(QDate first, int weeks, const EntityId &clientId)
    {
        QStringList out;
        for (int w = 0; w < weeks; ++w) {
            const QDate day = first.addDays(7 * w);
            auto found = m_fx.store.store->appointments().between(m_fx.at(day, 0), m_fx.at(day.addDays(1), 0));
            QString cell = QStringLiteral("-");
            for (const Appointment &a : found ? *found : QList<Appointment> {})
                if (a.clientId == clientId)
                    cell = a.start.toTimeZone(CalendarFixture::zone()).toString(QStringLiteral("HH:mm")) + u' '
                        + statusCode(a.status);
            out.append(cell);
        }
        return out;
    }
    scheduling::SeriesOutcome makeSeries(QDate first, const EntityId &clientId)
    {
        scheduling::BookingRequest r;
        r.clientId = clientId;
        r.serviceId = m_fx.service.id;
        r.practitionerId = m_fx.practitioner.id;
        r.start = m_fx.at(first, 10);
        auto made = scheduling::SeriesService(*m_fx.store.store)
                        .create(test::adminActor(), r, {scheduling::RecurrenceRule::Frequency::Weekly, 1, 4, {}});
        return made ? *made : scheduling::SeriesOutcome {};
    }
    // The client's appointments over `weeks` weeks from `first`.
    QList<Appointment> appointmentsOf(QDate first, int weeks, const EntityId &clientId)
    {
        QList<Appointment> out;
        auto found = m_fx.store.store->appointments().between(m_fx.at(first, 0), m_fx.at(first.addDays(7 * weeks), 0));
        for (const Appointment &a : found ? *found : QList<Appointment> {})
            if (a.clientId == clientId)
                out.append(a);
        return out;
    }
    std::unique_ptr<ui::BookingDialog> seriesDialog(QDate first, const store::ClientSummary &who, int count)
    {
        ui::BookingDefaults defaults;
        defaults.start = m_fx.at(first, 10);
        defaults.practitionerId = m_fx.practitioner.id;
        auto dialog = std::make_unique<ui::BookingDialog>(*m_fx.store.store, test::adminActor(),
                                                          CalendarFixture::zone(), defaults);
        auto *service = dialog->findChild<QComboBox *>(QStringLiteral("service"));
        service->setCurrentIndex(service->findData(m_fx.service.id.toString()));
        dialog->show();
        dialog->setClient(who);
        auto *repeat = dialog->findChild<QComboBox *>(QStringLiteral("repeat"));
        repeat->setCurrentIndex(repeat->findData(int(scheduling::RecurrenceRule::Frequency::Weekly)));
        dialog->findChild<QSpinBox *>(QStringLiteral("repeatCount"))->setValue(count);
        return dialog;
    }
    std::unique_ptr<ui::CalendarPage> page(QDate day)
    {
        auto p = std::make_unique<ui::CalendarPage>(*m_fx.store.store, test::adminActor());
        p->resize(1400, 900);
        p->show();
        p->setDate(day);
        return p;
    }

    CalendarFixture m_fx;
    int m_used = 0;
};

void TestCalendarSeries::bookSeriesListsRefusedDatesBeforeSaving()
{
    const QDate first = freshWednesday();
    const store::ClientSummary who = client(3);
    // Someone else holds the practitioner in the third week.
    QVERIFY(!m_fx.book(m_fx.at(first.addDays(14), 10), client(4).id).id.isNull());

    ui::BookingDefaults defaults;
    defaults.start = m_fx.at(first, 10);
    defaults.practitionerId = m_fx.practitioner.id;
    ui::BookingDialog dialog(*m_fx.store.store, test::adminActor(), CalendarFixture::zone(), defaults);
    auto *service = dialog.findChild<QComboBox *>(QStringLiteral("service"));
    service->setCurrentIndex(service->findData(m_fx.service.id.toString()));
    dialog.show();
    dialog.setClient(who);
    auto *repeat = dialog.findChild<QComboBox *>(QStringLiteral("repeat"));
    repeat->setCurrentIndex(repeat->findData(int(scheduling::RecurrenceRule::Frequency::Weekly)));
    dialog.findChild<QSpinBox *>(QStringLiteral("repeatCount"))->setValue(4);
    auto *book = dialog.findChild<QPushButton *>(QStringLiteral("book"));
    QCOMPARE(book->text(), QStringLiteral("Book series"));
    QVERIFY(book->isEnabled());

    // The first click checks every occurrence and saves nothing.
    QTest::mouseClick(book, Qt::LeftButton);
    QVERIFY(dialog.isVisible());
    auto *problems = dialog.findChild<QListWidget *>(QStringLiteral("seriesProblems"));
    QVERIFY(problems->isVisible());
    QCOMPARE(problems->count(), 1);
    const QString refused = problems->item(0)->text();
    QVERIFY2(refused.contains(QLocale().toString(first.addDays(14), QStringLiteral("ddd d MMM yyyy"))),
             qPrintable(refused));
    QVERIFY2(refused.contains(QStringLiteral("Free instead")), qPrintable(refused));
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("seriesTitle"))->text().contains(QStringLiteral("1 of the 4")));
    QCOMPARE(weekly(first, 4, who.id), list("-|-|-|-"));
    QCOMPARE(book->text(), QStringLiteral("Book the other 3"));

    // The second books the other three; the refused week is an exception.
    QTest::mouseClick(book, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.bookedCount(), 3);
    QCOMPARE(weekly(first, 4, who.id), list("10:00 booked|10:00 booked|-|10:00 booked"));
}

void TestCalendarSeries::aFreeTimeOfferedMovesTheRefusedOccurrence()
{
    const QDate first = freshWednesday();
    const store::ClientSummary who = client(2);
    const QDate refusedDay = first.addDays(14);
    QVERIFY(!m_fx.book(m_fx.at(refusedDay, 10), client(4).id).id.isNull());
    auto dialog = seriesDialog(first, who, 4);
    auto *book = dialog->findChild<QPushButton *>(QStringLiteral("book"));
    auto *problems = dialog->findChild<QListWidget *>(QStringLiteral("seriesProblems"));
    QTest::mouseClick(book, Qt::LeftButton);
    QCOMPARE(problems->count(), 1);
    QCOMPARE(book->text(), QStringLiteral("Book the other 3"));
    const auto offered = [&] { return dialog->findChildren<QPushButton *>(QStringLiteral("takeSuggestion")); };
    QVERIFY(!offered().isEmpty());

    // A free time offered, then taken by someone else before it is clicked:
    // the rules check it again and the occurrence stays where it was.
    QPushButton *stale = nullptr;
    for (QPushButton *b : offered())
        if (b->property("practitionerId").toString() == m_fx.practitioner.id.toString())
            stale = b;
    QVERIFY2(stale, "a free time with the same practitioner is offered first");
    const QDateTime taken = stale->property("slotStart").toDateTime();
    QVERIFY(!m_fx.book(taken, client(5).id).id.isNull());
    QTest::mouseClick(stale, Qt::LeftButton);
    QTRY_VERIFY2(
        dialog->findChild<QLabel *>(QStringLiteral("verdict"))->text().contains(QStringLiteral("no longer free")),
        qPrintable(dialog->findChild<QLabel *>(QStringLiteral("verdict"))->text()));
    QCOMPARE(problems->count(), 1);
    QCOMPARE(book->text(), QStringLiteral("Book the other 3"));
    QVERIFY(!problems->item(0)->text().startsWith(QStringLiteral("Moved")));

    // A free time still free: the occurrence moves there, nothing is booked
    // yet, and the next click books all four.
    QTRY_VERIFY(!offered().isEmpty());
    QPushButton *take = offered().first();
    const QDateTime to = take->property("slotStart").toDateTime();
    QVERIFY(to.isValid() && to != taken);
    QTest::mouseClick(take, Qt::LeftButton);
    QTRY_COMPARE(book->text(), QStringLiteral("Book all 4"));
    QCOMPARE(problems->count(), 1);
    QVERIFY2(problems->item(0)->text().startsWith(QStringLiteral("Moved")), qPrintable(problems->item(0)->text()));
    QVERIFY(offered().isEmpty());
    QCOMPARE(appointmentsOf(first, 4, who.id).size(), 0);

    QTest::mouseClick(book, Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(dialog->bookedCount(), 4);
    const QList<Appointment> made = appointmentsOf(first, 4, who.id);
    QCOMPARE(made.size(), 4);
    scheduling::SeriesService series(*m_fx.store.store);
    const auto seriesOf = [&](const Appointment &a) {
        auto s = series.seriesOf(a.id);
        return s ? *s : EntityId();
    };
    int movedThere = 0;
    for (const Appointment &a : made) {
        QCOMPARE(a.status, AppointmentStatus::Booked);
        QCOMPARE(seriesOf(a), seriesOf(made.first()));
        movedThere += a.start == to ? 1 : 0;
    }
    QCOMPARE(movedThere, 1);
    QVERIFY(!seriesOf(made.first()).isNull());
}

void TestCalendarSeries::dragOneOccurrenceMovesItAndTheFollowing()
{
    const QDate first = freshWednesday();
    const EntityId who = client(5).id;
    const scheduling::SeriesOutcome made = makeSeries(first, who);
    QCOMPARE(made.booked.size(), 4);
    auto p = page(first.addDays(7));
    QVERIFY(QTest::qWaitForWindowExposed(p.get()));
    ui::DayView *view = p->view();
    const int block = view->blockIndexOf(made.booked.at(1).id.toString());
    QVERIFY(block >= 0);
    const QPoint from = view->blockRect(block).center().toPoint();
    const QPoint to = from + QPoint(0, view->yForMinute(11 * 60) - view->yForMinute(10 * 60));

    bool asked = false;
    QTimer::singleShot(0, this, [&asked] {
        auto *dialog = qobject_cast<ui::SeriesScopeDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        dialog->findChild<QRadioButton *>(QStringLiteral("scopeFollowing"))->setChecked(true);
        asked = true;
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("applyScope")), Qt::LeftButton);
    });
    QTest::mousePress(view, Qt::LeftButton, {}, from);
    QTest::mouseMove(view, (from + to) / 2);
    QTest::mouseMove(view, to);
    QTest::mouseRelease(view, Qt::LeftButton, {}, to);
    QVERIFY(asked);
    QCOMPARE(weekly(first, 4, who), list("10:00 booked|11:00 booked|11:00 booked|11:00 booked"));
    QVERIFY2(p->statusText().contains(QStringLiteral("3 appointments")), qPrintable(p->statusText()));
}

void TestCalendarSeries::deleteKeyCancelsTheWholeSeries()
{
    const QDate first = freshWednesday();
    const EntityId who = client(6).id;
    const scheduling::SeriesOutcome made = makeSeries(first, who);
    QCOMPARE(made.booked.size(), 4);
    auto p = page(first.addDays(14));
    QVERIFY(QTest::qWaitForWindowExposed(p.get()));
    ui::DayView *view = p->view();
    view->setFocus();
    view->selectAppointment(made.booked.at(2).id.toString());

    bool asked = false;
    QTimer::singleShot(0, this, [&asked] {
        auto *dialog = qobject_cast<ui::CancelDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("cancelReason")),
                         QStringLiteral("Client moved away"));
        dialog->findChild<QRadioButton *>(QStringLiteral("scopeAll"))->setChecked(true);
        asked = true;
        QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("confirmCancel")), Qt::LeftButton);
    });
    QTest::keyClick(view, Qt::Key_Delete);
    QVERIFY(asked);
    QCOMPARE(weekly(first, 4, who), list("10:00 cancelled|10:00 cancelled|10:00 cancelled|10:00 cancelled"));
}

QTEST_MAIN(TestCalendarSeries)
#include "tst_calendarseries.moc"
