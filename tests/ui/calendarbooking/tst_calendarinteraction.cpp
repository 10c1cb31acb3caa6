// The calendar page over a real encrypted demo store: dragging blocks onto
// free and taken time, the keyboard (cancel with a reason, zoom, selection),
// week and room columns, status actions, the waitlist after a cancel, and
// the .ics export.
#include "calendar/appointmentdaymodel.h"
#include "calendar/calendarpage.h"
#include "calendar/canceldialog.h"
#include "calendar/dayview.h"
#include "calendarfixture.h"
#include "scheduling/snapshotloader.h"
#include "scheduling/waitlistrepository.h"
#include "store/appointmentrepository.h"
#include "store/clientrepository.h"
#include "store/practitionerrepository.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QWheelEvent>

using namespace msp;
using test::CalendarFixture;

class TestCalendarInteraction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void dayModelOverAWeekPassesTheModelTester();
    void dragOntoAFreeSlotMovesTheAppointment();
    void dragOntoATakenSlotIsRefusedAndChangesNothing();
    void dragTheLowerEdgeResizes();
    void deleteKeyCancelsWithAReasonAndListsTheWaitlist();
    void arrowsSelectAndEnterOpens();
    void zoomBetweenFiveAndSixtyMinuteRows();
    void weekViewAndRoomColumns();
    void statusActionsFromTheContextMenu();
    void exportsTheVisiblePractitionersCalendar();
    void screenshots();

private:
    QDate freshDay();
    QRectF blockOf(const Appointment &a) const;
    void drag(const QPoint &from, const QPoint &to);
    Appointment stored(const Appointment &a);

    CalendarFixture m_fx;
    std::unique_ptr<ui::CalendarPage> m_page;
    int m_dayOffset = 0;
};

void TestCalendarInteraction::initTestCase()
{
    QVERIFY(m_fx.seed());
}

