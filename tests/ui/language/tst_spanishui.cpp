#include "calendar/calendarpage.h"
#include "checkout/checkoutpage.h"
#include "clients/clientform.h"
#include "clients/clientlistmodel.h"
#include "clients/clientspage.h"
#include "core/democlinic.h"
#include "core/language.h"
#include "domain/role.h"
#include "login/logindialog.h"
#include "mainwindow.h"
#include "store/clientrepository.h"
#include "store/clinicstore.h"
#include "support/tempstore.h"

#include <QAbstractButton>
#include <QApplication>
#include <QFile>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <memory>
#include <optional>
#include <utility>

using namespace msp;

namespace {

// English source -> Spanish translation, for every finished message whose
// translation differs from its source ("Total" and "MedSpaSync Pro" stay).
QHash<QString, QString> translatedSources()
{
    QHash<QString, QString> out;
    QFile file(QStringLiteral(MEDSPASYNC_TS_FILE));
    if (!file.open(QIODevice::ReadOnly))
        return out;
    QXmlStreamReader xml(&file);
    QString source;
    bool numerus = false;
    while (!xml.atEnd()) {
        if (!xml.readNextStartElement())
            continue;
        if (xml.name() == u"message") {
            numerus = xml.attributes().value(QLatin1StringView("numerus")) == u"yes";
        } else if (xml.name() == u"source") {
            source = xml.readElementText();
        } else if (xml.name() == u"translation" && !numerus) {
            const bool unfinished = xml.attributes().value(QLatin1StringView("type")) == u"unfinished";
            const QString translation = xml.readElementText();
            if (!unfinished && !translation.isEmpty() && translation != source)
                out.insert(source, translation);
        }
    }
    return out;
}

// Every text a person can read in `root` right now.
QStringList visibleTexts(QWidget *root)
{
    QStringList texts {root->windowTitle()};
    for (auto *label : root->findChildren<QLabel *>())
        if (label->isVisibleTo(root))
            texts << label->text();
    for (auto *button : root->findChildren<QAbstractButton *>())
        if (button->isVisibleTo(root))
            texts << button->text() << button->toolTip();
    for (auto *edit : root->findChildren<QLineEdit *>())
        if (edit->isVisibleTo(root))
            texts << edit->placeholderText();
    for (auto *list : root->findChildren<QListWidget *>())
        if (list->isVisibleTo(root))
            for (int i = 0; i < list->count(); ++i)
                texts << list->item(i)->text();
    for (auto *table : root->findChildren<QTableView *>())
        if (table->isVisibleTo(root) && table->model())
            for (int c = 0; c < table->model()->columnCount(); ++c)
                texts << table->model()->headerData(c, Qt::Horizontal).toString();
    texts.removeAll(QString());
    return texts;
}

} // namespace

class TestSpanishUi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void unknownLanguageIsRefused();
    void signInSpeaksSpanish();
    void sidebarIsSpanish();
    void buttonsAndStatusBarAreSpanish();
    void clientFormValidationIsSpanish();
    void storeErrorIsSpanish();
    void helperContextsFindTheirTranslation_data();
    void helperContextsFindTheirTranslation();
    void noVisibleTextIsLeftInEnglish_data();
    void noVisibleTextIsLeftInEnglish();
    void checkoutPageIsSpanish();
    void screenshot();
    void cleanupTestCase();

private:
    QStringList englishLeftIn(QWidget *root) const;

    QTemporaryDir m_settingsDir;
    test::TempStore m_store;
    std::optional<User> m_user;
    ui::SessionInfo m_session {QStringLiteral("/tmp/clinic"), QString(), QStringLiteral("test-device")};
    std::unique_ptr<ui::MainWindow> m_window;
    QHash<QString, QString> m_spanish;
};

