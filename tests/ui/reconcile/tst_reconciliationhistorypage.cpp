#include "reconcile/decisionlogmodel.h"
#include "reconcile/decisionsdialog.h"
#include "reconcile/importlistmodel.h"
#include "reconcile/importsdialog.h"
#include "reconcile/reconcilebandmodel.h"
#include "reconcile/reconciliationpage.h"
#include "reconcile/thresholdsdialog.h"
#include "reconfixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace msp;
using namespace msp::test;
using namespace msp::reconcilestore;

// What the Reconciliation page reaches beyond the bands: the thresholds
// (managers and administrators change them and the bands follow), the
// Decisions list with undo (from the list or with U on a row), and past
// imports opened to reconcile again.
class TestReconciliationHistoryPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void thresholdsRebandThePage();
    void thresholdsDisabledForOtherRoles();
    void decisionsListedAndUndone();
    void undoFromTheKeyboard();
    void pastImportsOpenedAgain();
};

namespace {
const QString kFixture = QStringLiteral(MEDSPASYNC_TEST_FIXTURES "/reconcile/alle_redemptions.csv");

struct Setup {
    ReconFixture f;
    QList<EntityId> tenders;
    EntityId marchImport;
    QString error;
    Setup()
    {
        if (!f.error.isEmpty()) {
            error = f.error;
            return;
        }
        standardScenario(f);
        auto march = ImportRepository(f.store()).importFile(adminActor(), f.request(fileBytes(kFixture)));
        if (!march) {
            error = march.error().message;
            return;
        }
        marchImport = march->batch.id;
        User u;
        u.id = adminActor().userId;
        u.username = QStringLiteral("maria");
        u.displayName = QStringLiteral("Maria Manager");
        u.role = Role::Admin;
        u.passwordHash = QStringLiteral("$argon2id$test");
        if (auto saved = f.store().users().save(adminActor(), u); !saved)
            error = saved.error().message;
        auto rows = f.store().database().prepare(
            "SELECT t.id FROM tender_line t JOIN invoice i ON i.id = t.invoice_id ORDER BY i.created_at;");
        while (rows && rows->next().valueOr(false))
            tenders.append(rows->id(0));
    }
};

int lineOf(const ReconReport &r, const EntityId &leftId)
{
    for (int i = 0; i < r.lines.size(); ++i)
        for (const int l : r.lines[i].left)
            if (r.left[l].id == leftId)
                return i;
    return -1;
}

void showPage(ui::ReconciliationPage &page)
{
    page.setPeriod(QDate(2026, 3, 1), QDate(2026, 3, 31));
    page.resize(1280, 800);
    page.show();
}

template<typename Dialog>
Dialog *openedDialog(QWidget &page)
{
    Dialog *d = nullptr;
    if (!QTest::qWaitFor([&] { return (d = page.findChild<Dialog *>()) && d->isVisible(); }, 5000))
        return nullptr;
    return d;
}

// MEDSPASYNC_UI_SHOTS=DIR keeps a picture of each screen for a person to look at.
void shot(QWidget *w, const char *name)
{
    if (const QString dir = qEnvironmentVariable("MEDSPASYNC_UI_SHOTS"); !dir.isEmpty())
        w->grab().save(dir + u'/' + QLatin1StringView(name) + QStringLiteral(".png"));
}

QString status(ui::ReconciliationPage &page)
{
    return page.findChild<QLabel *>(QStringLiteral("reconcileStatus"))->text();
}
} // namespace

