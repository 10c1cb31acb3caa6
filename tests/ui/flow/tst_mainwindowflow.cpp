#include "admin/adminpage.h"
#include "admin/auditlogmodel.h"
#include "calendar/appointmentdaymodel.h"
#include "calendar/calendarpage.h"
#include "calendar/dayview.h"
#include "clients/clientform.h"
#include "clients/clientlistmodel.h"
#include "clients/clientspage.h"
#include "core/democlinic.h"
#include "login/logindialog.h"
#include "mainwindow.h"
#include "store/appointmentrepository.h"
#include "store/auditlog.h"
#include "store/clientrepository.h"
#include "store/clinicstore.h"
#include "store/outbox.h"
#include "store/userrepository.h"
#include "support/tempstore.h"

#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace msp;

namespace {
const QTimeZone kNewYork("America/New_York");
// Today, so the anchor day has booked, arrived and unconfirmed visits.
const QDate kAnchor = QDateTime::currentDateTimeUtc().toTimeZone(kNewYork).date();

int countActions(store::ClinicStore &store, const QString &action)
{
    const auto events = store.audit().recent(100000);
    int n = 0;
    if (events)
        for (const AuditEvent &e : *events)
            n += e.action == action ? 1 : 0;
    return n;
}
} // namespace

class TestMainWindowFlow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void loginRefusesAWrongPasswordInline();
    void loginRequiresAUserName();
    void calendarShowsTheRepositoryDay();
    void calendarNavigatesDays();
    void searchOpenEditAndSaveAClient();
    void invalidEmailIsShownBesideTheFieldAndNothingIsSaved();
    void newClientWithoutNameIsRefused();
    void unsavedEditsAreNotLostWhenSwitchingClients();
    void placeholdersSayComingLater_data();
    void placeholdersSayComingLater();
    void statusBarIsHonest();
    void aFinishedAreaReplacesItsPlaceholder();
    void adminStoresLanguageAndShowsAudit();
    void grabRendersOffscreen();
    void emptyStoreStillOpens();
    void cleanupTestCase();

private:
    ui::ClientsPage *openClientsPage();

    QTemporaryDir m_settingsDir;
    test::TempStore m_store;
    std::optional<User> m_user;
    ui::SessionInfo m_session {QStringLiteral("/tmp/clinic"), QStringLiteral("Encrypted · key in system keychain"),
                               QStringLiteral("test-device")};
    std::unique_ptr<ui::MainWindow> m_window;
};

void TestMainWindowFlow::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("MedSpaSyncTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindowflow"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
    QVERIFY(m_store.isOpen());
    app::DemoOptions options;
    options.clients = 50;
    options.weeks = 1;
    options.anchor = kAnchor;
    const auto seeded = app::seedDemoClinic(*m_store.store, options);
    QVERIFY2(seeded.isOk(), qPrintable(seeded.isOk() ? QString() : seeded.error().message));
}