void TestSpanishUi::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("MedSpaSyncTest"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_spanishui"));
    QSettings::setDefaultFormat(QSettings::IniFormat);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());

    QVERIFY(app::installLanguage(QStringLiteral("es")));
    // Installed before anything builds its texts, as main() does. The
    // protection line comes from the composition root (app/core).
    m_session.protectionDescription = QCoreApplication::translate("msp::app", "Encrypted · key in the system keychain");
    QCOMPARE(m_session.protectionDescription, QStringLiteral("Cifrado · clave en el llavero del sistema"));

    m_spanish = translatedSources();
    QVERIFY2(m_spanish.size() > 100, "the .ts file was not found or has few translations");

    QVERIFY(m_store.isOpen());
    app::DemoOptions options;
    options.clients = 30;
    options.weeks = 1;
    const auto seeded = app::seedDemoClinic(*m_store.store, options);
    QVERIFY2(seeded.isOk(), qPrintable(seeded.isOk() ? QString() : seeded.error().message));
}

void TestSpanishUi::unknownLanguageIsRefused()
{
    QVERIFY(!app::installLanguage(QStringLiteral("xx")));
    // Refusing one language leaves the installed one in place.
    QCOMPARE(QCoreApplication::translate("msp::ui::MainWindow", "Calendar"), QStringLiteral("Calendario"));
}

void TestSpanishUi::signInSpeaksSpanish()
{
    ui::LoginDialog dialog(m_store.store->users(), m_session.deviceId);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QCOMPARE(dialog.windowTitle(), QStringLiteral("Iniciar sesión — MedSpaSync Pro"));
    auto *username = dialog.findChild<QLineEdit *>(QStringLiteral("username"));
    auto *password = dialog.findChild<QLineEdit *>(QStringLiteral("password"));
    auto *signIn = dialog.findChild<QPushButton *>(QStringLiteral("signIn"));
    auto *error = dialog.findChild<QLabel *>(QStringLiteral("error"));
    QVERIFY(username && password && signIn && error);
    QCOMPARE(signIn->text(), QStringLiteral("Iniciar sesión"));

    QTest::mouseClick(signIn, Qt::LeftButton);
    QVERIFY(error->isVisible());
    QCOMPARE(error->text(), QStringLiteral("Ingrese su nombre de usuario."));

    QTest::keyClicks(username, QStringLiteral("frontdesk"));
    QTest::keyClicks(password, QStringLiteral("demo-frontdesk"));
    QTest::keyClick(password, Qt::Key_Return);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(dialog.user());
    QCOMPARE(dialog.user()->role, Role::FrontDesk);
    m_user = dialog.user();

    m_window = std::make_unique<ui::MainWindow>(*m_store.store, *m_user, m_session);
    m_window->resize(1360, 860);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestSpanishUi::sidebarIsSpanish()
{
    QVERIFY(m_window);
    auto *sidebar = m_window->findChild<QListWidget *>(QStringLiteral("sidebar"));
    QVERIFY(sidebar);
    QStringList entries;
    for (int i = 0; i < sidebar->count(); ++i)
        entries << sidebar->item(i)->text();
    QCOMPARE(entries,
             (QStringList {QStringLiteral("Calendario"), QStringLiteral("Clientes"), QStringLiteral("Cobro"),
                           QStringLiteral("Conciliación"), QStringLiteral("Sincronización"),
                           QStringLiteral("Administración")}));
    for (const char *english : {"Calendar", "Clients", "Checkout", "Reconciliation", "Sync", "Admin"})
        QVERIFY2(!entries.contains(QLatin1StringView(english), Qt::CaseInsensitive), english);
}

void TestSpanishUi::buttonsAndStatusBarAreSpanish()
{
    m_window->showPage(ui::MainWindow::CalendarPageIndex);
    auto *today = m_window->calendarPage()->findChild<QPushButton *>(QStringLiteral("today"));
    QVERIFY(today);
    QCOMPARE(today->text(), QStringLiteral("Hoy"));

    m_window->showPage(ui::MainWindow::ClientsPageIndex);
    auto *newClient = m_window->clientsPage()->findChild<QPushButton *>(QStringLiteral("newClient"));
    QVERIFY(newClient && newClient->isVisible());
    QCOMPARE(newClient->text(), QStringLiteral("Nuevo cliente"));

    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("syncStatus"))->text(),
             QStringLiteral("● Sin conexión — no hay un servidor de sincronización configurado"));
    QCOMPARE(m_window->findChild<QLabel *>(QStringLiteral("protectionStatus"))->text(),
             QStringLiteral("Cifrado · clave en el llavero del sistema"));
    const QString who = m_window->findChild<QLabel *>(QStringLiteral("userStatus"))->text();
    QVERIFY2(who.startsWith(QStringLiteral("Sesión iniciada como ")), qPrintable(who));
    QVERIFY2(who.endsWith(QStringLiteral(" · Recepción")), qPrintable(who));
}