void TestReconciliationHistoryPage::thresholdsRebandThePage()
{
    Setup s;
    QCOMPARE(s.error, QString());
    // Fiona's reward reported two days late and $2 short: about 0.91, to review.
    QVERIFY(ImportRepository(s.f.store())
                .importFile(adminActor(),
                            s.f.request(s.f.alleCsv(
                                {{QStringLiteral("03/09/2026"), 5, QStringLiteral("$68.00"), QString()}}))));
    ui::ReconciliationPage page(s.f.store(), actorWithRole(Role::Manager));
    showPage(page);
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.report());
    QCOMPARE(page.report()->lines[lineOf(*page.report(), s.tenders[5])].band, Band::Review);
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("thresholdSummary"))->text(),
             QStringLiteral("Matched at 95 % or above · to review from 50 %"));

    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("thresholds")), Qt::LeftButton);
    auto *dialog = openedDialog<ui::ThresholdsDialog>(page);
    QVERIFY(dialog);
    auto *matched = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("matchedThreshold"));
    auto *review = dialog->findChild<QDoubleSpinBox *>(QStringLiteral("reviewThreshold"));
    auto *save = dialog->findChild<QPushButton *>(QStringLiteral("saveThresholds"));
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("thresholdProblem"));
    QCOMPARE(matched->value(), 95.0);
    QCOMPARE(review->value(), 50.0);
    QVERIFY(save->isEnabled());
    // Review at or above matched: refused as it is typed.
    review->setValue(95.0);
    QVERIFY(!save->isEnabled());
    QVERIFY2(problem->text().contains(u"below the match threshold"), qPrintable(problem->text()));
    review->setValue(50.0);
    matched->setValue(30.0);
    QVERIFY(!save->isEnabled());
    QVERIFY2(problem->text().contains(u"from 50 %"), qPrintable(problem->text()));
    // Typed from the keyboard: 90 %.
    matched->setFocus();
    matched->selectAll();
    QTest::keyClicks(matched, QStringLiteral("90"));
    QCOMPARE(matched->value(), 90.0);
    QVERIFY(save->isEnabled());
    QCOMPARE(problem->text(), QString());
    shot(dialog, "reconcile-thresholds");
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!page.findChild<ui::ThresholdsDialog *>() || !page.findChild<ui::ThresholdsDialog *>()->isVisible());

    // Saved, audited, and the page banded again at once.
    auto t = DecisionRepository(s.f.store()).thresholds();
    QVERIFY(t);
    QCOMPARE(t->matched, 0.9);
    QCOMPARE(t->review, 0.5);
    QCOMPARE(rawScalar(s.f.store(), "SELECT count(*) FROM audit_event WHERE action = 'reconcile.thresholds';"), 1);
    QCOMPARE(page.report()->lines[lineOf(*page.report(), s.tenders[5])].band, Band::Matched);
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("thresholdSummary"))->text(),
             QStringLiteral("Matched at 90 % or above · to review from 50 %"));
    QCOMPARE(status(page), QStringLiteral("Thresholds saved; the results were banded again."));
}

void TestReconciliationHistoryPage::thresholdsDisabledForOtherRoles()
{
    ReconFixture f;
    QCOMPARE(f.error, QString());
    for (const Role role : {Role::FrontDesk, Role::Practitioner}) {
        ReconciliationService service(f.store(), actorWithRole(role));
        ui::ThresholdsDialog dialog(service);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        for (const char *name : {"matchedThreshold", "reviewThreshold", "saveThresholds"}) {
            auto *w = dialog.findChild<QWidget *>(QLatin1String(name));
            QVERIFY(w);
            QVERIFY(!w->isEnabled());
            QCOMPARE(w->toolTip(), QStringLiteral("Only managers and administrators can change the thresholds."));
        }
        QVERIFY(!dialog.save());
    }
    QCOMPARE(rawScalar(f.store(), "SELECT count(*) FROM audit_event WHERE action = 'reconcile.thresholds';"), 0);
    ReconciliationService manager(f.store(), actorWithRole(Role::Manager));
    ui::ThresholdsDialog allowed(manager);
    QVERIFY(allowed.findChild<QPushButton *>(QStringLiteral("saveThresholds"))->isEnabled());
    QVERIFY(allowed.findChild<QDoubleSpinBox *>(QStringLiteral("matchedThreshold"))->isEnabled());
}

