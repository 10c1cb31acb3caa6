#include "admin/auditlogmodel.h"
#include "clients/clientlistmodel.h"
#include "clients/clientspage.h"
#include "clients/duplicatesdialog.h"
#include "clients/duplicatesmodel.h"
#include "clients/mergedialog.h"
#include "clients/mergehistorymodel.h"
#include "core/language.h"
#include "dedupefixture.h"
#include "store/clientrepository.h"
#include "store/clinicstore.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

using namespace msp;
using namespace msp::test;

// The Clients page's "Find duplicates" screen with real widgets offscreen.
class TestDuplicatesScreen : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // English plurals ("2 appointments") come from the English catalogue.
    void initTestCase() { QVERIFY(app::installLanguage(QStringLiteral("en"))); }
    void init();
    void cleanup();
    void scanShowsGroupsWithScoresAndReasons();
    void mergePickingFieldsThenUndo();
    void refusedMergeIsShownInline();
    void frontDeskHasNoDuplicatesAction();
    void auditViewOfAClientFollowsMerges();

private:
    void click(QWidget *parent, const QString &name);

    std::unique_ptr<DedupeFixture> m_f;
    std::unique_ptr<ui::ClientsPage> m_page;
    Client m_liz;
    Client m_lizDup;
    Actor m_manager = actorWithRole(Role::Manager);
};

void TestDuplicatesScreen::init()
{
    m_f = std::make_unique<DedupeFixture>();
    QVERIFY(m_f->seeded);
    m_f->addClient(QStringLiteral("Olivia"), QStringLiteral("Brown"), QStringLiteral("1961-02-11"),
                   QStringLiteral("555-310-4010"), QStringLiteral("olivia@mail.test"));
    m_f->addClient(QStringLiteral("Noah"), QStringLiteral("Okafor"), QStringLiteral("1972-05-14"),
                   QStringLiteral("555-311-4011"), QStringLiteral("noah@mail.test"));
    m_liz = m_f->addClient(QStringLiteral("Elizabeth"), QStringLiteral("Whitfield"), QStringLiteral("1984-03-12"), {},
                           QStringLiteral("liz@example.com"), QStringLiteral("12 Ocean Drive"));
    m_lizDup = m_f->addClient(QStringLiteral("Liz"), QStringLiteral("Whitfield"), QStringLiteral("1984-03-12"),
                              QStringLiteral("(555) 201-4477"), QStringLiteral("liz@example.com"));
    QVERIFY(!m_liz.id.isNull() && !m_lizDup.id.isNull());
    m_f->book(m_lizDup.id);
    m_f->book(m_lizDup.id);
    m_f->invoice(m_lizDup.id);
    m_page = std::make_unique<ui::ClientsPage>(m_f->store(), m_manager, QTimeZone("America/New_York"));
    m_page->resize(1200, 800);
    m_page->show();
}

void TestDuplicatesScreen::cleanup()
{
    m_page.reset();
    m_f.reset();
}

void TestDuplicatesScreen::click(QWidget *parent, const QString &name)
{
    auto *w = parent->findChild<QAbstractButton *>(name);
    QVERIFY2(w, qPrintable(name));
    QVERIFY2(w->isEnabled(), qPrintable(name));
    QTest::mouseClick(w, Qt::LeftButton, {}, QPoint(4, w->height() / 2));
}

