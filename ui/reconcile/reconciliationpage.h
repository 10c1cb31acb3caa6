#pragma once

#include "domain/entityid.h"
#include "domain/user.h"
#include "reconcilestore/reconreport.h"

#include <QWidget>

#include <memory>
#include <optional>

class QDateEdit;
class QLabel;
class QListWidget;
class QPushButton;
class QTableView;
class QTreeView;

namespace msp::store {
class ClinicStore;
}
namespace msp::reconcilestore {
class ReconciliationService;
}

namespace msp::ui {

class NotSubmittedModel;
class ReconcileBandModel;

// Reconciliation like a good bank-reconciliation screen: what the clinic sold
// against what Stripe and the loyalty portals report, in three bands
// (matched, to review, unmatched), each row with both sides, its score and
// why. Keyboard: A accepts, R rejects, U undoes a decision, C or Enter picks
// another candidate, arrows move. Money at risk (redemptions no tender line
// records) sits at the top and the rewards never submitted below. From here:
// past imports (opened again), the decisions (undone), the thresholds.
// Managers and administrators.
class ReconciliationPage : public QWidget
{
    Q_OBJECT
public:
    ReconciliationPage(store::ClinicStore &store, const Actor &actor, QWidget *parent = nullptr);
    ~ReconciliationPage() override;

    void setPeriod(QDate from, QDate to);
    // Matches the period again (after an import, or on "Run again").
    void runNow();
    void openImportDialog();
    void acceptCurrent();
    void rejectCurrent();
    void pickForCurrent();
    void acceptAllMatched();
    // Undoes the decision on the current line (accepted, or rejected) and runs again.
    void undoCurrent();
    void openThresholdsDialog();
    // Every decision, or those on one import's rows.
    void openDecisionsDialog(const EntityId &importId = {}, const QString &title = {});
    void openPastImports();
    // Reconciles a past import again: its rows' period.
    void openImport(const EntityId &importId, const QString &fileName, QDate from, QDate to);

    const reconcilestore::ReconReport *report() const { return m_report ? &*m_report : nullptr; }
    QTreeView *bandView() const { return m_view; }

protected:
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *buildHeader();
    void showReport();
    void showStatus(const QString &text, bool error = false);
    int currentLine() const;
    void selectLine(int line);
    void selectNextAfter(const QModelIndex &current);
    void showThresholds();

    store::ClinicStore &m_store;
    Actor m_actor;
    std::unique_ptr<reconcilestore::ReconciliationService> m_service;
    std::optional<reconcilestore::ReconReport> m_report;
    bool m_ranOnce = false;

    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QPushButton *m_acceptAll = nullptr;
    QLabel *m_atRisk = nullptr;
    QListWidget *m_atRiskList = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_notes = nullptr;
    QLabel *m_thresholds = nullptr;
    QTreeView *m_view = nullptr;
    QTableView *m_notSubmitted = nullptr;
    ReconcileBandModel *m_model = nullptr;
    NotSubmittedModel *m_notSubmittedModel = nullptr;
};

} // namespace msp::ui