void TestCalendarInteraction::init()
{
    m_page = std::make_unique<ui::CalendarPage>(*m_fx.store.store, test::adminActor());
    m_page->resize(1400, 900);
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestCalendarInteraction::cleanup()
{
    m_page.reset();
}

// Each test lays out its own appointments on a day no other test touched.
QDate TestCalendarInteraction::freshDay()
{
    const QDate day = CalendarFixture::kQuiet.addDays(7 * m_dayOffset++);
    m_page->setDate(day);
    return day;
}

QRectF TestCalendarInteraction::blockOf(const Appointment &a) const
{
    const int i = m_page->view()->blockIndexOf(a.id.toString());
    return i >= 0 ? m_page->view()->blockRect(i) : QRectF();
}

void TestCalendarInteraction::drag(const QPoint &from, const QPoint &to)
{
    ui::DayView *view = m_page->view();
    QTest::mousePress(view, Qt::LeftButton, {}, from);
    QTest::mouseMove(view, (from + to) / 2);
    QTest::mouseMove(view, to);
    QTest::mouseRelease(view, Qt::LeftButton, {}, to);
}

Appointment TestCalendarInteraction::stored(const Appointment &a)
{
    auto found = m_fx.store.store->appointments().find(a.id);
    return found ? *found : Appointment {};
}

void TestCalendarInteraction::dayModelOverAWeekPassesTheModelTester()
{
    ui::AppointmentDayModel model(*m_fx.store.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.loadDays(CalendarFixture::kAnchor.addDays(-2), 7, CalendarFixture::zone()).isOk());
    QVERIFY(model.rowCount() > 0);
    QCOMPARE(model.dayCount(), 7);
    for (int r = 0; r < model.rowCount(); ++r) {
        const QString id = model.index(r).data(ui::AppointmentDayModel::IdRole).toString();
        QCOMPARE(model.rowOf(id), r);
        QVERIFY(!model.index(r).data(ui::AppointmentDayModel::RoomIdRole).toString().isEmpty());
    }
    QVERIFY(model.load(CalendarFixture::kAnchor, CalendarFixture::zone()).isOk());
}

void TestCalendarInteraction::dragOntoAFreeSlotMovesTheAppointment()
{
    const QDate day = freshDay();
    const Appointment a = m_fx.book(m_fx.at(day, 10));
    QVERIFY(!a.id.isNull());
    m_page->reload();
    ui::DayView *view = m_page->view();
    const QRectF r = blockOf(a);
    QVERIFY(!r.isEmpty());
    const QPoint from = r.center().toPoint();
    const QPoint to = from + QPoint(0, view->yForMinute(11 * 60) - view->yForMinute(10 * 60));
    drag(from, to);

    const Appointment after = stored(a);
    QCOMPARE(after.start, m_fx.at(day, 11));
    QCOMPARE(after.start.secsTo(after.end), a.start.secsTo(a.end));
    QCOMPARE(after.practitionerId, a.practitionerId);
    QVERIFY(m_page->statusText().contains(QStringLiteral("Moved")));
    // The block is drawn at its new time.
    QCOMPARE(int(blockOf(a).top()), view->yForMinute(11 * 60) + 1);
    auto history = m_fx.store.store->appointments().history(a.id);
    QVERIFY(history.isOk() && !history->isEmpty());
}

void TestCalendarInteraction::dragOntoATakenSlotIsRefusedAndChangesNothing()
{
    const QDate day = freshDay();
    const Appointment a = m_fx.book(m_fx.at(day, 10));
    const Appointment b = m_fx.book(m_fx.at(day, 14));
    QVERIFY(!a.id.isNull() && !b.id.isNull());
    m_page->reload();
    ui::DayView *view = m_page->view();
    const QPoint from = blockOf(a).center().toPoint();
    const QPoint to = from + QPoint(0, view->yForMinute(14 * 60) - view->yForMinute(10 * 60));

    QSignalSpy refusals(view, &ui::DayView::dragStatusChanged);
    QTest::mousePress(view, Qt::LeftButton, {}, from);
    QTest::mouseMove(view, (from + to) / 2);
    QTest::mouseMove(view, to);
    // While over the taken slot: drawn as refused, the reason shown.
    QVERIFY(view->isDragging());
    const QString reason = view->dragRefusal();
    QVERIFY2(!reason.isEmpty(), "the taken slot is refused while dragging");
    QVERIFY(m_page->statusText().contains(reason));
    QVERIFY(!refusals.isEmpty());
    QCOMPARE(refusals.last().first().toString(), reason);
    QTest::mouseRelease(view, Qt::LeftButton, {}, to);

    const Appointment after = stored(a);
    QCOMPARE(after.start, a.start);
    QCOMPARE(after.end, a.end);
    QCOMPARE(after.roomId, a.roomId);
    QVERIFY(m_page->statusText().contains(QStringLiteral("Not moved")));
    auto history = m_fx.store.store->appointments().history(a.id);
    QVERIFY(history.isOk());
    for (const auto &h : std::as_const(*history))
        QVERIFY(h.reason != QStringLiteral("moved"));
}

void TestCalendarInteraction::dragTheLowerEdgeResizes()
{
    const QDate day = freshDay();
    const Appointment a = m_fx.book(m_fx.at(day, 10));
    m_page->reload();
    ui::DayView *view = m_page->view();
    const QRectF r = blockOf(a);
    const QPoint from(int(r.center().x()), int(r.bottom()) - 2);
    const int endMinute = int(a.start.secsTo(a.end) / 60) + 10 * 60;
    const QPoint to = from + QPoint(0, view->yForMinute(endMinute + 30) - view->yForMinute(endMinute));
    drag(from, to);
    const Appointment after = stored(a);
    QCOMPARE(after.start, a.start);
    QCOMPARE(after.end, a.end.addSecs(30 * 60));
}

void TestCalendarInteraction::deleteKeyCancelsWithAReasonAndListsTheWaitlist()
{
    const QDate day = freshDay();
    const Appointment a = m_fx.book(m_fx.at(day, 10));
    // Someone waits for this service, any practitioner, any time.
    auto clients = m_fx.store.store->clients().search(u"", 8);
    QVERIFY(clients.isOk() && clients->size() > 5);
    scheduling::WaitlistEntry entry;
    entry.clientId = clients->at(5).id;
    entry.serviceId = m_fx.service.id;
    QVERIFY(scheduling::WaitlistRepository(*m_fx.store.store).add(test::adminActor(), entry).isOk());
    m_page->reload();

    ui::DayView *view = m_page->view();
    view->setFocus();
    view->selectAppointment(a.id.toString());
    QCOMPARE(view->selectedAppointmentId(), a.id.toString());
    bool asked = false;
    QTimer::singleShot(0, this, [&asked] {
        auto *dialog = qobject_cast<ui::CancelDialog *>(QApplication::activeModalWidget());
        QVERIFY(dialog);
        auto *ok = dialog->findChild<QPushButton *>(QStringLiteral("confirmCancel"));
        QVERIFY(!ok->isEnabled()); // a reason is required
        QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("cancelReason")),
                         QStringLiteral("Client asked"));
        QVERIFY(ok->isEnabled());
        asked = true;
        QTest::mouseClick(ok, Qt::LeftButton);
    });
    QTest::keyClick(view, Qt::Key_Delete);
    QVERIFY(asked);

    QCOMPARE(stored(a).status, AppointmentStatus::Cancelled);
    auto history = m_fx.store.store->appointments().history(a.id);
    QVERIFY(history.isOk() && !history->isEmpty());
    QCOMPARE(history->last().toStatus, QStringLiteral("cancelled"));
    QCOMPARE(history->last().reason, QStringLiteral("Client asked"));
    const QStringList waitlist = m_page->waitlistLines();
    QVERIFY2(!waitlist.isEmpty(), "the waitlisted client who fits is listed");
    QVERIFY(waitlist.first().contains(clients->at(5).displayName));
    QVERIFY(scheduling::WaitlistRepository(*m_fx.store.store).waiting().isOk());
}