void TestDuplicatesScreen::scanShowsGroupsWithScoresAndReasons()
{
    auto *button = m_page->findChild<QPushButton *>(QStringLiteral("findDuplicates"));
    QVERIFY(button && button->isVisible());
    button->click();
    auto *dialog = m_page->findChild<ui::DuplicatesDialog *>();
    QVERIFY(dialog);
    QTRY_VERIFY(dialog->isVisible());
    QAbstractItemModelTester tester(dialog->candidates(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog->candidates()->rowCount(), 1);
    QCOMPARE(dialog->candidates()->groupCount(), 1);
    const auto cell = [&](int column) { return dialog->candidates()->index(0, column).data().toString(); };
    QCOMPARE(cell(ui::DuplicatesModel::GroupColumn), QStringLiteral("Group 1"));
    QVERIFY(cell(ui::DuplicatesModel::FirstColumn).contains(QStringLiteral("Whitfield")));
    QVERIFY(cell(ui::DuplicatesModel::ScoreColumn).endsWith(QStringLiteral("%")));
    QVERIFY2(cell(ui::DuplicatesModel::ReasonsColumn).contains(QStringLiteral("nickname")),
             qPrintable(cell(ui::DuplicatesModel::ReasonsColumn)));
    QVERIFY(dialog->statusLabel()->text().contains(QStringLiteral("1 group")));
    // Nothing chosen yet: nothing to review or undo.
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("reviewPair"))->isEnabled());
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("undoMerge"))->isEnabled());
}

