// The booking dialog over a real encrypted demo store: search-as-you-type,
// a new client checked against likely duplicates, the rules' refusal with
// free slots to pick from, "next 5 free slots", and the booking itself.
#include "calendar/bookingdialog.h"
#include "calendar/clientsearchmodel.h"
#include "calendarfixture.h"
#include "store/appointmentrepository.h"
#include "store/clientrepository.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QListWidget>
#include <QPushButton>
#include <QTest>

using namespace msp;
using test::CalendarFixture;

class TestCalendarBooking : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void clientSearchModelFollowsTyping_data();
    void clientSearchModelFollowsTyping();
    void bookThroughTheDialog();
    void takenSlotIsRefusedWithReasonAndFreeSlotsToPick();
    void nextFiveFreeSlots();
    void newClientThatLooksLikeAnExistingOneIsNotCreatedTwice();
    void newClientWithNoLookalikeIsCreatedAndChosen();

private:
    std::unique_ptr<ui::BookingDialog> dialogAt(const QDateTime &start, const EntityId &practitioner = {});
    store::ClientSummary someClient();
    QList<Appointment> appointmentsOn(QDate day);

    CalendarFixture m_fx;
};

void TestCalendarBooking::initTestCase()
{
    QVERIFY(m_fx.seed());
}

std::unique_ptr<ui::BookingDialog> TestCalendarBooking::dialogAt(const QDateTime &start, const EntityId &practitioner)
{
    ui::BookingDefaults defaults;
    defaults.start = start;
    defaults.practitionerId = practitioner;
    auto dialog
        = std::make_unique<ui::BookingDialog>(*m_fx.store.store, test::adminActor(), CalendarFixture::zone(), defaults);
    auto *service = dialog->findChild<QComboBox *>(QStringLiteral("service"));
    service->setCurrentIndex(service->findData(m_fx.service.id.toString()));
    dialog->show();
    return dialog;
}

store::ClientSummary TestCalendarBooking::someClient()
{
    auto clients = m_fx.store.store->clients().search(u"", 5);
    return clients && clients->size() > 2 ? clients->at(2) : store::ClientSummary {};
}

QList<Appointment> TestCalendarBooking::appointmentsOn(QDate day)
{
    auto found = m_fx.store.store->appointments().between(m_fx.at(day, 0), m_fx.at(day.addDays(1), 0));
    return found ? *found : QList<Appointment> {};
}

void TestCalendarBooking::clientSearchModelFollowsTyping_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("expectRows");
    const store::ClientSummary c = someClient();
    QTest::newRow("family name") << c.displayName.section(u' ', -1) << true;
    QTest::newRow("lower-case given name") << c.displayName.section(u' ', 0, 0).toLower() << true;
    QTest::newRow("nobody") << QStringLiteral("Zzyzxqq") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestCalendarBooking::clientSearchModelFollowsTyping()
{
    QFETCH(QString, typed);
    QFETCH(bool, expectRows);
    ui::ClientSearchModel model(*m_fx.store.store);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(model.search(QStringLiteral("a")).isOk());
    QVERIFY(model.search(typed).isOk());
    QCOMPARE(model.rowCount() > 0, expectRows);
    for (int r = 0; r < model.rowCount(); ++r)
        QVERIFY(!model.index(r).data(ui::ClientSearchModel::IdRole).toString().isEmpty());
}

void TestCalendarBooking::bookThroughTheDialog()
{
    const QDate day = CalendarFixture::kQuiet.addDays(7);
    const QDateTime start = m_fx.at(day, 10, 30);
    auto dialog = dialogAt(start, m_fx.practitioner.id);
    const store::ClientSummary client = someClient();

    auto *search = dialog->findChild<QLineEdit *>(QStringLiteral("clientSearch"));
    QTest::keyClicks(search, client.displayName.section(u' ', -1));
    auto *results = dialog->findChild<QListView *>(QStringLiteral("clientResults"));
    QVERIFY(results->model()->rowCount() > 0);
    int row = -1;
    for (int r = 0; r < results->model()->rowCount(); ++r)
        if (results->model()->index(r, 0).data(ui::ClientSearchModel::IdRole).toString() == client.id.toString())
            row = r;
    QVERIFY(row >= 0);
    QTest::mouseClick(results->viewport(), Qt::LeftButton, {},
                      results->visualRect(results->model()->index(row, 0)).center());
    QCOMPARE(dialog->clientId(), client.id);

    auto *verdict = dialog->findChild<QLabel *>(QStringLiteral("verdict"));
    QVERIFY2(verdict->text().contains(m_fx.practitioner.displayName), qPrintable(verdict->text()));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("book")), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    const QList<Appointment> onDay = appointmentsOn(day);
    QCOMPARE(onDay.size(), 1);
    QCOMPARE(onDay.first().clientId, client.id);
    QCOMPARE(onDay.first().practitionerId, m_fx.practitioner.id);
    QCOMPARE(onDay.first().serviceId, m_fx.service.id);
    QCOMPARE(onDay.first().start, start);
    QCOMPARE(dialog->booked().id, onDay.first().id);
}