void TestMainWindowFlow::loginRefusesAWrongPasswordInline()
{
    ui::LoginDialog dialog(m_store.store->users(), m_session.deviceId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *username = dialog.findChild<QLineEdit *>(QStringLiteral("username"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
    auto *signIn = dialog.findChild<QPushButton *>(QStringLiteral("signIn"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
    QVERIFY(username && password && signIn && error);
    QVERIFY(!error->isVisible());

    QTest::keyClicks(username, QStringLiteral("admin"));
    QTest::keyClicks(password, QStringLiteral("not-the-password"));
    QTest::mouseClick(signIn, Qt::LeftButton);
    QVERIFY(error->isVisible());
    QVERIFY(error->text().contains(QStringLiteral("not right")));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY(!dialog.user());
    QVERIFY(password->text().isEmpty());

    // Typing again clears the old verdict; the right password gets in.
    QTest::keyClicks(password, QStringLiteral("demo-admin"));
    QVERIFY(!error->isVisible());
    QTest::keyClick(password, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.user());
    QCOMPARE(dialog.user()->username, QStringLiteral("admin"));
    QCOMPARE(dialog.user()->role, Role::Admin);
    m_user = dialog.user();
    QCOMPARE(countActions(*m_store.store, QStringLiteral("session.sign_in_failed")), 1);
}

void TestMainWindowFlow::loginRequiresAUserName()
{
    ui::LoginDialog dialog(m_store.store->users(), m_session.deviceId);
    dialog.show();
    auto *signIn = dialog.findChild<QPushButton *>(QStringLiteral("signIn"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
    QTest::mouseClick(signIn, Qt::LeftButton);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("Enter your user name."));
    QVERIFY(dialog.isVisible());
}

void TestMainWindowFlow::calendarShowsTheRepositoryDay()
{
    QVERIFY(m_user);
    m_window = std::make_unique<ui::MainWindow>(*m_store.store, *m_user, m_session);
    m_window->resize(1440, 900);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->currentPage(), ui::MainWindow::CalendarPageIndex);

    auto *calendar = m_window->calendarPage();
    calendar->setDate(kAnchor);
    const auto expected
        = m_store.store->appointments().between(QDateTime(kAnchor, QTime(0, 0), kNewYork).toUTC(),
                                                QDateTime(kAnchor.addDays(1), QTime(0, 0), kNewYork).toUTC());
    QVERIFY(expected.isOk());
    QCOMPARE(calendar->model()->rowCount(), int(expected->size()));
    // Every demo practitioner is active, so every booking is a block.
    QCOMPARE(calendar->view()->blockCount(), int(expected->size()));
    QCOMPARE(calendar->view()->columnCount(), 6);
    for (int i = 0; i < calendar->view()->blockCount(); ++i) {
        const QRectF r = calendar->view()->blockRect(i);
        QVERIFY(r.width() > 20);
        QVERIFY(r.height() >= 14);
        QVERIFY(calendar->view()->rect().contains(r.toRect().topLeft()));
    }
    auto *dateLabel = calendar->findChild<QLabel *>(QStringLiteral("dateLabel"));
    QVERIFY(dateLabel->text().contains(QString::number(kAnchor.year())));
}

void TestMainWindowFlow::calendarNavigatesDays()
{
    auto *calendar = m_window->calendarPage();
    calendar->setDate(kAnchor);
    QTest::mouseClick(calendar->findChild<QPushButton *>(QStringLiteral("nextDay")), Qt::LeftButton);
    QCOMPARE(calendar->date(), kAnchor.addDays(1));
    QCOMPARE(calendar->model()->day(), kAnchor.addDays(1));
    QTest::mouseClick(calendar->findChild<QPushButton *>(QStringLiteral("previousDay")), Qt::LeftButton);
    QTest::mouseClick(calendar->findChild<QPushButton *>(QStringLiteral("previousDay")), Qt::LeftButton);
    QCOMPARE(calendar->date(), kAnchor.addDays(-1));
    QTest::mouseClick(calendar->findChild<QPushButton *>(QStringLiteral("today")), Qt::LeftButton);
    QCOMPARE(calendar->date(), calendar->today());
}

ui::ClientsPage *TestMainWindowFlow::openClientsPage()
{
    m_window->showPage(ui::MainWindow::ClientsPageIndex);
    return m_window->clientsPage();
}

void TestMainWindowFlow::searchOpenEditAndSaveAClient()
{
    auto *page = openClientsPage();
    QVERIFY(page->isVisible());
    QVERIFY(page->model()->rowCount() > 0);
    const auto all = m_store.store->clients().search(u"", 1000);
    QVERIFY(all.isOk() && !all->isEmpty());
    const store::ClientSummary known = all->at(all->size() / 2);

    // Search by the whole display name: the client is among the results.
    QTest::keyClicks(page->searchBox(), known.displayName);
    const int row = page->model()->rowOf(known.id);
    QVERIFY(row >= 0);
    QVERIFY(page->model()->rowCount() <= int(all->size()));

    const int viewsBefore = countActions(*m_store.store, QStringLiteral("client.view"));
    page->table()->setCurrentIndex(page->model()->index(row, 0));
    QCOMPARE(page->form()->clientId(), known.id);
    QCOMPARE(countActions(*m_store.store, QStringLiteral("client.view")), viewsBefore + 1);

    auto *form = page->form();
    auto *phone = form->findChild<QLineEdit *>(QStringLiteral("phone"));
    QVERIFY(phone);
    phone->selectAll();
    QTest::keyClicks(phone, QStringLiteral("(212) 555-0142"));
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
    QVERIFY(form->findChild<QLabel *>(QStringLiteral("formStatus"))->text().contains(QStringLiteral("saved")));
    QCOMPARE(form->errorFor(QStringLiteral("phone")), QString());

    const auto reopened = m_store.store->clients().open(test::adminActor(), known.id);
    QVERIFY(reopened.isOk());
    QCOMPARE(reopened->phone.e164(), QStringLiteral("+12125550142"));
    // Saving kept the client selected without opening (auditing) it again.
    QCOMPARE(page->table()->currentIndex().row(), page->model()->rowOf(known.id));
}

void TestMainWindowFlow::invalidEmailIsShownBesideTheFieldAndNothingIsSaved()
{
    auto *page = openClientsPage();
    auto *form = page->form();
    QVERIFY(!form->isNew());
    const EntityId id = form->clientId();
    const auto before = m_store.store->clients().open(test::adminActor(), id);
    QVERIFY(before.isOk());
    const int updatesBefore = countActions(*m_store.store, QStringLiteral("client.update"));

    auto *email = form->findChild<QLineEdit *>(QStringLiteral("email"));
    email->selectAll();
    QTest::keyClicks(email, QStringLiteral("not-an-address"));
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);

    auto *error = form->findChild<QLabel *>(QStringLiteral("error_email"));
    QVERIFY(error);
    QVERIFY(error->isVisible());
    QVERIFY(!error->text().isEmpty());
    QCOMPARE(form->errorFor(QStringLiteral("email")), error->text());
    // Directly under its own field, not somewhere else on the form.
    QCOMPARE(error->parentWidget(), email->parentWidget());
    QVERIFY(error->geometry().top() >= email->geometry().bottom());
    QVERIFY(error->geometry().top() - email->geometry().bottom() < 24);
    QVERIFY(email->property("invalid").toBool());
    QVERIFY(!form->findChild<QLabel *>(QStringLiteral("error_phone"))->isVisible());

    const auto after = m_store.store->clients().open(test::adminActor(), id);
    QVERIFY(after.isOk());
    QCOMPARE(after->email, before->email);
    QCOMPARE(countActions(*m_store.store, QStringLiteral("client.update")), updatesBefore);

    // Fixing it clears the message.
    email->selectAll();
    QTest::keyClicks(email, QStringLiteral("fixed@example.com"));
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
    QVERIFY(!error->isVisible());
    QVERIFY(!email->property("invalid").toBool());
    QCOMPARE(m_store.store->clients().open(test::adminActor(), id)->email.value(), QStringLiteral("fixed@example.com"));
}

void TestMainWindowFlow::newClientWithoutNameIsRefused()
{
    auto *page = openClientsPage();
    const qint64 clientsBefore = m_store.store->clients().count().valueOr(-1);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("newClient")), Qt::LeftButton);
    auto *form = page->form();
    QVERIFY(form->isNew());
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
    // The name rules report the first missing part; the phone rule asks for a
    // way to reach the client.
    for (const char *field : {"givenName", "phone"}) {
        auto *label = form->findChild<QLabel *>(QStringLiteral("error_") + QLatin1StringView(field));
        QVERIFY2(label && label->isVisible(), field);
    }
    QCOMPARE(m_store.store->clients().count().valueOr(-1), clientsBefore);

    // Filled in, it is created and appears in the list.
    // keyClicks types ASCII only; an accented name goes in as text.
    form->findChild<QLineEdit *>(QStringLiteral("givenName"))->insert(QStringLiteral("Zoë"));
    QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("familyName")), QStringLiteral("Quintero"));
    QTest::keyClicks(form->findChild<QLineEdit *>(QStringLiteral("email")), QStringLiteral("zoe@example.com"));
    QTest::mouseClick(form->findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
    QVERIFY(!form->isNew());
    QCOMPARE(m_store.store->clients().count().valueOr(-1), clientsBefore + 1);
    page->searchBox()->clear();
    QTest::keyClicks(page->searchBox(), QStringLiteral("quintero"));
    QCOMPARE(page->model()->rowCount(), 1);
    QCOMPARE(page->model()->idAt(0), form->clientId());
}

void TestMainWindowFlow::unsavedEditsAreNotLostWhenSwitchingClients()
{
    auto *page = openClientsPage();
    page->searchBox()->clear();
    QVERIFY(page->model()->rowCount() > 2);
    page->table()->setCurrentIndex(page->model()->index(0, 0));
    const EntityId first = page->form()->clientId();
    QCOMPARE(first, page->model()->idAt(0));
    auto *alerts = page->form()->findChild<QLineEdit *>(QStringLiteral("alerts"));
    alerts->setText(QStringLiteral("Needle-phobic"));
    QVERIFY(page->form()->isDirty());

    const auto answer = [](QMessageBox::StandardButton button) {
        QTimer::singleShot(0, [button] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            QVERIFY(box);
            QCOMPARE(box->objectName(), QStringLiteral("unsavedChanges"));
            box->button(button)->click();
        });
    };

    // Cancel: stay on the edited client, edit intact, nothing saved.
    answer(QMessageBox::Cancel);
    page->table()->setCurrentIndex(page->model()->index(1, 0));
    QCOMPARE(page->form()->clientId(), first);
    QCOMPARE(alerts->text(), QStringLiteral("Needle-phobic"));
    QCOMPARE(page->table()->selectionModel()->selectedRows().value(0).row(), 0);
    QVERIFY(m_store.store->clients().open(test::adminActor(), first)->alerts.isEmpty());

    // Save: written, then the other client opens.
    answer(QMessageBox::Save);
    page->table()->setCurrentIndex(page->model()->index(1, 0));
    QCOMPARE(page->form()->clientId(), page->model()->idAt(1));
    QCOMPARE(m_store.store->clients().open(test::adminActor(), first)->alerts, QStringLiteral("Needle-phobic"));

    // Discard: the edit is dropped.
    alerts->setText(QStringLiteral("Dropped"));
    answer(QMessageBox::Discard);
    QTest::mouseClick(page->findChild<QPushButton *>(QStringLiteral("newClient")), Qt::LeftButton);
    QVERIFY(page->form()->isNew());
    QVERIFY(!page->form()->isDirty());
    QVERIFY(m_store.store->clients().open(test::adminActor(), page->model()->idAt(1))->alerts.isEmpty());
}

