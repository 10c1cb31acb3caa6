#include "reconcile/candidatedialog.h"
#include "reconcile/importdialog.h"
#include "reconcile/notsubmittedmodel.h"
#include "reconcile/reconcilebandmodel.h"
#include "reconcile/reconciliationpage.h"
#include "reconfixture.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTableView>
#include <QTest>
#include <QTreeView>

using namespace msp;
using namespace msp::test;
using namespace msp::reconcilestore;

// A manager imports March's Allē export through the dialog, sees the three
// bands and the money at risk, accepts and rejects from the keyboard, picks
// another candidate, and accepts the rest of the matched band at once; every
// decision is stored and audited.
class TestReconciliationPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importDecideAndBulkAccept();
    void frontDeskSeesWhy();
};

namespace {
const QString kFixture = QStringLiteral(MEDSPASYNC_TEST_FIXTURES "/reconcile/alle_redemptions.csv");

qint64 decisions(ReconFixture &f, const char *kind)
{
    const QByteArray sql = QByteArray("SELECT count(*) FROM reconcile_decision WHERE decision = '") + kind + "';";
    return rawScalar(f.store(), sql.constData());
}

qint64 audited(ReconFixture &f, const char *action)
{
    const QByteArray sql = QByteArray("SELECT count(*) FROM audit_event WHERE action = '") + action + "';";
    return rawScalar(f.store(), sql.constData());
}
} // namespace