void TestCalendarInteraction::arrowsSelectAndEnterOpens()
{
    const QDate day = freshDay();
    const Appointment a = m_fx.book(m_fx.at(day, 10));
    m_page->reload();
    ui::DayView *view = m_page->view();
    const int column = [&] {
        for (int c = 0; c < view->columnCount(); ++c)
            if (view->columns().at(c).practitionerId == m_fx.practitioner.id)
                return c;
        return -1;
    }();
    QVERIFY(column >= 0);
    view->setFocus();
    view->setCursorAt(column, 9 * 60);
    QVERIFY(view->selectedAppointmentId().isEmpty());
    for (int i = 0; i < 60 / view->rowMinutes(); ++i)
        QTest::keyClick(view, Qt::Key_Down);
    QCOMPARE(view->selectedAppointmentId(), a.id.toString());
    QTest::keyClick(view, Qt::Key_Down); // past the block in one step
    QVERIFY(view->selectedAppointmentId().isEmpty());
    QTest::keyClick(view, Qt::Key_Up);
    QCOMPARE(view->selectedAppointmentId(), a.id.toString());
    QSignalSpy opened(view, &ui::DayView::appointmentActivated);
    QTimer::singleShot(0, this, [] {
        if (QWidget *w = QApplication::activeModalWidget())
            w->close();
    });
    QTest::keyClick(view, Qt::Key_Return);
    QCOMPARE(opened.size(), 1);
    QCOMPARE(opened.first().first().toString(), a.id.toString());

    QSignalSpy today(view, &ui::DayView::todayRequested);
    QTest::keyClick(view, Qt::Key_T);
    QCOMPARE(today.size(), 1);
    QCOMPARE(m_page->date(), m_page->today());
}

void TestCalendarInteraction::zoomBetweenFiveAndSixtyMinuteRows()
{
    ui::DayView *view = m_page->view();
    QCOMPARE(view->rowMinutes(), 15);
    const int hour = view->yForMinute(10 * 60) - view->yForMinute(9 * 60);
    QTest::keyClick(view, Qt::Key_Plus);
    QCOMPARE(view->rowMinutes(), 10);
    QTest::keyClick(view, Qt::Key_Plus);
    QTest::keyClick(view, Qt::Key_Plus);
    QCOMPARE(view->rowMinutes(), 5);
    QVERIFY(view->yForMinute(10 * 60) - view->yForMinute(9 * 60) > hour);
    for (int i = 0; i < 6; ++i)
        QTest::mouseClick(m_page->findChild<QToolButton *>(QStringLiteral("zoomOut")), Qt::LeftButton);
    QCOMPARE(view->rowMinutes(), 60);
    QVERIFY(view->yForMinute(10 * 60) - view->yForMinute(9 * 60) < hour);
    QWheelEvent wheel(QPointF(200, 200), view->mapToGlobal(QPointF(200, 200)), {}, QPoint(0, 120), Qt::NoButton,
                      Qt::ControlModifier, Qt::NoScrollPhase, false);
    QApplication::sendEvent(view, &wheel);
    QCOMPARE(view->rowMinutes(), 30);
}

void TestCalendarInteraction::weekViewAndRoomColumns()
{
    m_page->setDate(CalendarFixture::kAnchor);
    const int dayBlocks = m_page->view()->blockCount();
    QVERIFY(dayBlocks > 0);
    m_page->setColumnKind(ui::CalendarPage::Columns::Rooms);
    auto rooms = scheduling::loadCatalog(*m_fx.store.store);
    QVERIFY(rooms.isOk());
    QCOMPARE(m_page->view()->columnCount(), int(rooms->rooms.size()));
    QCOMPARE(m_page->view()->blockCount(), dayBlocks); // every booking has a room

    m_page->setColumnKind(ui::CalendarPage::Columns::Practitioners);
    m_page->setSpan(ui::CalendarPage::Span::Week);
    m_page->setWeekResource(m_fx.practitioner.id);
    QCOMPARE(m_page->view()->columnCount(), 7);
    QCOMPARE(m_page->view()->columns().first().date.dayOfWeek(), 1);
    QCOMPARE(m_page->model()->dayCount(), 7);
    int mine = 0;
    for (int r = 0; r < m_page->model()->rowCount(); ++r)
        mine += m_page->model()->index(r).data(ui::AppointmentDayModel::PractitionerIdRole).toString()
            == m_fx.practitioner.id.toString();
    QCOMPARE(m_page->view()->blockCount(), mine);
    QTest::mouseClick(m_page->findChild<QPushButton *>(QStringLiteral("nextDay")), Qt::LeftButton);
    QCOMPARE(m_page->date(), CalendarFixture::kAnchor.addDays(7));
}