void TestMainWindowFlow::placeholdersSayComingLater_data()
{
    QTest::addColumn<int>("page");
    QTest::newRow("checkout") << int(ui::MainWindow::CheckoutPageIndex);
    QTest::newRow("sync") << int(ui::MainWindow::SyncPageIndex);
}

void TestMainWindowFlow::placeholdersSayComingLater()
{
    QFETCH(int, page);
    m_window->showPage(ui::MainWindow::Page(page));
    auto *pages = m_window->findChild<QStackedWidget *>(QStringLiteral("pages"));
    auto *label = pages->currentWidget()->findChild<QLabel *>(QStringLiteral("comingLater"));
    QVERIFY(label);
    QVERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("Coming in a later release"));
}

void TestMainWindowFlow::aFinishedAreaReplacesItsPlaceholder()
{
    ui::MainWindow window(*m_store.store, *m_user, m_session);
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pages"));
    const int count = pages->count();
    auto *real = new QLabel(QStringLiteral("real sync page"));
    window.replacePage(ui::MainWindow::SyncPageIndex, real);
    QCOMPARE(pages->count(), count);
    QCOMPARE(pages->widget(ui::MainWindow::SyncPageIndex), real);
    window.showPage(ui::MainWindow::SyncPageIndex);
    QCOMPARE(pages->currentWidget(), real);
    QCOMPARE(window.currentPage(), ui::MainWindow::SyncPageIndex);
    // The calendar is wired to the clients page; it cannot be swapped out.
    auto *other = new QLabel;
    window.replacePage(ui::MainWindow::CalendarPageIndex, other);
    QCOMPARE(pages->widget(ui::MainWindow::CalendarPageIndex), window.calendarPage());
    delete other;
}