void TestSpanishUi::clientFormValidationIsSpanish()
{
    m_window->showPage(ui::MainWindow::ClientsPageIndex);
    auto *page = m_window->clientsPage();
    QVERIFY(page->model()->rowCount() > 0);
    page->table()->setCurrentIndex(page->model()->index(0, 0));
    auto *form = page->form();
    QVERIFY(!form->isNew());
    auto *save = form->findChild<QPushButton *>(QStringLiteral("save"));
    QVERIFY(save);
    QVERIFY2(save->text().startsWith(QStringLiteral("Guardar")), qPrintable(save->text()));

    auto *email = form->findChild<QLineEdit *>(QStringLiteral("email"));
    QVERIFY(email);
    const QString original = email->text();
    email->selectAll();
    QTest::keyClicks(email, QStringLiteral("not-an-address"));
    QTest::mouseClick(save, Qt::LeftButton);
    auto *error = form->findChild<QLabel *>(QStringLiteral("error_email"));
    QVERIFY(error && error->isVisible());
    QCOMPARE(error->text(),
             QStringLiteral("Un correo electrónico debe tener exactamente una @, por ejemplo nombre@ejemplo.com."));

    // Put the address back, so switching pages later meets no unsaved edit.
    email->setText(original);
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(!error->isVisible());
    QVERIFY(!form->isDirty());
}

void TestSpanishUi::storeErrorIsSpanish()
{
    const Actor actor {m_user->id, m_user->role, m_session.deviceId};
    const auto missing = m_store.store->clients().open(actor, EntityId::generate());
    QVERIFY(!missing.isOk());
    QCOMPARE(missing.error().message,
             QStringLiteral("Este registro de cliente ya no existe. Es posible que se haya combinado con otro "
                            "registro; vuelva a buscar al cliente."));
    QCOMPARE(roleDisplayName(Role::Practitioner), QStringLiteral("Profesional"));
}

void TestSpanishUi::helperContextsFindTheirTranslation_data()
{
    // Helpers translate under a fixed context while lupdate files the text
    // under the C++ scope of the call; the catalogue must still find it.
    QTest::addColumn<QByteArray>("context");
    QTest::addColumn<QByteArray>("source");
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("spanish");
    QTest::newRow("receipt") << QByteArray("msp::ui::Receipt") << QByteArray("Balance due") << -1
                             << QStringLiteral("Saldo pendiente");
    QTest::newRow("scheduling") << QByteArray("msp::scheduling") << QByteArray("Choose a start time.") << -1
                                << QStringLiteral("Seleccione una hora de inicio.");
    QTest::newRow("sync plural one") << QByteArray("msp::sync") << QByteArray("Syncing %n change(s)") << 1
                                     << QStringLiteral("Sincronizando 1 cambio");
    QTest::newRow("sync plural many") << QByteArray("msp::sync") << QByteArray("Syncing %n change(s)") << 3
                                      << QStringLiteral("Sincronizando 3 cambios");
}

