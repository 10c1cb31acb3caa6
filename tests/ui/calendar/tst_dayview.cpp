#include "calendar/appointmentdaymodel.h"
#include "calendar/dayview.h"
#include "core/democlinic.h"
#include "store/appointmentrepository.h"
#include "store/practitionerrepository.h"
#include "support/tempstore.h"

#include <QImage>
#include <QPainter>
#include <QTest>

using namespace msp;

namespace {
const QDate kAnchor(2026, 6, 10); // a Wednesday
const QTimeZone kNewYork("America/New_York");
} // namespace

class TestDayView : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void blocksStayInsideOneColumnAndNeverOverlap_data();
    void blocksStayInsideOneColumnAndNeverOverlap();
    void cancelledBookingAndItsReplacementSitSideBySide();
    void workingHoursAreLightAndClosedTimeIsShaded();
    void blockPositionFollowsClinicTime();
    void paintFullDay();

private:
    int columnOf(const QRectF &rect) const;

    test::TempStore m_store;
    QList<Practitioner> m_practitioners;
    std::unique_ptr<ui::AppointmentDayModel> m_model;
    std::unique_ptr<ui::DayView> m_view;
};

void TestDayView::initTestCase()
{
    QVERIFY(m_store.isOpen());
    app::DemoOptions options;
    options.clients = 50;
    options.weeks = 1;
    options.anchor = kAnchor;
    QVERIFY(app::seedDemoClinic(*m_store.store, options).isOk());
    auto all = m_store.store->practitioners().all();
    QVERIFY(all.isOk());
    m_practitioners = *all;
}

void TestDayView::init()
{
    m_model = std::make_unique<ui::AppointmentDayModel>(*m_store.store);
    m_view = std::make_unique<ui::DayView>();
    m_view->setPractitioners(m_practitioners);
    m_view->setModel(m_model.get());
    m_view->resize(1100, m_view->sizeHint().height());
}

int TestDayView::columnOf(const QRectF &rect) const
{
    for (int c = 0; c < m_view->columnCount(); ++c) {
        const QRect col = m_view->columnRect(c);
        if (rect.left() >= col.left() && rect.right() <= col.right() + 1)
            return c;
    }
    return -1;
}

void TestDayView::blocksStayInsideOneColumnAndNeverOverlap_data()
{
    QTest::addColumn<QDate>("day");
    for (int d = -2; d <= 4; ++d) {
        const QDate day = kAnchor.addDays(d);
        QTest::newRow(qPrintable(day.toString(Qt::ISODate))) << day;
    }
}

void TestDayView::blocksStayInsideOneColumnAndNeverOverlap()
{
    QFETCH(QDate, day);
    QVERIFY(m_model->load(day, kNewYork).isOk());
    QCOMPARE(m_view->blockCount(), m_model->rowCount());
    for (int i = 0; i < m_view->blockCount(); ++i) {
        const QRectF a = m_view->blockRect(i);
        QVERIFY2(columnOf(a) >= 0, "a block spills out of its column");
        QVERIFY(a.top() >= m_view->yForMinute(m_view->firstHour() * 60));
        QVERIFY(a.bottom() <= m_view->yForMinute(m_view->lastHour() * 60));
        for (int j = i + 1; j < m_view->blockCount(); ++j)
            QVERIFY2(!a.intersects(m_view->blockRect(j)), "two blocks are drawn over each other");
    }
}

void TestDayView::cancelledBookingAndItsReplacementSitSideBySide()
{
    const QDate day = kAnchor.addDays(21);
    auto sample = m_store.store->appointments().between(QDateTime(kAnchor, QTime(0, 0), kNewYork).toUTC(),
                                                        QDateTime(kAnchor.addDays(1), QTime(0, 0), kNewYork).toUTC());
    QVERIFY(sample.isOk() && !sample->isEmpty());
    Appointment a = sample->first();
    a.id = EntityId();
    a.status = AppointmentStatus::Booked;
    a.start = QDateTime(day, QTime(10, 0), kNewYork).toUTC();
    a.end = QDateTime(day, QTime(11, 0), kNewYork).toUTC();
    auto first = m_store.store->appointments().create(test::adminActor(), a);
    QVERIFY(first.isOk());
    QVERIFY(m_store.store->appointments()
                .setStatus(test::adminActor(), first->id, AppointmentStatus::Cancelled, QStringLiteral("test"))
                .isOk());
    auto second = m_store.store->appointments().create(test::adminActor(), a);
    QVERIFY2(second.isOk(), "a cancelled booking frees its slot");

    QVERIFY(m_model->load(day, kNewYork).isOk());
    QCOMPARE(m_view->blockCount(), 2);
    const QRectF r0 = m_view->blockRect(0);
    const QRectF r1 = m_view->blockRect(1);
    QCOMPARE(r0.top(), r1.top());
    QCOMPARE(columnOf(r0), columnOf(r1));
    QVERIFY(!r0.intersects(r1));
    QVERIFY(r0.width() < m_view->columnRect(columnOf(r0)).width() / 2 + 1);
}

void TestDayView::workingHoursAreLightAndClosedTimeIsShaded()
{
    // A day far from any booking: only the grid is drawn.
    const QDate day = kAnchor.addDays(35);
    QVERIFY(m_model->load(day, kNewYork).isOk());
    QCOMPARE(m_view->blockCount(), 0);
    QImage image(m_view->size(), QImage::Format_RGB32);
    m_view->render(&image);
    int checked = 0;
    for (int c = 0; c < m_view->columnCount(); ++c) {
        const auto &spans = m_practitioners.at(c).workingHours.spansOn(day.dayOfWeek());
        if (spans.isEmpty())
            continue;
        const int x = m_view->columnRect(c).center().x();
        // Ten minutes into work (off the hour lines) is white.
        const QColor working = image.pixelColor(x, m_view->yForMinute(spans.first().startMinute + 10));
        QCOMPARE(working, QColor(Qt::white));
        // The early morning before anyone starts is not.
        if (spans.first().startMinute >= 8 * 60) {
            const QColor closed = image.pixelColor(x, m_view->yForMinute(7 * 60 + 10));
            QVERIFY(closed != QColor(Qt::white));
        }
        ++checked;
    }
    QVERIFY(checked > 0);
}

void TestDayView::blockPositionFollowsClinicTime()
{
    QVERIFY(m_model->load(kAnchor, kNewYork).isOk());
    QVERIFY(m_view->blockCount() > 0);
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QDateTime start = m_model->index(r).data(ui::AppointmentDayModel::StartRole).toDateTime();
        const QTime local = start.toTimeZone(kNewYork).time();
        const int y = m_view->yForMinute(local.hour() * 60 + local.minute());
        // Rows and blocks are in the same order (one column per practitioner).
        bool found = false;
        for (int i = 0; i < m_view->blockCount() && !found; ++i)
            found = qAbs(m_view->blockRect(i).top() - (y + 1)) < 0.5;
        QVERIFY2(found, qPrintable(local.toString()));
    }
}

void TestDayView::paintFullDay()
{
    QVERIFY(m_model->load(kAnchor, kNewYork).isOk());
    QImage image(m_view->size(), QImage::Format_RGB32);
    QBENCHMARK
    {
        m_view->render(&image);
    }
    // MSP_UI_DAYVIEW_PNG=/tmp/day.png keeps a settled day for a person to look at.
    if (const QString keep = qEnvironmentVariable("MSP_UI_DAYVIEW_PNG"); !keep.isEmpty())
        QVERIFY(image.save(keep, "PNG"));
}

QTEST_MAIN(TestDayView)
#include "tst_dayview.moc"