void TestCalendarBooking::takenSlotIsRefusedWithReasonAndFreeSlotsToPick()
{
    const QDate day = CalendarFixture::kQuiet.addDays(14);
    const Appointment taken = m_fx.book(m_fx.at(day, 11));
    QVERIFY(!taken.id.isNull());

    auto dialog = dialogAt(m_fx.at(day, 11), m_fx.practitioner.id);
    dialog->setClient(someClient());
    auto *verdict = dialog->findChild<QLabel *>(QStringLiteral("verdict"));
    QVERIFY2(!verdict->text().isEmpty(), "a refusal says why");
    QCOMPARE(verdict->property("role").toString(), QStringLiteral("banner-error"));
    auto *slots = dialog->findChild<QListWidget *>(QStringLiteral("slots"));
    QVERIFY(!slots->isHidden());
    QVERIFY(slots->count() > 0);

    // Booking anyway is refused by the service too and nothing is written.
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("book")), Qt::LeftButton);
    QVERIFY(dialog->isVisible());
    QCOMPARE(appointmentsOn(day).size(), 1);

    // Picking the first suggestion makes the booking possible.
    QTest::mouseClick(slots->viewport(), Qt::LeftButton, {}, slots->visualItemRect(slots->item(0)).center());
    QCOMPARE(verdict->property("role").toString(), QStringLiteral("banner-ok"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("book")), Qt::LeftButton);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(dialog->booked().start != taken.start || dialog->booked().practitionerId != taken.practitionerId);
}

void TestCalendarBooking::nextFiveFreeSlots()
{
    const QDate day = CalendarFixture::kQuiet.addDays(21);
    auto dialog = dialogAt(m_fx.at(day, 9), m_fx.practitioner.id);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("nextFreeSlots")), Qt::LeftButton);
    auto *slots = dialog->findChild<QListWidget *>(QStringLiteral("slots"));
    QCOMPARE(slots->count(), 5);
    for (int i = 0; i < slots->count(); ++i)
        QVERIFY(slots->item(i)->text().contains(m_fx.practitioner.displayName));
}

void TestCalendarBooking::newClientThatLooksLikeAnExistingOneIsNotCreatedTwice()
{
    const store::ClientSummary existing = someClient();
    const qint64 before = *m_fx.store.store->clients().count();
    auto dialog = dialogAt(m_fx.at(CalendarFixture::kQuiet, 9));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("clientSearch")), existing.legalName);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("newClientButton")), Qt::LeftButton);
    QCOMPARE(dialog->findChild<QLineEdit *>(QStringLiteral("newGivenName"))->text(),
             existing.legalName.section(u' ', 0, 0));
    // A different e-mail: only the name is the same.
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("newEmail")),
                     QStringLiteral("someone.new@example.org"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createClient")), Qt::LeftButton);

    QVERIFY(!dialog->findChild<QWidget *>(QStringLiteral("duplicatesBox"))->isHidden());
    auto *candidates = dialog->findChild<QListView *>(QStringLiteral("duplicateCandidates"));
    QAbstractItemModelTester tester(candidates->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    bool listed = false;
    for (int r = 0; r < candidates->model()->rowCount(); ++r)
        listed = listed
            || candidates->model()->index(r, 0).data(ui::ClientSearchModel::IdRole).toString()
                == existing.id.toString();
    QVERIFY2(listed, "the existing client is offered");
    QCOMPARE(*m_fx.store.store->clients().count(), before);

    for (int r = 0; r < candidates->model()->rowCount(); ++r)
        if (candidates->model()->index(r, 0).data(ui::ClientSearchModel::IdRole).toString() == existing.id.toString())
            candidates->setCurrentIndex(candidates->model()->index(r, 0));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("useExisting")), Qt::LeftButton);
    QCOMPARE(dialog->clientId(), existing.id);
    QCOMPARE(*m_fx.store.store->clients().count(), before);
}

void TestCalendarBooking::newClientWithNoLookalikeIsCreatedAndChosen()
{
    const qint64 before = *m_fx.store.store->clients().count();
    auto dialog = dialogAt(m_fx.at(CalendarFixture::kQuiet, 9));
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("clientSearch")),
                     QStringLiteral("Quillon Brackenridge"));
    QCOMPARE(dialog->clientResults()->rowCount(), 0);
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("newClientButton")), Qt::LeftButton);
    QTest::keyClicks(dialog->findChild<QLineEdit *>(QStringLiteral("newPhone")), QStringLiteral("(646) 918-2730"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("createClient")), Qt::LeftButton);
    QCOMPARE(*m_fx.store.store->clients().count(), before + 1);
    QVERIFY(!dialog->clientId().isNull());
    auto found = m_fx.store.store->clients().search(u"Brackenridge");
    QVERIFY(found.isOk());
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().id, dialog->clientId());
}

QTEST_MAIN(TestCalendarBooking)
#include "tst_calendarbooking.moc"