void TestReconciliationPage::importDecideAndBulkAccept()
{
    ReconFixture f;
    QCOMPARE(f.error, QString());
    standardScenario(f); // the sales; the export comes from the fixture file
    ui::ReconciliationPage page(f.store(), adminActor());
    page.setPeriod(QDate(2026, 3, 1), QDate(2026, 3, 31));
    page.resize(1280, 800);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.report());
    QCOMPARE(page.report()->right.size(), 0);
    auto *bands = page.bandView();
    QAbstractItemModelTester bandTester(bands->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto *notSubmitted = page.findChild<QTableView *>(QStringLiteral("notSubmitted"));
    QAbstractItemModelTester notSubmittedTester(notSubmitted->model(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(notSubmitted->model()->rowCount(), 6); // nothing imported yet

    // Import through the dialog's mapping step.
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("importFile")), Qt::LeftButton);
    ui::ImportDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = page.findChild<ui::ImportDialog *>()) && dialog->isVisible());
    QVERIFY(dialog->loadFile(kFixture));
    auto *preview = dialog->findChild<QTableView *>(QStringLiteral("preview"));
    QAbstractItemModelTester previewTester(preview->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(preview->model()->rowCount(), 5);
    QCOMPARE(preview->model()->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Redemption Date"));
    auto *preset = dialog->findChild<QComboBox *>(QStringLiteral("preset"));
    preset->setCurrentIndex(preset->findText(QStringLiteral("Allē for Business redemptions")));
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("source"))->currentText(),
             QStringLiteral("Allē redemptions"));
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("map_date"))->currentText(),
             QStringLiteral("Redemption Date"));
    QCOMPARE(dialog->findChild<QComboBox *>(QStringLiteral("map_reference"))->currentText(),
             QStringLiteral("Authorization Code"));
    const QString detected = dialog->findChild<QLabel *>(QStringLiteral("detected"))->text();
    QVERIFY2(detected.contains(u"comma-separated") && detected.contains(u"month/day/year"), qPrintable(detected));
    auto *issues = dialog->findChild<QListWidget *>(QStringLiteral("issues"));
    QCOMPARE(issues->count(), 1);
    QVERIFY2(issues->item(0)->text().startsWith(u"Line 8:"), qPrintable(issues->item(0)->text()));
    // The mapping saved under a name comes back as a preset.
    dialog->findChild<QLineEdit *>(QStringLiteral("presetName"))->setText(QStringLiteral("Our Allē export"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("savePreset")), Qt::LeftButton);
    QCOMPARE(preset->currentText(), QStringLiteral("Our Allē export"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("importButton")), Qt::LeftButton);
    QTRY_VERIFY(!page.findChild<ui::ImportDialog *>() || !page.findChild<ui::ImportDialog *>()->isVisible());
    QCOMPARE(rawScalar(f.store(), "SELECT count(*) FROM reconcile_row;"), 6);
    QCOMPARE(audited(f, "reconcile.import"), 1);

    // Three bands; the money at risk on top, the unsubmitted reward below.
    const auto *report = page.report();
    QCOMPARE(report->right.size(), 6);
    const int matched = report->bandCount(Band::Matched);
    QVERIFY(matched >= 4);
    QVERIFY(report->bandCount(Band::Review) + matched >= 5);
    QCOMPARE(bands->model()->data(bands->model()->index(0, 0)).toString(), QStringLiteral("Matched (%1)").arg(matched));
    const QString risk = page.findChild<QLabel *>(QStringLiteral("moneyAtRisk"))->text();
    QVERIFY2(risk.contains(u"$60.00") && risk.contains(u"Allē"), qPrintable(risk));
    auto *riskList = page.findChild<QListWidget *>(QStringLiteral("atRiskList"));
    QCOMPARE(riskList->count(), 1);
    QCOMPARE(riskList->item(0)->text(), QStringLiteral("Allē redemption on 12 Mar, $60.00, no tender line"));
    QCOMPARE(notSubmitted->model()->rowCount(), 1);
    if (const QString shots = qEnvironmentVariable("MEDSPASYNC_UI_SHOTS"); !shots.isEmpty())
        page.grab().save(shots + QStringLiteral("/reconciliation.png"));

    // A accepts the first match, R rejects the next; the cursor moves on.
    auto *model = static_cast<ui::ReconcileBandModel *>(bands->model());
    bands->setFocus();
    bands->setCurrentIndex(model->index(0, 0, model->bandIndex(Band::Matched)));
    const int first = model->lineAt(bands->currentIndex());
    QVERIFY(!model->index(first, ui::ReconcileBandModel::WhyColumn, model->bandIndex(Band::Matched))
                 .data()
                 .toString()
                 .isEmpty());
    QTest::keyClick(bands, Qt::Key_A);
    QCOMPARE(report->lines[first].state, LineState::Accepted);
    QCOMPARE(decisions(f, "accept"), 1);
    QCOMPARE(audited(f, "reconcile.accept"), 1);
    const int second = model->lineAt(bands->currentIndex());
    QCOMPARE(second, first + 1);
    QTest::keyClick(bands, Qt::Key_R);
    QCOMPARE(report->lines[second].state, LineState::Rejected);
    QCOMPARE(decisions(f, "reject"), 1);
    QCOMPARE(audited(f, "reconcile.reject"), 1);
    QCOMPARE(model->index(1, ui::ReconcileBandModel::ScoreColumn, model->bandIndex(Band::Matched)).data().toString(),
             QStringLiteral("✗ Rejected"));

    // Accept all in the matched band: the ones still proposed.
    QTest::mouseClick(page.findChild<QPushButton *>(QStringLiteral("acceptAll")), Qt::LeftButton);
    QCOMPARE(decisions(f, "accept"), matched - 1);
    QCOMPARE(audited(f, "reconcile.accept"), matched - 1);
    for (int i = 0; i < matched; ++i)
        QVERIFY(report->lines[i].state != LineState::Proposed);

    // C on the unsubmitted sale: pair it with the $60 redemption of 12 March.
    int unsubmitted = -1;
    for (int i = 0; i < report->lines.size(); ++i)
        if (report->lines[i].band == Band::Unmatched && !report->lines[i].left.isEmpty())
            unsubmitted = i;
    QVERIFY(unsubmitted >= 0);
    bands->setCurrentIndex(model->indexOfLine(unsubmitted));
    QTest::keyClick(bands, Qt::Key_C);
    ui::CandidateDialog *picker = nullptr;
    QTRY_VERIFY((picker = page.findChild<ui::CandidateDialog *>()) && picker->isVisible());
    auto *list = picker->findChild<QListWidget *>(QStringLiteral("candidates"));
    QVERIFY(list->count() > 0);
    for (int i = 0; i < list->count(); ++i)
        if (list->item(i)->text().contains(u"Zed Unknown"))
            list->setCurrentRow(i);
    QVERIFY(list->currentItem()->text().contains(u"Zed Unknown"));
    QTest::keyClick(list, Qt::Key_Return);
    QTRY_COMPARE(page.findChild<QLabel *>(QStringLiteral("reconcileStatus"))->text(),
                 QStringLiteral("Paired and accepted."));
    QCOMPARE(decisions(f, "accept"), matched);
    // What is left at risk is the redemption whose pair was rejected above:
    // rejected pairs are not proposed again.
    QCOMPARE(page.report()->atRiskCount, 1);
    QCOMPARE(riskList->count(), 1);
    QCOMPARE(riskList->item(0)->text(), QStringLiteral("Allē redemption on 3 Mar, $40.00, no tender line"));
    QCOMPARE(notSubmitted->model()->rowCount(), 1);
    QCOMPARE(notSubmitted->model()->index(0, ui::NotSubmittedModel::ClientColumn).data().toString(),
             QStringLiteral("Beth Carter"));
    QVERIFY(f.store().audit().verifyChain());
}

void TestReconciliationPage::frontDeskSeesWhy()
{
    ReconFixture f;
    ui::ReconciliationPage page(f.store(), actorWithRole(Role::FrontDesk));
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.findChild<QLabel *>(QStringLiteral("notAllowed")));
    QVERIFY(!page.bandView());
}

QTEST_MAIN(TestReconciliationPage)
#include "tst_reconciliationpage.moc"