void TestSpanishUi::helperContextsFindTheirTranslation()
{
    QFETCH(QByteArray, context);
    QFETCH(QByteArray, source);
    QFETCH(int, n);
    QFETCH(QString, spanish);
    QCOMPARE(QCoreApplication::translate(context.constData(), source.constData(), nullptr, n), spanish);
}

void TestSpanishUi::noVisibleTextIsLeftInEnglish_data()
{
    QTest::addColumn<int>("page");
    QTest::newRow("calendar") << int(ui::MainWindow::CalendarPageIndex);
    QTest::newRow("clients") << int(ui::MainWindow::ClientsPageIndex);
    QTest::newRow("checkout") << int(ui::MainWindow::CheckoutPageIndex);
    QTest::newRow("reconciliation") << int(ui::MainWindow::ReconciliationPageIndex);
    QTest::newRow("sync") << int(ui::MainWindow::SyncPageIndex);
    QTest::newRow("admin") << int(ui::MainWindow::AdminPageIndex);
}

void TestSpanishUi::noVisibleTextIsLeftInEnglish()
{
    QFETCH(int, page);
    m_window->showPage(ui::MainWindow::Page(page));
    QApplication::processEvents();
    const QStringList english = englishLeftIn(m_window.get());
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QStringLiteral("; "))));
}

void TestSpanishUi::checkoutPageIsSpanish()
{
    // The composition root puts the real checkout in place of its placeholder.
    m_window->replacePage(ui::MainWindow::CheckoutPageIndex, new ui::CheckoutPage(*m_store.store, *m_user));
    m_window->showPage(ui::MainWindow::CheckoutPageIndex);
    QApplication::processEvents();
    QStringList buttons;
    for (auto *button : m_window->findChildren<QPushButton *>())
        if (button->isVisible())
            buttons << button->text();
    QVERIFY2(buttons.contains(QStringLiteral("Iniciar cobro")), qPrintable(buttons.join(u'|')));
    const QStringList english = englishLeftIn(m_window.get());
    QVERIFY2(english.isEmpty(), qPrintable(english.join(QStringLiteral("; "))));
}

QStringList TestSpanishUi::englishLeftIn(QWidget *root) const
{
    QStringList english;
    for (const QString &text : visibleTexts(root)) {
        const auto hit = m_spanish.constFind(text);
        if (hit != m_spanish.constEnd())
            english << QStringLiteral("\"%1\" (should be \"%2\")").arg(text, *hit);
    }
    return english;
}

void TestSpanishUi::screenshot()
{
    m_window->showPage(ui::MainWindow::ClientsPageIndex);
    QApplication::processEvents();
    const QPixmap shot = m_window->grab();
    QVERIFY(!shot.isNull());
    QTemporaryDir dir;
    QVERIFY(shot.save(dir.filePath(QStringLiteral("spanish.png")), "PNG"));
    // MSP_UI_SCREENSHOT=/tmp/spanish.png keeps it, and the other pages beside
    // it (spanish-calendar.png ...), for a person to look at.
    const QString keep = qEnvironmentVariable("MSP_UI_SCREENSHOT");
    if (keep.isEmpty())
        return;
    QVERIFY(shot.save(keep, "PNG"));
    const QString stem = keep.chopped(4);
    for (const auto &[page, name] : {std::pair {ui::MainWindow::CalendarPageIndex, "calendar"},
                                     std::pair {ui::MainWindow::CheckoutPageIndex, "checkout"},
                                     std::pair {ui::MainWindow::AdminPageIndex, "admin"}}) {
        m_window->showPage(page);
        QApplication::processEvents();
        QVERIFY(m_window->grab().save(stem + u'-' + QLatin1StringView(name) + u".png", "PNG"));
    }
    ui::LoginDialog login(m_store.store->users(), m_session.deviceId);
    login.show();
    QVERIFY(login.grab().save(stem + QStringLiteral("-login.png"), "PNG"));
}

void TestSpanishUi::cleanupTestCase()
{
    m_window.reset();
}

QTEST_MAIN(TestSpanishUi)
#include "tst_spanishui.moc"