void TestMainWindowFlow::statusBarIsHonest()
{
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("syncStatus"))->text(),
             QStringLiteral("● Offline — no sync server configured"));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("protectionStatus"))->text(),
             m_session.protectionDescription);
    const QString who = m_window->findChild<QLabel *>(QStringLiteral("userStatus"))->text();
    QVERIFY(who.contains(m_user->displayName));
    QVERIFY(who.contains(roleDisplayName(Role::Admin)));
}

void TestMainWindowFlow::adminStoresLanguageAndShowsAudit()
{
    m_window->showPage(ui::MainWindow::AdminPageIndex);
    auto *admin = m_window->adminPage();
    QVERIFY(admin->isVisible());
    QVERIFY(admin->auditModel());
    QVERIFY(admin->auditModel()->rowCount() > 0);
    QCOMPARE(admin->auditModel()->rowCount(), 200);
    // Newest first, as the audit log itself answers.
    const auto newest = m_store.store->audit().recent(1);
    QVERIFY(newest.isOk() && newest->size() == 1);
    QCOMPARE(admin->auditModel()->index(0, ui::AuditLogModel::ActionColumn).data().toString(),
             ui::AuditLogModel::actionText(newest->first().action));
    QVERIFY(admin->auditModel()
                ->index(0, ui::AuditLogModel::RecordColumn)
                .data()
                .toString()
                .endsWith(newest->first().entityId.toString().right(8)));

    auto *language = admin->findChild<QComboBox *>(QStringLiteral("language"));
    QVERIFY(language);
    QCOMPARE(language->currentData().toString(), QStringLiteral("en"));
    language->setCurrentIndex(language->findData(QStringLiteral("es")));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("es"));
    QVERIFY(admin->findChild<QLabel *>(QStringLiteral("languageNote"))->text().contains(QStringLiteral("next time")));
    language->setCurrentIndex(language->findData(QStringLiteral("en")));
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
}