void TestDuplicatesScreen::mergePickingFieldsThenUndo()
{
    ui::DuplicatesDialog *dialog = m_page->findDuplicates();
    QVERIFY(dialog);
    QAbstractItemModelTester candidates(dialog->candidates(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester history(dialog->history(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const int clientsBefore = m_page->model()->rowCount();
    dialog->candidateTable()->selectRow(0);
    click(dialog, QStringLiteral("reviewPair"));
    ui::MergeDialog *merge = dialog->mergeDialog();
    QVERIFY(merge);
    QTRY_VERIFY(merge->isVisible());

    // The record with the appointments and invoice is offered as the kept one.
    const bool dupIsFirst = dialog->candidates()->pairAt(0).first.id == m_lizDup.id;
    QCOMPARE(merge->keepsFirst(), dupIsFirst);
    auto *moves = merge->findChild<QLabel *>(QStringLiteral("mergeMoves"));
    QVERIFY2(moves->text().contains(QStringLiteral("nothing moved")), qPrintable(moves->text()));
    // Keep Elizabeth's record instead: the two appointments and the invoice move.
    click(merge, dupIsFirst ? QStringLiteral("keepSecond") : QStringLiteral("keepFirst"));
    QVERIFY2(moves->text().contains(QStringLiteral("2 appointments, 1 invoice")), qPrintable(moves->text()));
    const QString lizSide = dupIsFirst ? QStringLiteral("second") : QStringLiteral("first");
    const QString dupSide = dupIsFirst ? QStringLiteral("first") : QStringLiteral("second");
    // The empty phone defaults to the duplicate's; take the duplicate's given name too.
    QVERIFY(merge->findChild<QRadioButton *>(QStringLiteral("pick_phone_") + dupSide)->isChecked());
    click(merge, QStringLiteral("pick_givenName_") + dupSide);
    // Same e-mail on both: nothing to choose.
    QVERIFY(!merge->findChild<QRadioButton *>(QStringLiteral("pick_email_") + lizSide)->isEnabled());
    if (!qEnvironmentVariableIsEmpty("MEDSPASYNC_UI_SHOTS")) {
        dialog->grab().save(qEnvironmentVariable("MEDSPASYNC_UI_SHOTS") + QStringLiteral("/duplicates.png"));
        merge->grab().save(qEnvironmentVariable("MEDSPASYNC_UI_SHOTS") + QStringLiteral("/merge.png"));
    }
    QSignalSpy changed(dialog, &ui::DuplicatesDialog::clientsChanged);
    click(merge, QStringLiteral("mergeButton"));
    QTRY_COMPARE(changed.count(), 1);
    QTRY_VERIFY(!dialog->mergeDialog());

    const Client kept = m_f->reload(m_liz.id);
    QCOMPARE(kept.name.given(), QStringLiteral("Liz"));
    QCOMPARE(kept.phone.e164(), m_lizDup.phone.e164());
    QCOMPARE(kept.address, QStringLiteral("12 Ocean Drive"));
    QCOMPARE(m_f->mergedInto(m_lizDup.id), m_liz.id);
    QCOMPARE(m_f->merger().references(m_liz.id)->total(), 3);
    QCOMPARE(dialog->candidates()->rowCount(), 0);
    QCOMPARE(dialog->history()->rowCount(), 1);
    QCOMPARE(dialog->history()->index(0, ui::MergeHistoryModel::StateColumn).data().toString(),
             QStringLiteral("Merged"));
    QVERIFY(dialog->statusLabel()->text().startsWith(QStringLiteral("Merged.")));
    QCOMPARE(m_page->model()->rowCount(), clientsBefore - 1);

    // Undo from the history.
    dialog->historyTable()->selectRow(0);
    click(dialog, QStringLiteral("undoMerge"));
    QCOMPARE(changed.count(), 2);
    QCOMPARE(dialog->statusLabel()->text(),
             QStringLiteral("Merge undone: Elizabeth Whitfield and Liz Whitfield are separate records again."));
    if (!qEnvironmentVariableIsEmpty("MEDSPASYNC_UI_SHOTS"))
        dialog->grab().save(qEnvironmentVariable("MEDSPASYNC_UI_SHOTS") + QStringLiteral("/duplicates-undone.png"));
    QCOMPARE(dialog->history()->index(0, ui::MergeHistoryModel::StateColumn).data().toString(),
             QStringLiteral("Undone"));
    QVERIFY(!dialog->findChild<QPushButton *>(QStringLiteral("undoMerge"))->isEnabled());
    QCOMPARE(m_f->reload(m_liz.id).name.given(), QStringLiteral("Elizabeth"));
    QVERIFY(m_f->mergedInto(m_lizDup.id).isNull());
    QCOMPARE(m_f->merger().references(m_lizDup.id)->total(), 3);
    QCOMPARE(m_page->model()->rowCount(), clientsBefore);
}

void TestDuplicatesScreen::refusedMergeIsShownInline()
{
    ui::DuplicatesDialog *dialog = m_page->findDuplicates();
    QVERIFY(dialog);
    ui::MergeDialog *merge = dialog->reviewPair(0);
    QVERIFY(merge);
    // Someone changes one record while the merge screen is open.
    Client changed = m_f->reload(m_liz.id);
    changed.alerts = QStringLiteral("Prefers a chaperone");
    QVERIFY(m_f->store().clients().update(m_manager, changed).isOk());
    click(merge, QStringLiteral("mergeButton"));
    auto *error = merge->findChild<QLabel *>(QStringLiteral("mergeError"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("scan")), qPrintable(error->text()));
    QVERIFY(merge->isVisible());
    QVERIFY(m_f->mergedInto(m_lizDup.id).isNull());
    QCOMPARE(dialog->history()->rowCount(), 0);
}

void TestDuplicatesScreen::frontDeskHasNoDuplicatesAction()
{
    ui::ClientsPage page(m_f->store(), actorWithRole(Role::FrontDesk), QTimeZone("America/New_York"));
    page.show();
    auto *button = page.findChild<QPushButton *>(QStringLiteral("findDuplicates"));
    QVERIFY(button);
    QVERIFY(!button->isVisible());
    QVERIFY(!page.findDuplicates());
}

void TestDuplicatesScreen::auditViewOfAClientFollowsMerges()
{
    auto entry = m_f->merger().merge(m_manager, {m_liz, m_lizDup, {}});
    QVERIFY(entry.isOk());
    ui::AuditLogModel model(m_f->store(), QTimeZone("America/New_York"));
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    model.setClientFilter(m_liz.id);
    QVERIFY(model.reload().isOk());
    QStringList actions;
    for (int row = 0; row < model.rowCount(); ++row)
        actions << model.index(row, ui::AuditLogModel::ActionColumn).data().toString();
    QCOMPARE(actions.first(), QStringLiteral("Merged this record into another client"));
    QVERIFY(actions.contains(QStringLiteral("Merged another record into this client")));
    QCOMPARE(actions.count(QStringLiteral("Created a client")), 2); // both records' creation
}

QTEST_MAIN(TestDuplicatesScreen)
#include "tst_duplicatesscreen.moc"
