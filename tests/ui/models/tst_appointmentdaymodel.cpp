#include "calendar/appointmentdaymodel.h"
#include "core/democlinic.h"
#include "store/appointmentrepository.h"
#include "store/clinicrepository.h"
#include "store/practitionerrepository.h"
#include "support/tempstore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace msp;

namespace {
// A Wednesday well in the past: every demo visit of that week is settled.
const QDate kAnchor(2026, 6, 10);
const QTimeZone kNewYork("America/New_York");

QList<Appointment> repositoryDay(store::ClinicStore &store, QDate day)
{
    const auto found = store.appointments().between(QDateTime(day, QTime(0, 0), kNewYork).toUTC(),
                                                    QDateTime(day.addDays(1), QTime(0, 0), kNewYork).toUTC());
    return found ? *found : QList<Appointment>();
}
} // namespace

class TestAppointmentDayModel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void rowsAreTheRepositoryDay_data();
    void rowsAreTheRepositoryDay();
    void rolesDescribeEachAppointment();
    void loadResetsTheModel();
    void lateEveningBelongsToTheLocalDay();

private:
    test::TempStore m_store;
};

void TestAppointmentDayModel::initTestCase()
{
    QVERIFY(m_store.isOpen());
    app::DemoOptions options;
    options.clients = 50;
    options.weeks = 1;
    options.anchor = kAnchor;
    const auto seeded = app::seedDemoClinic(*m_store.store, options);
    QVERIFY2(seeded.isOk(), qPrintable(seeded.isOk() ? QString() : seeded.error().message));
}

void TestAppointmentDayModel::rowsAreTheRepositoryDay_data()
{
    QTest::addColumn<QDate>("day");
    QTest::newRow("monday") << kAnchor.addDays(-2);
    QTest::newRow("anchor wednesday") << kAnchor;
    QTest::newRow("saturday") << kAnchor.addDays(3);
    QTest::newRow("a day without bookings") << kAnchor.addDays(30);
}

void TestAppointmentDayModel::rowsAreTheRepositoryDay()
{
    QFETCH(QDate, day);
    ui::AppointmentDayModel model(*m_store.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.load(day, kNewYork).isOk());
    const QList<Appointment> expected = repositoryDay(*m_store.store, day);
    QCOMPARE(model.rowCount(), int(expected.size()));
    for (int r = 0; r < model.rowCount(); ++r)
        QCOMPARE(model.index(r).data(ui::AppointmentDayModel::IdRole).toString(), expected.at(r).id.toString());
    QCOMPARE(model.day(), day);
}

void TestAppointmentDayModel::rolesDescribeEachAppointment()
{
    ui::AppointmentDayModel model(*m_store.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.load(kAnchor, kNewYork).isOk());
    QVERIFY2(model.rowCount() > 5, "the demo clinic books every weekday");
    const auto practitioners = m_store.store->practitioners().all();
    QVERIFY(practitioners.isOk());
    QStringList practitionerIds;
    for (const Practitioner &p : *practitioners)
        practitionerIds << p.id.toString();
    for (int r = 0; r < model.rowCount(); ++r) {
        const QModelIndex i = model.index(r);
        const QDateTime start = i.data(ui::AppointmentDayModel::StartRole).toDateTime();
        const QDateTime end = i.data(ui::AppointmentDayModel::EndRole).toDateTime();
        QVERIFY(start < end);
        QCOMPARE(start.toTimeZone(kNewYork).date(), kAnchor);
        QVERIFY(practitionerIds.contains(i.data(ui::AppointmentDayModel::PractitionerIdRole).toString()));
        const QString client = i.data(ui::AppointmentDayModel::ClientNameRole).toString();
        QVERIFY(!client.isEmpty());
        QVERIFY(client != QStringLiteral("Unknown client"));
        QVERIFY(!i.data(ui::AppointmentDayModel::ServiceNameRole).toString().isEmpty());
        QVERIFY(i.data(ui::AppointmentDayModel::ColorRole).value<QColor>().isValid());
        const auto status = AppointmentStatus(i.data(ui::AppointmentDayModel::StatusRole).toInt());
        // A past week: visits were completed or missed.
        QVERIFY(status == AppointmentStatus::Fulfilled || status == AppointmentStatus::NoShow);
        QCOMPARE(i.data(ui::AppointmentDayModel::StatusTextRole).toString(), statusDisplayName(status));
        QCOMPARE(i.data(ui::AppointmentDayModel::SyncStateRole).toInt(), int(SyncState::Local));
        QVERIFY(i.data(Qt::DisplayRole).toString().contains(client));
    }
    const auto roles = model.roleNames();
    QCOMPARE(roles.value(ui::AppointmentDayModel::ClientNameRole), QByteArray("clientName"));
    QCOMPARE(roles.value(ui::AppointmentDayModel::SyncStateRole), QByteArray("syncState"));
}

void TestAppointmentDayModel::loadResetsTheModel()
{
    ui::AppointmentDayModel model(*m_store.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
    QVERIFY(model.load(kAnchor, kNewYork).isOk());
    QVERIFY(model.load(kAnchor.addDays(1), kNewYork).isOk());
    QCOMPARE(reset.count(), 2);
    QCOMPARE(model.rowCount(), int(repositoryDay(*m_store.store, kAnchor.addDays(1)).size()));
}

void TestAppointmentDayModel::lateEveningBelongsToTheLocalDay()
{
    // 23:30 in New York is 03:30 UTC the next day: it is still that evening's
    // appointment on the clinic's calendar.
    const QDate day = kAnchor.addDays(14);
    const QList<Appointment> sample = repositoryDay(*m_store.store, kAnchor);
    QVERIFY(!sample.isEmpty());
    Appointment late = sample.first();
    late.id = EntityId();
    late.status = AppointmentStatus::Booked;
    late.start = QDateTime(day, QTime(23, 30), kNewYork).toUTC();
    late.end = QDateTime(day, QTime(23, 55), kNewYork).toUTC();
    const auto booked = m_store.store->appointments().create(test::adminActor(), late);
    QVERIFY2(booked.isOk(), qPrintable(booked.isOk() ? QString() : booked.error().message));

    ui::AppointmentDayModel model(*m_store.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.load(day, kNewYork).isOk());
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0).data(ui::AppointmentDayModel::IdRole).toString(), booked->id.toString());
    QVERIFY(model.load(day.addDays(1), kNewYork).isOk());
    QCOMPARE(model.rowCount(), 0);
}

QTEST_MAIN(TestAppointmentDayModel)
#include "tst_appointmentdaymodel.moc"