void TestCalendarInteraction::statusActionsFromTheContextMenu()
{
    const QDate day = freshDay();
    const Appointment a = m_fx.book(m_fx.at(day, 10));
    m_page->reload();
    const auto trigger = [&](const char *code) {
        std::unique_ptr<QMenu> menu(m_page->contextMenuFor(a.id.toString()));
        QVERIFY(menu);
        auto *action = menu->findChild<QAction *>(QString::fromLatin1(code));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        action->trigger();
    };
    trigger("arrived");
    QCOMPARE(stored(a).status, AppointmentStatus::Arrived);
    {
        std::unique_ptr<QMenu> menu(m_page->contextMenuFor(a.id.toString()));
        QVERIFY(!menu->findChild<QAction *>(QStringLiteral("arrived"))->isEnabled());
    }
    trigger("checked-in");
    QCOMPARE(stored(a).status, AppointmentStatus::CheckedIn);
    trigger("fulfilled");
    QCOMPARE(stored(a).status, AppointmentStatus::Fulfilled);

    const Appointment b = m_fx.book(m_fx.at(day, 14));
    m_page->reload();
    std::unique_ptr<QMenu> menu(m_page->contextMenuFor(b.id.toString()));
    menu->findChild<QAction *>(QStringLiteral("noshow"))->trigger();
    QCOMPARE(stored(b).status, AppointmentStatus::NoShow);
}

void TestCalendarInteraction::exportsTheVisiblePractitionersCalendar()
{
    const QDate day = freshDay();
    const Appointment a = m_fx.book(m_fx.at(day, 10));
    m_page->reload();
    m_page->view()->selectAppointment(a.id.toString());
    QCOMPARE(m_page->exportPractitioner(), m_fx.practitioner.id);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("calendar.ics"));
    QVERIFY(m_page->exportIcs(path).isOk());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray ics = file.readAll();
    QVERIFY(ics.startsWith("BEGIN:VCALENDAR"));
    QVERIFY(ics.contains("BEGIN:VTIMEZONE"));
    QVERIFY(ics.contains(a.id.toString().toUtf8()));
    // No client name in the feed unless the clinic turned it on.
    auto client = m_fx.store.store->clients().search(u"", 1);
    QVERIFY(!ics.contains(client->first().displayName.toUtf8()));
}

void TestCalendarInteraction::screenshots()
{
    // MSP_UI_CALENDAR_PNG=/tmp/cal keeps /tmp/cal-day.png, -week.png, -drag.png, -booking.png.
    const QString keep = qEnvironmentVariable("MSP_UI_CALENDAR_PNG");
    if (keep.isEmpty())
        QSKIP("set MSP_UI_CALENDAR_PNG to keep screenshots");
    m_page->setDate(CalendarFixture::kAnchor);
    QVERIFY(m_page->grab().save(keep + QStringLiteral("-day.png")));
    m_page->setSpan(ui::CalendarPage::Span::Week);
    m_page->setWeekResource(m_fx.practitioner.id);
    QVERIFY(m_page->grab().save(keep + QStringLiteral("-week.png")));
    m_page->setSpan(ui::CalendarPage::Span::Day);
    const QDate day = freshDay();
    const Appointment a = m_fx.book(m_fx.at(day, 10));
    m_fx.book(m_fx.at(day, 14));
    m_page->reload();
    ui::DayView *view = m_page->view();
    const QPoint from = blockOf(a).center().toPoint();
    const QPoint to = from + QPoint(0, view->yForMinute(14 * 60) - view->yForMinute(10 * 60));
    QTest::mousePress(view, Qt::LeftButton, {}, from);
    QTest::mouseMove(view, (from + to) / 2);
    QTest::mouseMove(view, to);
    QVERIFY(m_page->grab().save(keep + QStringLiteral("-drag.png")));
    QTest::mouseRelease(view, Qt::LeftButton, {}, to);
    QTimer::singleShot(0, this, [keep] {
        QWidget *w = QApplication::activeModalWidget();
        QVERIFY(w);
        QVERIFY(w->grab().save(keep + QStringLiteral("-booking.png")));
        w->close();
    });
    m_page->newBooking(0, m_fx.at(day, 14));
}

QTEST_MAIN(TestCalendarInteraction)
#include "tst_calendarinteraction.moc"