void TestMainWindowFlow::grabRendersOffscreen()
{
    m_window->showPage(ui::MainWindow::CalendarPageIndex);
    m_window->calendarPage()->setDate(kAnchor);
    const QPixmap shot = m_window->grab();
    QVERIFY(!shot.isNull());
    QCOMPARE(shot.size(), m_window->size() * shot.devicePixelRatio());
    QTemporaryDir dir;
    QVERIFY(shot.save(dir.filePath(QStringLiteral("window.png")), "PNG"));
    // Not a blank image: the sidebar is dark and the grid light.
    const QImage image = shot.toImage();
    QVERIFY(image.pixelColor(20, image.height() / 2).lightness() < 100);
    QVERIFY(image.pixelColor(image.width() - 40, image.height() / 2).lightness() > 150);
    // MSP_UI_SCREENSHOT=/tmp/x.png keeps the calendar and, beside it, the
    // other pages (x-clients.png ...) for a person to look at.
    const QString keep = qEnvironmentVariable("MSP_UI_SCREENSHOT");
    if (!keep.isEmpty()) {
        QVERIFY(shot.save(keep, "PNG"));
        const QString stem = keep.chopped(4);
        for (const auto &[page, name] : {std::pair {ui::MainWindow::ClientsPageIndex, "clients"},
                                         std::pair {ui::MainWindow::CheckoutPageIndex, "checkout"},
                                         std::pair {ui::MainWindow::AdminPageIndex, "admin"}}) {
            m_window->showPage(page);
            QApplication::processEvents(); // pending layout requests, as the app's --screenshot does
            QVERIFY(m_window->grab().save(stem + u'-' + QLatin1StringView(name) + u".png", "PNG"));
        }
        ui::LoginDialog login(m_store.store->users(), m_session.deviceId);
        login.show();
        QVERIFY(login.grab().save(stem + QStringLiteral("-login.png"), "PNG"));
    }
}

void TestMainWindowFlow::emptyStoreStillOpens()
{
    // A store with no clinic, practitioners or clients yet (before a first
    // sync): every page must still open and say what is missing.
    test::TempStore empty;
    QVERIFY(empty.isOpen());
    User user;
    user.id = EntityId::generate();
    user.username = QStringLiteral("frontdesk");
    user.role = Role::FrontDesk;
    ui::MainWindow window(*empty.store, user, m_session);
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.calendarPage()->model()->rowCount(), 0);
    QCOMPARE(window.calendarPage()->view()->columnCount(), 0);
    QVERIFY(window.calendarPage()->findChild<QLabel *>(QStringLiteral("calendarEmpty"))->isVisible());
    for (auto page :
         {ui::MainWindow::ClientsPageIndex, ui::MainWindow::AdminPageIndex, ui::MainWindow::CalendarPageIndex}) {
        window.showPage(page);
        QVERIFY(!window.grab().isNull());
    }
    QCOMPARE(window.clientsPage()->model()->rowCount(), 0);
    // A front-desk user does not see the audit log.
    QVERIFY(!window.adminPage()->auditModel());
    QVERIFY(window.adminPage()->findChild<QLabel *>(QStringLiteral("auditRefused")));
}

void TestMainWindowFlow::cleanupTestCase()
{
    m_window.reset();
}

QTEST_MAIN(TestMainWindowFlow)
#include "tst_mainwindowflow.moc"