void TestReconciliationHistoryPage::decisionsListedAndUndone()
{
    Setup s;
    QCOMPARE(s.error, QString());
    ui::ReconciliationPage page(s.f.store(), adminActor());
    showPage(page);
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *bands = page.bandView();
    auto *model = static_cast<ui::ReconcileBandModel *>(bands->model());
    const int first = lineOf(*page.report(), s.tenders[0]);
    bands->setFocus();
    bands->setCurrentIndex(model->indexOfLine(first));
    QTest::keyClick(bands, Qt::Key_A);
    QCOMPARE(page.report()->lines[first].state, LineState::Accepted);

    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("decisions")), Qt::LeftButton);
    auto *dialog = openedDialog<ui::DecisionsDialog>(page);
    QVERIFY(dialog);
    auto *list = dialog->view();
    QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(list->model()->rowCount(), 1);
    const auto cell = [list](int column) { return list->model()->index(0, column).data().toString(); };
    QCOMPARE(cell(ui::DecisionLogModel::WhoColumn), QStringLiteral("Maria Manager"));
    QCOMPARE(cell(ui::DecisionLogModel::DecisionColumn), QStringLiteral("Accepted (Allē)"));
    QVERIFY2(cell(ui::DecisionLogModel::SoldColumn).contains(u"Ana Lopez"), qPrintable(cell(3)));
    QVERIFY2(cell(ui::DecisionLogModel::ReportedColumn).contains(u"ALLE-1001")
                 && cell(ui::DecisionLogModel::ReportedColumn).contains(u"$60.00"),
             qPrintable(cell(4)));
    QVERIFY(!cell(ui::DecisionLogModel::WhenColumn).isEmpty());
    QCOMPARE(cell(ui::DecisionLogModel::StatusColumn), QStringLiteral("In force"));
    auto *undo = dialog->findChild<QPushButton *>(QStringLiteral("undoDecision"));
    QVERIFY(undo->isEnabled());

    // U in the list undoes it; the page runs again with the pair proposed.
    QTest::keyClick(list, Qt::Key_U);
    QVERIFY2(cell(ui::DecisionLogModel::StatusColumn).startsWith(u"Undone by Maria Manager"),
             qPrintable(cell(ui::DecisionLogModel::StatusColumn)));
    QVERIFY(!undo->isEnabled());
    shot(dialog, "reconcile-decisions");
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("decisionMessage"))->text(),
             QStringLiteral("Undone: the match is back in the bands, scored afresh."));
    const ReconReport *report = page.report();
    const int line = lineOf(*report, s.tenders[0]);
    QCOMPARE(report->lines[line].state, LineState::Proposed);
    QCOMPARE(report->lines[line].band, Band::Matched);
    QCOMPARE(rawScalar(s.f.store(), "SELECT count(*) FROM audit_event WHERE action = 'reconcile.undo';"), 1);
    QCOMPARE(rawScalar(s.f.store(), "SELECT count(*) FROM reconcile_decision WHERE undone_by IS NOT NULL;"), 1);
    dialog->close();
    QVERIFY(s.f.store().audit().verifyChain());
}

void TestReconciliationHistoryPage::undoFromTheKeyboard()
{
    Setup s;
    QCOMPARE(s.error, QString());
    ui::ReconciliationPage page(s.f.store(), adminActor());
    showPage(page);
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *bands = page.bandView();
    auto *model = static_cast<ui::ReconcileBandModel *>(bands->model());
    const int first = lineOf(*page.report(), s.tenders[0]);
    const EntityId partner = page.report()->right[page.report()->lines[first].right[0]].id;
    bands->setFocus();
    bands->setCurrentIndex(model->indexOfLine(first));
    // U on a row nobody decided says so and changes nothing.
    QTest::keyClick(bands, Qt::Key_U);
    QCOMPARE(status(page), QStringLiteral("Nothing was decided on this row: A accepts it, R rejects it."));
    QTest::keyClick(bands, Qt::Key_R);
    QCOMPARE(page.report()->lines[first].state, LineState::Rejected);
    // Back on the rejected row: U takes the rejection back.
    bands->setCurrentIndex(model->indexOfLine(first));
    QTest::keyClick(bands, Qt::Key_U);
    QCOMPARE(status(page), QStringLiteral("Undone: the pair may be proposed again."));
    QVERIFY(page.report()->rejected.isEmpty());
    const int again = lineOf(*page.report(), s.tenders[0]);
    QCOMPARE(page.report()->lines[again].state, LineState::Proposed);
    QCOMPARE(page.report()->right[page.report()->lines[again].right[0]].id, partner);
    // The cursor stays in the bands: A accepts the pair proposed again.
    QVERIFY(bands->hasFocus());
    bands->setCurrentIndex(model->indexOfLine(again));
    QTest::keyClick(bands, Qt::Key_A);
    QCOMPARE(page.report()->lines[again].state, LineState::Accepted);
    bands->setCurrentIndex(model->indexOfLine(again));
    QTest::keyClick(bands, Qt::Key_U);
    QCOMPARE(status(page), QStringLiteral("Undone: the match is back in the bands, scored afresh."));
    QCOMPARE(page.report()->lines[lineOf(*page.report(), s.tenders[0])].state, LineState::Proposed);
    QCOMPARE(rawScalar(s.f.store(), "SELECT count(*) FROM audit_event WHERE action = 'reconcile.undo';"), 2);
}

void TestReconciliationHistoryPage::pastImportsOpenedAgain()
{
    Setup s;
    QCOMPARE(s.error, QString());
    // April's file, imported later by the same person.
    ImportRequest april = s.f.request(
        s.f.alleCsv({{QStringLiteral("04/02/2026"), 0, QStringLiteral("$90.00"), QStringLiteral("ALLE-3001")},
                     {QStringLiteral("04/20/2026"), 1, QStringLiteral("$45.00"), QStringLiteral("ALLE-3002")}}));
    april.fileName = QStringLiteral("alle-april.csv");
    QVERIFY(ImportRepository(s.f.store()).importFile(adminActor(), april));
    ui::ReconciliationPage page(s.f.store(), adminActor());
    page.setPeriod(QDate(2026, 1, 1), QDate(2026, 1, 31));
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QCOMPARE(page.report()->right.size(), 0);

    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("pastImports")), Qt::LeftButton);
    auto *dialog = openedDialog<ui::ImportsDialog>(page);
    QVERIFY(dialog);
    auto *list = dialog->view();
    QAbstractItemModelTester tester(list->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(list->model()->rowCount(), 2);
    const auto cell = [list](int row, int column) { return list->model()->index(row, column).data().toString(); };
    // Newest first.
    QCOMPARE(cell(0, ui::ImportListModel::FileColumn), QStringLiteral("alle-april.csv"));
    QCOMPARE(cell(1, ui::ImportListModel::FileColumn), QStringLiteral("alle-march.csv"));
    QCOMPARE(cell(1, ui::ImportListModel::KindColumn), QStringLiteral("Allē redemptions"));
    QCOMPARE(cell(1, ui::ImportListModel::PresetColumn), QStringLiteral("built-in layout"));
    QCOMPARE(cell(1, ui::ImportListModel::WhoColumn), QStringLiteral("Maria Manager"));
    QCOMPARE(cell(1, ui::ImportListModel::AddedColumn), QStringLiteral("6"));
    QCOMPARE(cell(1, ui::ImportListModel::BadRowsColumn), QStringLiteral("1"));
    QCOMPARE(cell(0, ui::ImportListModel::AddedColumn), QStringLiteral("2"));
    QCOMPARE(cell(0, ui::ImportListModel::BadRowsColumn), QStringLiteral("0"));
    QVERIFY(!cell(1, ui::ImportListModel::WhenColumn).isEmpty());
    shot(dialog, "reconcile-imports");

    // Its decisions, from the list.
    list->setCurrentIndex(list->model()->index(1, 0));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importDecisions")), Qt::LeftButton);
    auto *decisions = openedDialog<ui::DecisionsDialog>(page);
    QVERIFY(decisions);
    QCOMPARE(decisions->windowTitle(), QStringLiteral("Decisions on alle-march.csv"));
    QCOMPARE(decisions->view()->model()->rowCount(), 0);
    decisions->close();

    // Enter on March's file: the page reconciles its period again.
    list->setFocus();
    list->setCurrentIndex(list->model()->index(1, 0));
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_VERIFY(!page.findChild<ui::ImportsDialog *>() || !page.findChild<ui::ImportsDialog *>()->isVisible());
    QCOMPARE(page.findChild<QDateEdit *>(QStringLiteral("periodFrom"))->date(), QDate(2026, 3, 2));
    QCOMPARE(page.findChild<QDateEdit *>(QStringLiteral("periodTo"))->date(), QDate(2026, 3, 12));
    QCOMPARE(page.report()->from, QDate(2026, 3, 2));
    QCOMPARE(page.report()->right.size(), 6);
    QVERIFY(page.report()->bandCount(Band::Matched) >= 4);
    QVERIFY2(status(page).startsWith(u"Reconciling alle-march.csv again"), qPrintable(status(page)));
    QVERIFY(page.bandView()->hasFocus());
    shot(&page, "reconcile-page-reopened");
}

QTEST_MAIN(TestReconciliationHistoryPage)
#include "tst_reconciliationhistorypage.moc"
